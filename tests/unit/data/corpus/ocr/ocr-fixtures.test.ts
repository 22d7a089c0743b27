import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCorpus, root } from '../corpus-fixture';

/** Same normalisation as the contract check: NFC, ’ → ', whitespace folded. */
const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

function readTsv(name: string): string[][] {
  return readFileSync(join(root, 'tests/fixtures', name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const { corpus } = builtCorpus();

/** The document as the reader shows it: headings and repaired passages, in order. */
function docText(doc: string): string {
  const parts: string[] = [];
  const hs = corpus.headings.filter((h) => h.doc === doc);
  for (const p of corpus.passages.filter((x) => x.doc === doc)) {
    for (const h of hs.filter((x) => x.before === p.order)) parts.push(h.text);
    parts.push(p.text);
  }
  return norm(parts.join('\n'));
}

const texts = new Map(corpus.documents.map((d) => [d.id, docText(d.id)]));
const defects = readTsv('ocr-defects.tsv');
const keeps = readTsv('ocr-keep.tsv');

describe('OCR defects and keep lists (tests/fixtures/ocr-*.tsv)', () => {
  it('are big enough', () => {
    expect(defects.length).toBeGreaterThanOrEqual(60);
    expect(keeps.length).toBeGreaterThanOrEqual(30);
  });

  it.each(defects)('%s: %j → %j', (doc, wrong, right = '') => {
    const text = texts.get(doc);
    expect(text, doc).toBeDefined();
    expect(text).not.toContain(norm(wrong!));
    if (right) expect(right.split('|').some((r) => text!.includes(norm(r)))).toBe(true);
  });

  it.each(keeps)('%s keeps %j', (doc, correct) => {
    const text = texts.get(doc)!;
    expect(correct!.split('|').some((r) => text.includes(norm(r)))).toBe(true);
  });
});
