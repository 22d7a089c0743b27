import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, DocumentMeta, Heading, Passage } from '../../utils/corpus-types';
import { passageId } from './passage-id';

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

/** Placeholder segmentation: one passage per blank-line-separated block. */
export function buildCorpus(seedsDir: string): Omit<Corpus, 'occurrences'> {
  const seeds = readSeedDocuments(seedsDir);
  const documents: DocumentMeta[] = [];
  const passages: Passage[] = [];
  const headings: Heading[] = [];
  for (const seed of seeds) {
    const { file: _file, notes: _notes, ...meta } = seed;
    documents.push(meta);
    const text = readFileSync(join(seedsDir, seed.file), 'utf8');
    let order = 0;
    for (const block of text.split(/\n\s*\n/)) {
      const original = block.replace(/\s+/g, ' ').trim();
      if (original.length < 3) continue;
      passages.push({
        id: passageId(original),
        doc: seed.id,
        order: order++,
        kind: 'paragraph',
        section: [],
        text: original,
        original,
      });
    }
  }
  return { documents, passages, headings };
}
