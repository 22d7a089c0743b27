import { describe, expect, it } from 'vitest';
import { buildSnippet, mergeMarks, snippetParts } from '../../utils/snippet';

const marked = (s: { text: string; marks: [number, number][] }) =>
  s.marks.map(([a, b]) => s.text.slice(a, b));

describe('buildSnippet', () => {
  it('keeps a short passage whole, with its marks', () => {
    const text = 'La France et la Belgique créent une ECE.';
    const s = buildSnippet(text, [[36, 39]]);
    expect(s).toEqual({ text, marks: [[36, 39]], cutStart: false, cutEnd: false });
  });

  it('cuts a long passage around the first mark, on word boundaries', () => {
    const before = 'mot '.repeat(100);
    const after = ' suite'.repeat(100);
    const text = `${before}ECE${after}`;
    const s = buildSnippet(text, [[before.length, before.length + 3]], { maxLength: 120 });
    expect(s.text.length).toBeLessThanOrEqual(120);
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    expect(marked(s)).toEqual(['ECE']);
    // No half words at either end.
    expect(s.text).toMatch(/^(mot|ECE)\b/);
    expect(s.text).toMatch(/\b(suite|ECE)$/);
    // Some context before the term.
    expect(s.text.indexOf('ECE')).toBeGreaterThan(10);
  });

  it('starts at a sentence start before the term when there is one', () => {
    const text =
      'Premier point sans rapport avec la suite du texte, assez long pour être coupé. ' +
      'Les ministres ont décidé de créer une ECE commune. ' +
      'Ensuite '.repeat(30);
    const at = text.indexOf('ECE');
    const s = buildSnippet(text, [[at, at + 3]], { maxLength: 100 });
    expect(s.text.startsWith('Les ministres')).toBe(true);
    expect(s.cutStart).toBe(true);
  });

  it('marks every occurrence inside the window, relative to the snippet', () => {
    const text = 'x '.repeat(200) + 'ECE et ECE puis ECE' + ' y'.repeat(200);
    const first = text.indexOf('ECE');
    const marks: [number, number][] = [0, 7, 16].map((d) => [first + d, first + d + 3]);
    const s = buildSnippet(text, marks, { maxLength: 80 });
    expect(marked(s)).toEqual(['ECE', 'ECE', 'ECE']);
  });

  it('never cuts inside a mark', () => {
    const text = 'a '.repeat(50) + "équipe commune d'enquête" + ' b'.repeat(50);
    const at = text.indexOf('équipe');
    const s = buildSnippet(text, [[at, at + 24]], { maxLength: 30, lead: 0 });
    expect(marked(s)).toEqual(["équipe commune d'enquête"]);
  });

  it('uses the tail room for more context before a term near the end', () => {
    const text = 'début '.repeat(60) + 'la fin avec ECE.';
    const at = text.indexOf('ECE');
    const s = buildSnippet(text, [[at, at + 3]], { maxLength: 100 });
    expect(s.cutEnd).toBe(false);
    expect(s.text.length).toBeGreaterThan(80);
    expect(s.text.endsWith('ECE.')).toBe(true);
  });

  it('tolerates out-of-range, empty and overlapping marks', () => {
    expect(
      mergeMarks(
        [
          [5, 3],
          [-2, 2],
          [1, 4],
          [8, 99],
        ],
        10,
      ),
    ).toEqual([
      [0, 4],
      [8, 10],
    ]);
    const s = buildSnippet('abcdefghij', [
      [5, 3],
      [-2, 2],
      [8, 99],
    ]);
    expect(s.marks).toEqual([
      [0, 2],
      [8, 10],
    ]);
  });

  it('returns the start of the text when there is no mark', () => {
    const s = buildSnippet('word '.repeat(100), [], { maxLength: 50 });
    expect(s.cutStart).toBe(false);
    expect(s.cutEnd).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(50);
  });
});

describe('snippetParts', () => {
  it('splits text into plain and marked parts that add up to the text', () => {
    const parts = snippetParts({
      text: 'une ECE et une ECE',
      marks: [
        [4, 7],
        [15, 18],
      ],
      cutStart: false,
      cutEnd: false,
    });
    expect(parts).toEqual([
      { text: 'une ', mark: false },
      { text: 'ECE', mark: true },
      { text: ' et une ', mark: false },
      { text: 'ECE', mark: true },
    ]);
  });
});

describe('buildSnippet with query parts', () => {
  it('centres a long passage on the window with the most different matched parts', () => {
    const filler = 'mot '.repeat(100);
    const text = `${filler}Europol seul ${filler}Eurojust et Europol ensemble ${filler}`;
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const second = at('Europol', at('Eurojust'));
    const s = buildSnippet(
      text,
      [
        [at('Europol'), at('Europol') + 7, 0],
        [at('Eurojust'), at('Eurojust') + 8, 1],
        [second, second + 7, 0],
      ],
      { maxLength: 120 },
    );
    expect(s.text).toContain('Eurojust et Europol');
    expect(s.cutStart && s.cutEnd).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(120);
    expect(marked(s)).toEqual(['Eurojust', 'Europol']);
  });

  it('uses the same merger as the reader: touching and overlapping marks become one', () => {
    expect(
      mergeMarks(
        [
          [0, 3, 0],
          [3, 5, 1],
          [4, 6, 2],
        ],
        10,
      ),
    ).toEqual([[0, 6]]);
  });
});
