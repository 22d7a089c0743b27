import { describe, expect, it } from 'vitest';
import { PartsText } from '../../../utils/parts-text';
import { planChunks } from '../../../utils/scan-rules';

/** Node texts of uneven lengths (one empty), and their PartsText. */
function sample(): { joined: string; text: PartsText } {
  const parts = ['Le mandat ', "d'arrêt", '', ' européen et la CCPD. ', 'x'.repeat(40), ' fin'];
  const starts: number[] = [];
  let at = 0;
  for (const p of parts) {
    starts.push(at);
    at += p.length;
  }
  return { joined: parts.join(''), text: new PartsText(parts, starts, at) };
}

describe('PartsText (a long segment read without joining its nodes)', () => {
  it('slices as the joined string does, across any parts', () => {
    const { joined, text } = sample();
    expect(text.length).toBe(joined.length);
    for (let from = 0; from <= joined.length; from++)
      for (let to = from; to <= joined.length; to++)
        expect(text.slice(from, to)).toBe(joined.slice(from, to));
  });

  it('reads characters as the joined string does, and nothing outside it', () => {
    const { joined, text } = sample();
    for (let i = -1; i <= joined.length; i++) expect(text.charAt(i)).toBe(joined.charAt(i));
    expect(String(text)).toBe(joined);
  });

  it('is cut into the same windows as the joined string', () => {
    const parts = Array.from({ length: 12 }, (_, i) => `mot${i} `.repeat(700));
    const starts: number[] = [];
    let at = 0;
    for (const p of parts) {
      starts.push(at);
      at += p.length;
    }
    const joined = parts.join('');
    const text = new PartsText(parts, starts, at);
    const windows = planChunks(text, 8192, 256);
    expect(windows.length).toBeGreaterThan(4);
    expect(windows).toEqual(planChunks(joined, 8192, 256));
    for (const w of windows) expect(text.slice(w.from, w.to)).toBe(joined.slice(w.from, w.to));
  });
});
