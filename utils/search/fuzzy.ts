/** Bounded edit distance for typo tolerance on single words. */

const MAX = 64;
let rowA = new Int32Array(MAX + 1);
let rowB = new Int32Array(MAX + 1);
let rowC = new Int32Array(MAX + 1);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap adjacent letters) between
 * a and b, or max + 1 as soon as it is certain to exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (lb > MAX || la > MAX) return max + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const sw = prev2[j - 2]! + 1;
        if (sw < v) v = sw;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) {
      [rowA, rowB, rowC] = [prev2, prev, cur];
      return max + 1;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[lb]!;
  [rowA, rowB, rowC] = [prev2, prev, cur];
  return d;
}

/** How many typos a word of this length may carry. */
export function allowedTypos(len: number): number {
  if (len >= 8) return 2;
  if (len >= 4) return 1;
  return 0;
}

/** Which of a–z and digits a word contains, as 32 bits (one edit changes at most two). */
export function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << 26;
    else m |= 1 << 27;
  }
  return m;
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
