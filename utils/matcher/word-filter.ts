/**
 * Which word starts are worth a trie walk, from their first four characters. Most words of a page
 * stop here: "personal" walks because the trie has "pers…", "people" does not.
 *
 * Two filters, one set of keys. The keys are the texts the walk can consume in its first four
 * characters: each node's children, plus an 's' where a plural may follow. Whitespace and
 * hyphens fold to one space and the walk reads a run of them as one, so a key whose second or
 * third character is a space is checked on its characters before that space only.
 * - `wordStartSource`: one regular expression (written at build time, ~4 KB) that finds the
 *   word starts whose ASCII keys may pass, and every word start it cannot judge (a character
 *   outside ASCII among the first four). It runs as native code from the first call, where a
 *   loop over every character in JavaScript would run in the interpreter for the first few
 *   hundred kilobytes of a page.
 * - `createWordFilter`: the exact test, in JavaScript, at the positions the expression found
 *   (folding characters outside ASCII too).
 * Both are supersets of the walk: every word start where the walk would accept a surface or a
 * context word passes both (tests/unit/matcher/word-filter.test.ts compares with a walk at every
 * word start).
 */
import {
  ASCII_FOLD,
  EXPAND,
  SPACE,
  afterMojibake,
  expansions,
  fold,
  isWordCode,
  mojiOut,
  mojibakeAt,
} from './fold';
import { childOf, type FlatTrie } from './trie';

/** Hashes of three and four folded characters (7 bits each, first highest). */
function hash3(key: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 16) & 0xffff;
}

function hash4(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 15;
}

const S = 115; // 's'

/**
 * Every key of up to `depth` characters (folded, ASCII), as a number (7 bits per character,
 * first character highest) and its length, with `hit` when the walk may accept a surface or
 * count a context word on it, and `full` when it is as long as the filter reads (`depth`
 * characters, or ending with a space). Iterative and allocation-free: it runs at each page load.
 */
function visitKeys(
  trie: FlatTrie,
  depth: number,
  out: (key: number, n: number, hit: boolean, full: boolean) => void,
): void {
  const { first, label, plural, acc, ctx } = trie;
  // Stack of (node, key, length, plural 's' used).
  const nodes: number[] = [0];
  const keys: number[] = [0];
  const lens: number[] = [0];
  const used: boolean[] = [false];
  while (nodes.length) {
    const v = nodes.pop()!;
    const key = keys.pop()!;
    const n = lens.pop()!;
    const sUsed = used.pop()!;
    const full = n === depth || (n >= 2 && key % 128 === SPACE);
    if (n > 0) out(key, n, acc[v] !== undefined || ctx[v]! >= 0, full);
    if (full) continue;
    for (let c = first.charCodeAt(v), end = first.charCodeAt(v + 1); c < end; c++) {
      const l = label.charCodeAt(c);
      // Keys are ASCII (any other character is judged on its fold, or walked).
      if (l >= 128) continue;
      nodes.push(c);
      keys.push(key * 128 + l);
      lens.push(n + 1);
      used.push(false);
    }
    // The walk takes an 's' child when there is one; otherwise a plural 's' stays on the node.
    if (plural[v] === 1 && !sUsed && childOf(trie, v, S) < 0) {
      nodes.push(v);
      keys.push(key * 128 + S);
      lens.push(n + 1);
      used.push(true);
    }
  }
}

/** The folded character at i for the filter: ASCII, or −1 when the walk reads it otherwise. */
function keyAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_FOLD[c]!;
  // NaN (end of text), UTF-8 read as Windows-1252, skipped, expanded or non-Latin characters.
  if (!(c === c) || (c >= 0xc2 && c <= 0xe2 && mojibakeAt(text, i) > 0)) return -1;
  const f = fold(c);
  return f >= 0 && f < 128 ? f : -1;
}

export type WordFilter = (text: string, i: number) => boolean;

/**
 * A word just after UTF-8 read as Windows-1252 ("rÃ©|pression") is not walked when one of its
 * first three characters is outside ASCII (the matcher's rule since mojibake support; a word of
 * ASCII letters there is walked).
 */
export function afterMojibakeTail(text: string, i: number): boolean {
  return (
    i > 0 &&
    text.charCodeAt(i - 1) >= 0x80 &&
    !(text.charCodeAt(i) < 128 && text.charCodeAt(i + 1) < 128 && text.charCodeAt(i + 2) < 128) &&
    afterMojibake(text, i)
  );
}

