import { describe, expect, it } from 'vitest';
import { citationText, formatDate, sectionLabel } from '../../../../utils/reader/citation';
import {
  buildBlocks,
  headingsFromSections,
  tableOfContents,
} from '../../../../utils/reader/outline';
import { shortcutFor } from '../../../../utils/reader/shortcuts';
import { snippetAround } from '../../../../utils/reader/snippet';
import { corpus } from './fixtures';

const doc2023 = corpus.passages.filter((p) => p.doc === 'declaration-2023-05-05');

describe('outline', () => {
  it('derives headings from section paths when the build gives none', () => {
    const hs = headingsFromSections('declaration-2023-05-05', doc2023);
    expect(hs.map((h) => [h.before, h.level, h.text])).toEqual([
      [0, 1, '1. Contexte'],
      [1, 1, '2. Suivi'],
      [1, 2, 'Prochaines étapes'],
    ]);
  });

  it('groups list items into one list, headings before their passages', () => {
    const blocks = buildBlocks(doc2023, headingsFromSections('d', doc2023));
    expect(blocks.map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'heading',
      'list',
    ]);
    const list = blocks[4];
    expect(list?.type === 'list' && list.items.map((i) => i.domId)).toEqual(['p-b2', 'p-b3']);
    expect(tableOfContents(blocks, { maxRank: 1 }).map((t) => t.text)).toEqual([
      '1. Contexte',
      '2. Suivi',
    ]);
    expect(tableOfContents(blocks).map((t) => t.level)).toEqual([1, 1, 2]);
    expect(tableOfContents(blocks, { skipTitleLike: true }).map((t) => t.text)).toEqual([
      'Prochaines étapes',
    ]);
  });

  it('gives repeated passage ids unique DOM ids', () => {
    const a = corpus.passages[0]!;
    const blocks = buildBlocks([a, { ...a, order: 1 }], []);
    expect(blocks.map((b) => b.type === 'paragraph' && b.item.domId)).toEqual(['p-a1', 'p-a1-2']);
  });

  it('renders quotes as one quote box', () => {
    const a = corpus.passages[0]!;
    const q = buildBlocks(
      [
        { ...a, kind: 'quote' },
        { ...a, id: 'p-q2', order: 1, kind: 'quote' },
      ],
      [],
    );
    expect(q.length).toBe(1);
    expect(q[0]?.type).toBe('quote');
  });
});

describe('citation', () => {
  const doc = corpus.documents[1]!;
  const p2 = corpus.passages[1]!;

  it('formats dates in French by default', () => {
    expect(formatDate('2018-06-11')).toBe('11 juin 2018');
    expect(formatDate('2023-05-01')).toBe('1er mai 2023');
    expect(formatDate('2021-11-22', 'en-GB')).toBe('22 November 2021');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('cites quote, title, kind, place, date and section, then the labelled link', () => {
    const lines = citationText(doc, p2, 2, {
      link: 'chrome-extension://x/reader.html?doc=d',
    }).split('\n');
    expect(lines[0]).toBe(`« ${p2.text.replace(/\s+/g, ' ').trim()} »`);
    expect(lines[1]).toBe(
      'Déclaration conjointe des Premiers ministres français et belge, déclaration conjointe, ' +
        'Paris, 11 juin 2018. Section\u00a0: En matière de lutte contre le terrorisme.',
    );
    expect(lines[lines.length - 1]).toMatch(/extension requise\)\u00a0: chrome-extension:\/\/x\//);
  });

  it('uses the reader language for the date and falls back to the paragraph number', () => {
    expect(sectionLabel(corpus.passages[0]!, 1)).toBe('§ 1');
    const en = citationText({ ...doc, place: null }, corpus.passages[0]!, 1, { locale: 'en-US' });
    expect(en.split('\n')[1]).toBe(
      'Déclaration conjointe des Premiers ministres français et belge, joint declaration, ' +
        '11 June 2018. Section: § 1.',
    );
  });
});

describe('shortcuts and snippets', () => {
  it('maps keys, ignoring typing and modifiers', () => {
    expect(shortcutFor({ key: 'n' })).toBe('next');
    expect(shortcutFor({ key: 'K' })).toBe('prev');
    expect(shortcutFor({ key: 'n', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'n', targetTag: 'input' })).toBeNull();
    expect(shortcutFor({ key: 'x' })).toBeNull();
  });

  it('cuts a snippet around the first mark on word boundaries', () => {
    const text = 'mot '.repeat(60) + 'PNR' + ' fin'.repeat(60);
    const start = text.indexOf('PNR');
    const s = snippetAround(text, [{ start, end: start + 3 }], 20);
    expect(s.cutStart && s.cutEnd).toBe(true);
    expect(s.text.slice(...s.marks[0]!)).toBe('PNR');
    expect(s.text.startsWith('mot')).toBe(true);
  });
});
