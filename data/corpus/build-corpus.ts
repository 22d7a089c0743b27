import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockKind, Corpus, DocumentMeta, Heading, Passage } from '../../utils/corpus-types';
import { unifyApostrophes } from './apostrophes';
import { createRepairer, type RepairStats } from './ocr/repair';
import { OCR_RULES, type OcrRule } from './ocr/rules';
import { passageId } from './passage-id';
import { segmentDocument } from './segment';

interface SeedDocument extends DocumentMeta {
  file: string;
  notes?: string;
}

export function readSeedDocuments(seedsDir: string): SeedDocument[] {
  const raw = JSON.parse(readFileSync(join(seedsDir, 'documents.json'), 'utf8')) as {
    documents: SeedDocument[];
  };
  return raw.documents;
}

export interface BuildCorpusOptions {
  /** OCR rules to apply, in order (default: all of them). */
  rules?: readonly OcrRule[];
}

export interface CorpusReport {
  corpus: Omit<Corpus, 'occurrences'>;
  /** Number of repairs each OCR rule made over the whole corpus. */
  repairs: RepairStats;
}

/** Builds the corpus and reports the number of OCR repairs each rule made. */
export function buildCorpusWithReport(
  seedsDir: string,
  options: BuildCorpusOptions = {},
): CorpusReport {
  const repairer = createRepairer(options.rules ?? OCR_RULES);
  repairer.count('bullet-letter', 0);
  repairer.count('restored-section-number', 0);
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const headings: Heading[] = [];
  const seen = new Set<string>();

  for (const seed of readSeedDocuments(seedsDir)) {
    const { file, notes: _notes, ...meta } = seed;
    documents.push(meta);
    const blocks = segmentDocument(readFileSync(join(seedsDir, file), 'utf8'));
    let order = 0;
    let top: string | undefined;
    let sub: string | undefined;
    let topLevel = 2;
    const hasRoman = blocks.some((b) => b.type === 'heading' && /^[IVXl]+\.\s/.test(b.original));

    for (const block of blocks) {
      for (const [rule, n] of Object.entries(block.layoutRepairs ?? {})) repairer.count(rule, n);
      if (block.type === 'title' || block.type === 'heading' || block.type === 'subheading') {
        const text = (block.restoredPrefix ?? '') + repairer.repair(block.original, 'heading');
        let level: number;
        if (block.type === 'title') {
          level = 1;
          top = undefined;
          sub = undefined;
        } else if (block.type === 'heading') {
          const numbered = /^\d/.test(text);
          level = hasRoman && numbered ? 3 : 2;
          topLevel = level;
          top = text;
          sub = undefined;
        } else {
          level = topLevel + 1;
          sub = text;
        }
        headings.push({ doc: seed.id, before: order, level, text, original: block.original });
        continue;
      }
      const text = repairer.repair(block.original);
      if (text === '') continue;
      if (/^\(Source\b/.test(block.original)) {
        top = undefined;
        sub = undefined;
      }
      const original = block.original;
      let id = passageId(original);
      // The same text in two documents ("(Source : site Internet du Premier ministre)"): the later
      // one is salted with its document id (then with a counter), which is just as stable.
      if (seen.has(id)) id = passageId(`${seed.id} ${original}`);
      for (let n = 2; seen.has(id); n++) id = passageId(`${seed.id} ${original} ${n}`);
      seen.add(id);
      let kind: BlockKind = block.type === 'quote' ? 'quote' : block.type;
      if (kind === 'paragraph' && sub && /^Prochaines étapes$/.test(sub)) kind = 'list-item';
      passages.push({
        id,
        doc: seed.id,
        order: order++,
        kind,
        section: [top, sub].filter((s): s is string => s !== undefined),
        text,
        original,
      });
    }
  }
  // One apostrophe style per text, in the repaired text only (ids hash the original); part of
  // the repair, so a build without OCR rules keeps the texts exactly as received.
  if ((options.rules ?? OCR_RULES).length) unifyApostrophes([...passages, ...headings]);
  return { corpus: { documents, passages, headings }, repairs: repairer.stats };
}

/** Seeds → documents, passages (stable ids, original and repaired text) and headings. */
export function buildCorpus(
  seedsDir: string,
  options?: BuildCorpusOptions,
): Omit<Corpus, 'occurrences'> {
  return buildCorpusWithReport(seedsDir, options).corpus;
}