export function createWordFilter(trie: FlatTrie): WordFilter {
  // Exact tables for one and two characters, hashed ones (false positives only) for three and
  // four. `accN`: a key of N characters the walk may accept or count as context.
  const acc1 = new Uint8Array(128);
  const acc2 = new Uint8Array(1 << 14);
  const path2 = new Uint8Array(1 << 14);
  const acc3 = new Uint8Array(1 << 16);
  const path3 = new Uint8Array(1 << 16);
  const path4 = new Uint8Array(1 << 17);
  visitKeys(trie, 4, (key, n, hit) => {
    if (n === 1) {
      if (hit) acc1[key] = 1;
    } else if (n === 2) {
      path2[key] = 1;
      if (hit) acc2[key] = 1;
    } else if (n === 3) {
      path3[hash3(key)] = 1;
      if (hit) acc3[hash3(key)] = 1;
    } else {
      path4[hash4(key)] = 1;
    }
  });

  /** Whether the walk from i may find something, judged on the first character only. */
  const firstOnly = (text: string, i: number): boolean => {
    const c0 = text.charCodeAt(i);
    let f = fold(c0);
    if (f === EXPAND) f = expansions.get(c0)!.charCodeAt(0);
    else if (c0 >= 0xc2 && c0 <= 0xe2 && mojibakeAt(text, i)) f = fold(mojiOut);
    return childOf(trie, 0, f) >= 0;
  };

  return (text, i) => {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    let a: number;
    let b: number;
    let c: number;
    if (c0 < 128 && c1 < 128 && c2 < 128) {
      a = ASCII_FOLD[c0]!;
      b = ASCII_FOLD[c1]!;
      c = ASCII_FOLD[c2]!;
    } else {
      a = keyAt(text, i);
      b = keyAt(text, i + 1);
      c = keyAt(text, i + 2);
      if (a < 0 || b < 0) return firstOnly(text, i);
    }
    const ab = (a << 7) | b;
    if (acc1[a] === 1 || acc2[ab] === 1) return true;
    if (b === SPACE) return path2[ab] === 1;
    if (c < 0) return path2[ab] === 1;
    const abc = hash3((ab << 7) | c);
    if (acc3[abc] === 1) return true;
    const d = c === SPACE ? -1 : keyAt(text, i + 3);
    if (d < 0) return path3[abc] === 1;
    return path4[hash4((((ab << 7) | c) << 7) | d)] === 1;
  };
}

// ---------------------------------------------------------------------------------------------
// The expression (build time)

/** ASCII word characters: the expression's boundary (the caller checks the full rule). */
const ASCII_WORD_CLASS = '0-9A-Za-z_';

/** A class body from its characters, runs of consecutive code units written as ranges. */
export function ranges(codes: number[]): string {
  const sorted = [...new Set(codes)].sort((x, y) => x - y);
  const ch = (c: number) =>
    c < 0x20 || c > 0x7e || '\\]^-['.includes(String.fromCharCode(c))
      ? `\\u${c.toString(16).padStart(4, '0')}`
      : String.fromCharCode(c);
  let out = '';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out +=
      j === i
        ? ch(sorted[i]!)
        : j === i + 1
          ? ch(sorted[i]!) + ch(sorted[j]!)
          : `${ch(sorted[i]!)}-${ch(sorted[j]!)}`;
    i = j + 1;
  }
  return out;
}

interface KeyNode {
  next: Map<number, KeyNode>;
  /** The filter passes here whatever follows. */
  end: boolean;
}

/**
 * The word-start expression's source: zero-width, so `test` leaves `lastIndex` on the word start.
 * Matches where the previous character is no ASCII word character and either the ASCII keys
 * may pass, or a character outside ASCII comes among the first four (the filter then folds it).
 * About 5 KB: V8 compiles it in well under a millisecond (the combined expression of the whole
 * trie it replaces, 19 KB, took several).
 */
export function wordStartSource(trie: FlatTrie, depth = 6): string {
  const root: KeyNode = { next: new Map(), end: false };
  visitKeys(trie, depth, (key, n, hit, full) => {
    let node = root;
    for (let p = n - 1; p >= 0; p--) {
      const c = Math.floor(key / 128 ** p) % 128;
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    if (hit || full) node.end = true;
  });
  // The ASCII characters of each folded character, and the characters outside ASCII that the
  // filter folds to a first character of the trie (or that the walk expands or decodes).
  const ascii: number[][] = [];
  for (let c = 0; c < 128; c++) (ascii[ASCII_FOLD[c]!] ??= []).push(c);
  const starts: number[] = [];
  for (let c = 0x80; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (!isWordCode(c)) continue;
    const s = String.fromCharCode(c);
    const f = fold(c);
    const first =
      f === EXPAND
        ? expansions.get(c)!.charCodeAt(0)
        : c >= 0xc2 && c <= 0xe2
          ? -2 // may lead UTF-8 read as Windows-1252: always a candidate
          : f;
    if (first === -2 || childOf(trie, 0, first) >= 0) starts.push(s.charCodeAt(0));
  }
  const cls = (codes: number[]) => {
    const body = ranges(codes);
    return codes.length === 1 && /^[0-9A-Za-z]$/.test(body) ? body : `[${body}]`;
  };
  const gen = (node: KeyNode): string => {
    if (node.end) return '';
    const alts = [...node.next]
      .sort((x, y) => x[0] - y[0])
      .map(([c, child]) => cls(ascii[c] ?? []) + gen(child));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  // A character outside ASCII (or the end of the text) among the first `depth`, after ASCII
  // characters that keys have: the filter decides. Nested, so nothing backtracks.
  const keyChars = new Set<number>();
  visitKeys(trie, depth, (key) => keyChars.add(key % 128));
  const firsts = [...root.next.keys()].flatMap((c) => ascii[c] ?? []);
  const inner = cls([...keyChars].flatMap((c) => ascii[c] ?? []));
  const END = '(?:[^\\0-\\x7f]|$)';
  let other = END;
  for (let k = 0; k < depth - 2; k++) other = `(?:${END}|${inner}${other})`;
  other = cls(firsts) + other;
  return `(?<![${ASCII_WORD_CLASS}])(?=${gen(root)}|${other}|${cls(starts)})`;
}
