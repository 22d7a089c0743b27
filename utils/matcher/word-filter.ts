/**
 * Which word starts are worth a trie walk, from their first characters: one regular expression,
 * written at build time from the trie (`wordStartSource`, ~8 KB) and shipped in the table. It
 * runs as native code from its first call, where a loop over every character in JavaScript would
 * run in the interpreter for the first few hundred kilobytes of a page; most words of a page stop
 * there ("personal" is walked because the trie has "person…", "people" is not).
 *
 * It finds a superset of the word starts where the walk accepts a surface or counts a context
 * word (tests/unit/matcher/word-filter.test.ts compares with a walk at every word start): the
 * ASCII keys the walk can consume in its first six characters (each node's children, plus an
 * 's' where a plural may follow; a space in a key is a run of whitespace and hyphens, as the
 * walk reads it), and every word start it cannot judge in ASCII (a character outside ASCII
 * among the first six or after a space, or as the first one when it may fold to a key's first).
 */
import { ASCII_FOLD, EXPAND, SPACE, afterMojibake, expansions, fold, isWordCode } from './fold';
import { childOf, type FlatTrie } from './trie';

const S = 115; // 's'

/**
 * Every key of up to `depth` characters (folded, ASCII), as a number (7 bits per character,
 * first character highest) and its length, with `hit` when the walk may accept a surface or
 * count a context word on it, and `full` when it is as long as the filter reads (`depth`
 * characters, or ending with a space).
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
    const full = n === depth;
    if (n > 0) out(key, n, acc[v] !== undefined || ctx[v]! >= 0, full);
    if (full) continue;
    for (let c = first[v]!, end = first[v + 1]!; c < end; c++) {
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
  // A character outside ASCII, or the end of the text: the walk decides.
  const END = '(?:[^\\0-\\x7f]|$)';
  // A space is a run of them (the walk reads it as one); after it, a character outside ASCII
  // may come anywhere in the key (before it, the branch below sees it).
  const gen = (node: KeyNode, afterSpace: boolean): string => {
    if (node.end) return '';
    const alts = [...node.next]
      .sort((x, y) => x[0] - y[0])
      .map(([c, child]) =>
        c === SPACE
          ? `${cls(ascii[c] ?? [])}+${gen(child, true)}`
          : cls(ascii[c] ?? []) + gen(child, afterSpace),
      );
    if (afterSpace) alts.push(END);
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  // A character outside ASCII (or the end of the text) among the first `depth`, after ASCII
  // characters that keys have: the walk decides. Nested, so nothing backtracks.
  const keyChars = new Set<number>();
  visitKeys(trie, depth, (key) => keyChars.add(key % 128));
  const firsts = [...root.next.keys()].flatMap((c) => ascii[c] ?? []);
  const inner = cls([...keyChars].flatMap((c) => ascii[c] ?? []));
  let other = END;
  for (let k = 0; k < depth - 2; k++) other = `(?:${END}|${inner}${other})`;
  other = cls(firsts) + other;
  return `(?<![${ASCII_WORD_CLASS}])(?=${gen(root, false)}|${other}|${cls(starts)})`;
}
