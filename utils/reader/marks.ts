/**
 * Where to put <mark> inside a passage: term occurrences (offsets from the build) or the words of
 * a free query, matched without regard to case, accents, ligatures or apostrophe style. Offsets are
 * UTF-16 indices into the passage's repaired text; the reader turns them into text nodes and
 * <mark> elements (never markup). Merging and splitting are the shared mark model's (utils/snippet.ts).
 */
import { markedParts, mergeMarks, type Mark } from '../snippet';

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Folded text plus, for each folded code unit, the index of the source code unit it came from. */
export interface FoldedText {
  text: string;
  map: number[];
}

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  switch (ch) {
    case 'œ':
    case 'Œ':
      return 'oe';
    case 'æ':
    case 'Æ':
      return 'ae';
    case '’':
    case '‘':
    case 'ʼ':
    case '`':
    case '´':
      return "'";
    default:
      return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  }
}

/** Lowercase, strip diacritics, unify ligatures and apostrophes, keeping a map back to `s`. */
export function foldWithMap(s: string): FoldedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words too common to be worth marking (unless the query has nothing else). */
const STOPWORDS = new Set(
  (
    'a au aux avec ce ces dans de des du en et il la le les leur leurs l d n s qu que qui ' +
    'ou par pour sur sont un une est se sa son ses ne pas plus the of and to in on for'
  ).split(' '),
);

/** The folded words of a query worth marking, longest first, singular-ish stems. */
export function queryWords(q: string): string[] {
  const words = foldWithMap(q).text.match(WORD) ?? [];
  const useful = words.filter((w) => !STOPWORDS.has(w) && w.length >= 2);
  const chosen = useful.length ? useful : words.filter((w) => w.length >= 1);
  const stems = chosen.map((w) => (w.length > 3 ? w.replace(/(?:s|x)$/, '') : w));
  return [...new Set(stems)].sort((a, b) => b.length - a.length);
}

/**
 * Ranges of the words of `text` that start with one of `words` (already folded, see
 * queryWords): "equipe" marks "équipes". The whole word is marked.
 */
export function findWordRanges(text: string, words: string[]): Range[] {
  if (!words.length || !text) return [];
  const { text: folded, map } = foldWithMap(text);
  const out: Range[] = [];
  for (const m of folded.matchAll(WORD)) {
    const w = m[0];
    if (!words.some((q) => w.startsWith(q))) continue;
    const fs = m.index;
    const fe = fs + w.length;
    out.push({ start: map[fs] ?? 0, end: map[fe] ?? text.length });
  }
  return out;
}

/** Every range of a phrase in `text`, folded, whitespace-tolerant, on word boundaries. */
export function findPhraseRanges(text: string, phrase: string, caseSensitive = false): Range[] {
  const needle = caseSensitive ? phrase.trim() : foldWithMap(phrase).text.trim();
  if (!needle) return [];
  const hay = caseSensitive ? { text, map: [...Array(text.length + 1).keys()] } : foldWithMap(text);
  const parts = needle.split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
  const out: Range[] = [];
  for (const m of hay.text.matchAll(re)) {
    const fs = m.index;
    const fe = fs + m[0].length;
    out.push({ start: hay.map[fs] ?? 0, end: hay.map[fe] ?? text.length });
  }
  return out;
}

/** Sorted, non-overlapping, inside [0, length]; empty ranges dropped (the shared merger). */
export function normaliseRanges(ranges: Range[], length: number): Range[] {
  return mergeMarks(toMarks(ranges), length).map(([start, end]) => ({ start, end }));
}

/** The passage text cut into plain and marked runs. */
export function segmentText(text: string, ranges: Range[]): Segment[] {
  const out = markedParts(text, toMarks(ranges));
  return out.length ? out : [{ text, mark: false }];
}

function toMarks(ranges: Range[]): Mark[] {
  return ranges.map((r): Mark => [r.start, r.end]);
}

export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}
