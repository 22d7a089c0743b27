import { describe, expect, it } from 'vitest';
import { makeSnippet, snippetPieces } from '../../../utils/search/snippet';

describe('snippets', () => {
  it('keeps short passages whole', () => {
    const s = makeSnippet('La coopération policière.', [{ start: 3, end: 14, group: 0 }]);
    expect(s.text).toBe('La coopération policière.');
    expect(s.cutStart || s.cutEnd).toBe(false);
    expect(snippetPieces(s)).toEqual([
      { text: 'La ', mark: false },
      { text: 'coopération', mark: true },
      { text: ' policière.', mark: false },
    ]);
  });

  it('centres a long passage on the window with the most different matches', () => {
    const filler = 'mot '.repeat(100);
    const text = `${filler}Europol seul ${filler}Eurojust et Europol ensemble ${filler}`;
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const marks = [
      { start: at('Europol'), end: at('Europol') + 7, group: 0 },
      { start: at('Eurojust'), end: at('Eurojust') + 8, group: 1 },
      { start: at('Europol', at('Eurojust')), end: at('Europol', at('Eurojust')) + 7, group: 0 },
    ];
    const s = makeSnippet(text, marks, 120);
    expect(s.text).toContain('Eurojust et Europol');
    expect(s.cutStart && s.cutEnd).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(120);
    for (const [a, b] of s.marks) expect(['Eurojust', 'Europol']).toContain(s.text.slice(a, b));
  });
});
