import { describe, expect, it } from 'vitest';
import {
  isLineBreak,
  joinPageText,
  matchSpans,
  needsSpace,
  type PdfTextItem,
} from '../../../utils/pdf/page-text';

/** Items of a line: consecutive strings laid left to right at baseline y, 10pt, 5pt per char. */
function line(y: number, ...strs: string[]): PdfTextItem[] {
  let x = 50;
  return strs.map((str, i) => {
    const it = { str, x, y, width: str.length * 5, height: 10, hasEOL: i === strs.length - 1 };
    x += it.width;
    return it;
  });
}

describe('joinPageText', () => {
  it('joins the items of a line and separates lines with a line break', () => {
    const p = joinPageText([...line(700, 'Le mandat ', 'd’arrêt'), ...line(686, 'européen est')]);
    expect(p.text).toBe('Le mandat d’arrêt\neuropéen est');
  });

  it('drops a line-end hyphen before a lowercase letter (hyphenated word)', () => {
    expect(joinPageText([...line(700, 'de terro-'), ...line(686, 'risme et')]).text).toBe(
      'de terrorisme et',
    );
    // Soft hyphen and U+2010 too, trailing spaces after the hyphen ignored.
    expect(joinPageText([...line(700, 'radicali\u00ad '), ...line(686, 'sation')]).text).toBe(
      'radicalisation',
    );
    expect(joinPageText([...line(700, 'euro\u2010'), ...line(686, ' péen')]).text).toBe('européen');
  });

  it('keeps the hyphen of a compound before a capital, a digit, or when no letter precedes it', () => {
    expect(joinPageText([...line(700, 'franco-'), ...line(686, 'Belge')]).text).toBe(
      'franco-\nBelge',
    );
    expect(joinPageText([...line(700, 'SIS-'), ...line(686, '123')]).text).toBe('SIS-\n123');
    expect(joinPageText([...line(700, 'le 12 -'), ...line(686, 'avril')]).text).toBe(
      'le 12 -\navril',
    );
  });

  it('adds a space between items of a line only when they are apart and have none', () => {
    const a: PdfTextItem = { str: 'accord', x: 50, y: 700, width: 30, height: 10, hasEOL: false };
    const gap: PdfTextItem = { str: 'de', x: 85, y: 700, width: 10, height: 10, hasEOL: false };
    const glued: PdfTextItem = { str: 'de', x: 80.5, y: 700, width: 10, height: 10, hasEOL: false };
    expect(needsSpace(a, gap)).toBe(true);
    expect(needsSpace(a, glued)).toBe(false);
    expect(needsSpace({ ...a, str: 'accord ' }, gap)).toBe(false);
    expect(joinPageText([a, gap]).text).toBe('accord de');
    // A word drawn in two runs (kerning, a font change) stays one word: nothing inside words.
    expect(
      joinPageText([
        { ...a, str: 'UN', width: 10 },
        { ...glued, str: 'ECE', x: 60 },
      ]).text,
    ).toBe('UNECE');
  });

  it('sees a new line from the baseline or a return to the left, and from empty end-of-line items', () => {
    const a: PdfTextItem = { str: 'fin', x: 300, y: 700, width: 15, height: 10, hasEOL: false };
    expect(isLineBreak(a, { ...a, x: 320, y: 699 })).toBe(false);
    expect(isLineBreak(a, { ...a, y: 686 })).toBe(true);
    expect(isLineBreak(a, { ...a, x: 50 })).toBe(true);
    const eol: PdfTextItem = { str: '', x: 0, y: 0, width: 0, height: 0, hasEOL: true };
    expect(joinPageText([{ ...a }, eol, { ...a, x: 320 }]).text).toBe('fin\nfin');
  });

  it('maps every character back to its item and offset, separators to −1', () => {
    const p = joinPageText([...line(700, 'terro-'), ...line(686, 'risme')]);
    expect(p.text).toBe('terrorisme');
    expect([...p.item]).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect([...p.offset]).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
    const q = joinPageText([...line(700, 'a'), ...line(686, 'b')]);
    expect([...q.item]).toEqual([0, -1, 1]);
  });
});

describe('matchSpans', () => {
  it('gives one stretch from the first to the last letter, across lines', () => {
    const p = joinPageText([...line(700, 'de terro-'), ...line(686, 'risme et')]);
    const start = p.text.indexOf('terrorisme');
    expect(matchSpans(p, start, start + 10)).toEqual([
      { startItem: 0, startOffset: 3, endItem: 1, endOffset: 5 },
    ]);
  });

  it('skips added separators at the ends and is empty for separators only', () => {
    const p = joinPageText([...line(700, 'accord de'), ...line(686, 'Tournai II')]);
    expect(p.text).toBe('accord de\nTournai II');
    expect(matchSpans(p, 0, p.text.length)).toEqual([
      { startItem: 0, startOffset: 0, endItem: 1, endOffset: 10 },
    ]);
    expect(matchSpans(p, 9, 10)).toEqual([]);
  });

  it('splits when the text goes back to an earlier item', () => {
    const p = {
      text: 'abcd',
      item: Int32Array.from([1, 1, 0, 0]),
      offset: Int32Array.from([0, 1, 0, 1]),
    };
    expect(matchSpans(p, 0, 4)).toEqual([
      { startItem: 1, startOffset: 0, endItem: 1, endOffset: 2 },
      { startItem: 0, startOffset: 0, endItem: 0, endOffset: 2 },
    ]);
  });
});
