/**
 * Query and passage text normalisation for the search: tokens carry their UTF-16 offsets in the
 * source string, so snippets and marks point at the displayed text even when folding changes
 * lengths (œ → oe).
 */
import { foldText } from '../text-normalize';

export interface Token {
  /** Folded form: lowercase, no diacritics, ligatures expanded. */
  norm: string;
  /** UTF-16 offsets in the source string. */
  start: number;
  end: number;
}

// Letters and digits; '|' is OCR for 'l' when it touches letters ("|'action", "|a France").
const WORD = /[\p{L}\p{N}|]+/gu;

const foldCache = new Map<string, string>();

/** Folds one word; OCR's '|' inside or before letters reads as 'l'. Cached (texts repeat words). */
export function foldWord(raw: string): string {
  let f = foldCache.get(raw);
  if (f === undefined) {
    f = foldText(raw)
      .replace(/\|/g, 'l')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(raw, f);
  }
  return f;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (/^\|+$/.test(raw)) continue;
    const norm = foldWord(raw);
    if (norm) out.push({ norm, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Folded tokens only. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

/**
 * Light stemmer for FR/EN/NL surface variation (plural, feminine, doubled consonant):
 * "européennes" → "europeen", "détenus" → "detenu", "fins" → "fin". Equal stems match at a
 * slight discount; it is not meant to conflate different words.
 */
export function stem(w: string): string {
  let s = w;
  if (s.length > 3 && /[sx]$/.test(s)) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 4 && /(nn|ll|tt|ss)$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Function words of French, English and Dutch: they never decide a ranking on their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cet cette d dans de des du elle en et il ils l la le les leur leurs ' +
    'lui m ma mais me meme mes n ne nos notre nous on ou par pas pour qu que qui s sa se ses ' +
    'son sur t ta te tes toi ton un une vos votre vous y est sont ete etre a ' +
    'aujourd hui tres plus tout tous toute toutes comme aussi sans sous vers chez dont si ' +
    'the of and or in on to for with by an as at from is are be this that these those it its ' +
    'how what when where which who why will can my your our their not no all some about into ' +
    'de het een en van in op te met voor aan bij door om of is zijn die dat ' +
    'hoe wat wie waar wanneer niet geen ook nog maar als dan naar uit tot mijn'
  ).split(/\s+/),
);

export function isStopword(w: string): boolean {
  return STOPWORDS.has(w);
}

export interface QueryPart {
  /** Folded tokens in order. */
  words: string[];
  /** A quoted phrase: its words must appear contiguously and exactly. */
  quoted: boolean;
}

export interface ParsedQuery {
  /** The folded query, whitespace collapsed (cache key). */
  key: string;
  /** Unquoted words, in order. */
  words: string[];
  /** Quoted phrases (each at least one word). */
  phrases: string[][];
  /** True when the last word is still being typed (no trailing space or quote). */
  open: boolean;
}

/** Splits a query into free words and "quoted phrases" (straight or typographic quotes). */
export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(/[“”„«»]/g, '"');
  const wordsOut: string[] = [];
  const phrases: string[][] = [];
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const ws = words(part);
    // Odd parts are inside quotes; an unclosed quote still counts as a phrase being typed.
    if (i % 2 === 1 && ws.length > 0) phrases.push(ws);
    else wordsOut.push(...ws);
  });
  const open = /[\p{L}\p{N}]$/u.test(text);
  const key =
    wordsOut.join(' ') + (phrases.length ? ' "' + phrases.map((p) => p.join(' ')).join('" "') : '');
  return { key: key.trim() + (open ? '' : ' '), words: wordsOut, phrases, open };
}
