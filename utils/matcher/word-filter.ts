/**
 * Which word starts are worth a trie walk, from their first four characters (ASCII text; the
 * rest is checked on its first character). Most words of a page stop here: "personal" walks
 * because the trie has "pers…", "people" does not.
 *
 * A superset of the walk: every word start where the walk would accept a surface or a context
 * word passes. The keys are the texts the walk can consume in its first four characters: each
 * node's children, plus an 's' where a plural may follow. Whitespace and hyphens fold to one
 * space and the walk reads a run of them as one, so a key whose second or third character is a
 * space is checked on its characters before that space only.
 */
import {
  ASCII_FOLD,
  EXPAND,
  SPACE,
  afterMojibake,
  expansions,
  fold,
  mojiOut,
  mojibakeAt,
} from './fold';
import { childOf, type FlatTrie } from './trie';

function hash3(a: number, b: number, c: number): number {
  return (Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1) >>> 16) & 0xffff;
}

function hash4(a: number, b: number, c: number, d: number): number {
  return Math.imul((a << 21) | (b << 14) | (c << 7) | d, 0x9e3779b1) >>> 15;
}

export type WordFilter = (text: string, i: number) => boolean;

export function createWordFilter(trie: FlatTrie): WordFilter {
  // Exact tables for one and two characters, hashed ones (false positives only) for three and
  // four. `accN`: a key of N characters the walk may accept or count as context.
  const acc1 = new Uint8Array(128);
  const acc2 = new Uint8Array(1 << 14);
  const path2 = new Uint8Array(1 << 14);
  const acc3 = new Uint8Array(1 << 16);
  const path3 = new Uint8Array(1 << 16);
  const path4 = new Uint8Array(1 << 17);
  const hits = (v: number) => trie.acc[v] !== null || trie.ctx[v]! >= 0;
  const S = 115; // 's'
  const visit = (v: number, sUsed: boolean, k: number[]) => {
    const n = k.length;
    if (n > 0 && hits(v)) {
      if (n === 1) acc1[k[0]!] = 1;
      else if (n === 2) acc2[(k[0]! << 7) | k[1]!] = 1;
      else if (n === 3) acc3[hash3(k[0]!, k[1]!, k[2]!)] = 1;
    }
    if (n === 2) path2[(k[0]! << 7) | k[1]!] = 1;
    else if (n === 3) path3[hash3(k[0]!, k[1]!, k[2]!)] = 1;
    else if (n === 4) {
      path4[hash4(k[0]!, k[1]!, k[2]!, k[3]!)] = 1;
      return;
    }
    const { first, label } = trie;
    for (let c = first[v]!; c < first[v + 1]!; c++) {
      // Keys are ASCII (other characters take the slow path).
      if (label[c]! < 128) visit(c, false, [...k, label[c]!]);
    }
    if (trie.plural[v] && !sUsed && childOf(trie, v, S) < 0) visit(v, true, [...k, S]);
  };
  visit(0, false, []);

  return (text, i) => {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    if (c0 < 128 && c1 < 128 && c2 < 128) {
      const a = ASCII_FOLD[c0]!;
      const b = ASCII_FOLD[c1]!;
      const ab = (a << 7) | b;
      if (acc1[a] === 1 || acc2[ab] === 1) return true;
      if (b === SPACE) return path2[ab] === 1;
      const c = ASCII_FOLD[c2]!;
      const abc = hash3(a, b, c);
      if (acc3[abc] === 1) return true;
      const c3 = text.charCodeAt(i + 3);
      // A space third, or a fourth character that is not ASCII (NaN: end of text).
      if (c === SPACE || !(c3 < 128)) return path3[abc] === 1;
      return path4[hash4(a, b, c, ASCII_FOLD[c3]!)] === 1;
    }
    if (i > 0 && text.charCodeAt(i - 1) >= 0x80 && afterMojibake(text, i)) return false;
    let f = fold(c0);
    if (f === EXPAND) f = expansions.get(c0)!.charCodeAt(0);
    else if (c0 >= 0xc2 && c0 <= 0xe2 && mojibakeAt(text, i)) f = fold(mojiOut);
    return childOf(trie, 0, f) >= 0;
  };
}
