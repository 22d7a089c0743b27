/**
 * The combined regular expression's source, written from the trie. Built at build time
 * (data/matcher-table.ts ships it in the table): a page load compiles it, it does not write it.
 */
import { APOS, CP1252, SPACE, fold, isWordCode } from './fold';
import type { TrieNode } from './trie';

// ---------------------------------------------------------------------------------------------
// The combined regular expression: candidates only, every surface and context word as one trie

/**
 * Word characters for the expression's boundaries: a subset of the walk's (isWordCode), so a
 * boundary it rejects is never one the walk accepts; the walk re-checks the others. Joiners do
 * not occur in the texts it runs on (EXOTIC).
 */
export const WORD_CLASS = '\\w\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f';

/**
 * Texts the expression does not describe exactly, walked word by word instead: invisible joiners
 * and soft hyphens (skipped inside words), combining marks of the Latin script, and UTF-8 read
 * as Windows-1252. One class and one pair: a pass over the text costs about a millisecond per MB.
 */
export const EXOTIC = new RegExp(
  '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]' +
    `|[\\u00c2-\\u00c5\\u00e2][\\x80-\\xbf${CP1252.replace(/[\x80-\x9f]/g, '')}]`,
);

export const LIGATURE_KEYS: [string, string][] = [
  ['oe', 'œŒ'],
  ['ae', 'æÆ'],
  ['ss', 'ßẞ'],
  ['ij', 'ĳĲ'],
  ['fi', 'ﬁ'],
  ['fl', 'ﬂ'],
];

/**
 * Per folded ASCII letter, the lowercase characters that fold to it (the expression is
 * case-insensitive; case-sensitive surfaces are verified afterwards). Every character of the
 * Basic Multilingual Plane folding to an ASCII letter lies in these ranges, or case-folds to one
 * that does (U+212A KELVIN SIGN, U+212B ANGSTROM SIGN).
 */
export function letterClasses(): string[] {
  const cls: string[] = [];
  const add = (c: number) => {
    const f = fold(c);
    if (f <= 0 || f >= 128) return;
    cls[f] = (cls[f] ?? '') + String.fromCharCode(c);
  };
  for (let c = 48; c < 123; c++) add(c);
  add(0x212a);
  add(0x212b);
  for (let c = 0xc0; c <= 0x17f; c++) add(c);
  return cls.map(ranges);
}

/** A class body from its characters, runs of consecutive code units written as ranges. */
export function ranges(chars: string): string {
  const codes = [...new Set(chars)].map((ch) => ch.charCodeAt(0)).sort((x, y) => x - y);
  let out = '';
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    const a = String.fromCharCode(codes[i]!);
    out +=
      j === i
        ? a
        : j === i + 1
          ? a + String.fromCharCode(codes[j]!)
          : `${a}-${String.fromCharCode(codes[j]!)}`;
    i = j + 1;
  }
  return out;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * One case-insensitive expression over the raw text matching, at a word start, a superset of
 * what `walk` accepts there (surfaces with their folds, spacing, apostrophes, ligatures and
 * plural s; context words). Zero-width: `test` leaves lastIndex on the candidate.
 */
/**
 * V8 stops optimising expressions whose source exceeds 20 KB (kRegExpTooLargeToOptimize): three
 * times slower. The trie is written down to the deepest level that stays under it; the walk
 * checks the rest of each candidate.
 */
export const MAX_SOURCE = 19_000;

export function buildPrefilterSource(root: TrieNode): string {
  let source = '';
  for (let depth = 6; depth >= 2; depth--) {
    source = prefilterSource(root, depth);
    if (source.length <= MAX_SOURCE) break;
  }
  return source;
}

export function prefilterSource(root: TrieNode, maxDepth: number): string {
  const cls = letterClasses();
  const charPattern = (c: number): string => {
    if (c === SPACE) return '[\\s\\-\\u2010-\\u2012]+';
    if (c === APOS) return "['’‘ʼ`´′]";
    const k = cls[c];
    if (k) return k.length === 1 ? k : `[${k}]`;
    return String.fromCharCode(c).replace(SYNTAX, '\\$&');
  };
  const boundary = `(?![${WORD_CLASS}])`;
  const plural = `${charPattern(115)}?`;
  const gen = (node: TrieNode, depth: number, wordy: boolean): string => {
    if ((node.ctx >= 0 && node.ctxPrefix) || depth >= maxDepth) return '';
    const alts: string[] = [];
    if (node.next) {
      const kids: string[] = [];
      node.next.forEach((child, c) => {
        // Walks start on word characters only.
        if (depth === 0 && !isWordCode(c)) return;
        const w = c !== SPACE && c !== APOS && isWordCode(c);
        kids.push(charPattern(c) + gen(child, depth + 1, w));
        for (const [pair, lig] of LIGATURE_KEYS) {
          if (c !== pair.charCodeAt(0)) continue;
          const grand = child.next?.get(pair.charCodeAt(1));
          if (grand) kids.push(`[${lig}]` + gen(grand, depth + 2, true));
        }
      });
      const body = kids.length === 1 ? kids[0]! : `(?:${kids.join('|')})`;
      alts.push(node.plural ? `${plural}${body}` : body);
    }
    if (node.acc !== null || node.ctx >= 0) {
      alts.push(wordy ? (node.plural ? plural : '') + boundary : '');
    }
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return `(?<![${WORD_CLASS}])(?=${gen(root, 0, false)})`;
}
