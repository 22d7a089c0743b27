/**
 * The page-side term matcher: pure, no DOM. The table is compiled at build time from the glossary
 * (data/matcher-table.ts → data/generated/matcher-table.json) and shipped in the content script;
 * `createMatcher(table)` builds a small trie once (≈1 ms) and `scan(text)` runs on page text.
 *
 * ## Using it from the content script
 *
 * ```ts
 * const matcher = createMatcher(table);
 * const evidence = matcher.newEvidence();          // one per page (frame)
 * for (const node of textNodes) {                   // in idle slices
 *   for (const m of matcher.scan(node.data, evidence)) {
 *     if (!m.ambiguous) highlight(node, m);         // sure: highlight now
 *     else pending.push({ node, m });               // ECE, CTE, SIS, JIT…: needs context
 *   }
 * }
 * // after each batch (evidence only grows), and again at the end of the page scan:
 * for (const p of pending) if (matcher.isConfirmed(p.m, evidence)) highlight(p.node, p.m);
 * ```
 *
 * - Offsets are UTF-16 offsets into the string passed to `scan` (no normalisation is applied to
 *   it: folding happens per character, so a Range can be built directly from them). Passing the
 *   text of a whole block (text nodes joined) also finds phrases split across inline elements.
 * - Matches never overlap and are sorted; the longest surface wins ("SIS II" over "SIS",
 *   "système d'information Schengen" over "Schengen").
 * - `salience` ('core' | 'common') and `kind` of a term: `matcher.info(m.term)`. Common terms
 *   (UE/EU, OTAN/NATO, Schengen, terrorisme…) are found like the others; highlighting them is a
 *   setting of the content script.
 * - An `ambiguous` match (an acronym with other senses, or any capitals acronym inside a shouted
 *   run of capitals such as "LE GOUVERNEMENT RENFORCE LE SIS") is confirmed when, in order:
 *   1. a word of its other senses is within ±250 characters of it in the same text → never
 *      (`m.near === 'anti'`: "JIT compiler", "UNECE");
 *   2. the same term was found unambiguously on the page ("équipes communes d'enquête (ECE)");
 *   3. a context word (enquête, police, Europol, terroris*, Schengen, frontière, investigation…,
 *      plus the entry's own) or a core term is within ±250 characters (`m.near === 'context'`);
 *   4. the page as a whole has ≥ 2 distinct context words/core terms, or ≥ 2 + 2×(distinct
 *      anti words) when it also has words of the other senses.
 *   `scan(text, evidence)` adds the text's context words and unambiguous terms to `evidence`;
 *   `resolve(matches, evidence)` filters a list; `find(text)` does scan + resolve on one
 *   self-contained text (a passage, a test sentence).
 *
 * ## Rules
 *
 * - Acronyms (surfaces written with '=' in the table) are case-sensitive whole words on Unicode
 *   boundaries: not inside a longer word or code (UNECE, LECERF, ACTE, MJIT, GDPRhub, CJEU_, 35CJEU),
 *   not across a soft hyphen or zero-width character (U+00AD "Do\u00ADSIS"), not in reference
 *   numbers or product codes ("SIS-123", "CTE-2000", "ECE-R44", "2000-CTE") nor in domains or
 *   e-mail addresses ("ece.fr", "www.EUROPOL"). "Nato", "Siena" and "sursis" are not NATO,
 *   SIENA or SIS. A lowercase plural s is accepted after 3+ letters ("EAWs").
 * - Phrases are matched on a per-character fold: case, diacritics (precomposed or combining),
 *   apostrophes (' ’ ‘ ʼ), ligatures (œ, æ, ß), any run of whitespace (NBSP, line breaks) or
 *   hyphens, and soft hyphens are neutral; a plural s after any word of 3+ letters is accepted
 *   (équipes communes d'enquêtes). UTF-8 read as Windows-1252 ("Ã©" for "é", "â€™" for "’") is
 *   decoded on the fly, so mojibake pages still match accented terms.
 * - Linear time: the text is walked once; at each word start a trie walk of bounded depth (the
 *   longest surface) is tried. No regular expression runs over the text.
 */

export interface MatcherTable {
  version: 1;
  /** Term ids, indexed by the numbers used elsewhere in the table. */
  terms: string[];
  /** Two letters per term: salience (c core, m common) and kind (a b i p l e c: see KINDS). */
  meta: string;
  /**
   * Per term, '|'-separated surfaces. '=' prefix: case-sensitive, as written; otherwise a folded
   * phrase (foldSurface). A leading '?' marks a surface that needs context.
   */
  surfaces: string[];
  /** Folded context words; a trailing '*' accepts any ending. The first `general` are shared. */
  context: string[];
  general: number;
  /** Per term: "1,2;3" = extra context word indices ; anti (other-sense) word indices. */
  termContext: string[];
}

export type MatchSalience = 'core' | 'common';
export type MatchKind =
  'acronym' | 'body' | 'instrument' | 'programme' | 'place' | 'event' | 'concept';

export const KINDS: Record<string, MatchKind> = {
  a: 'acronym',
  b: 'body',
  i: 'instrument',
  p: 'programme',
  l: 'place',
  e: 'event',
  c: 'concept',
};

export interface TermMatch {
  /** Glossary id. */
  term: string;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  /** Needs context before it is shown: see `isConfirmed`. */
  ambiguous?: boolean;
  /** Ambiguous matches only: what lies within ±250 characters in the same text. */
  near?: 'context' | 'anti';
}

export interface TermInfo {
  id: string;
  salience: MatchSalience;
  kind: MatchKind;
}

/** Page-level context, accumulated by `scan`. Opaque to callers; one per page or frame. */
export interface ContextEvidence {
  /** Hits per context word. */
  words: Uint32Array;
  /** Terms (indices) found unambiguously. */
  terms: Set<number>;
}

export interface Matcher {
  /** All matches in text, ambiguous ones flagged; adds the text's context to `evidence`. */
  scan(text: string, evidence?: ContextEvidence): TermMatch[];
  newEvidence(): ContextEvidence;
  /** Whether a match of `scan` should be shown, given the page's evidence so far. */
  isConfirmed(match: TermMatch, evidence: ContextEvidence): boolean;
  /** The confirmed matches of a list. */
  resolve(matches: readonly TermMatch[], evidence: ContextEvidence): TermMatch[];
  /** scan + resolve of one self-contained text. */
  find(text: string): TermMatch[];
  info(term: string): TermInfo | undefined;
  readonly terms: readonly TermInfo[];
  /**
   * Builds the combined expression now (it is otherwise built by the first `scan`): callers on
   * a page's main thread spread creation, this, and the first scans over separate slices.
   */
  warmUp(): void;
}

/** ± characters around an ambiguous match where context counts as "near". */
export const NEAR_WINDOW = 250;

// ---------------------------------------------------------------------------------------------
// Per-character folding (index-preserving: the caller's offsets are never remapped)

const SKIP = -1;
const EXPAND = -2;
const SPACE = 32;
const APOS = 39;

/** Folded code unit per UTF-16 code unit; 0 = not computed yet. */
const foldTable = new Int32Array(65536);
const expansions = new Map<number, string>();
/** 1 = word character, 2 = not; 0 = not computed yet. */
const wordTable = new Uint8Array(65536);

const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ĳ: 'ij',
  Ĳ: 'ij',
  ﬁ: 'fi',
  ﬂ: 'fl',
};
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const WORDISH = /[\p{L}\p{N}\p{M}_]/u;
const WHITE = /\s/u;

function isJoiner(c: number): boolean {
  // Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible inside a word.
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function computeFold(c: number): number {
  if (isJoiner(c)) return SKIP;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const ch = String.fromCharCode(c);
  if (WHITE.test(ch)) return SPACE;
  if (MARK.test(ch)) return SKIP;
  if ("'’‘ʼ`´′".includes(ch)) return APOS;
  if ('-‐‑‒'.includes(ch)) return SPACE;
  const lig = LIGATURES[ch];
  if (lig) {
    expansions.set(c, lig);
    return EXPAND;
  }
  const f = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (f.length === 1) return f.charCodeAt(0);
  if (f.length === 0) return SKIP;
  expansions.set(c, f);
  return EXPAND;
}

function fold(c: number): number {
  const f = foldTable[c]!;
  return f !== 0 ? f : (foldTable[c] = computeFold(c));
}

function isWordCode(c: number): boolean {
  let k = wordTable[c]!;
  if (k === 0) {
    k =
      isJoiner(c) || (!(c >= 0xd800 && c <= 0xdfff) && WORDISH.test(String.fromCharCode(c)))
        ? 1
        : 2;
    wordTable[c] = k;
  }
  return k === 1;
}

/** ASCII fast paths: word characters, and the fold of each ASCII character. */
const ASCII_WORD = new Uint8Array(128);
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
  const f = computeFold(c);
  ASCII_FOLD[c] = f > 0 ? f : 0;
}

function hash3(a: number, b: number, c: number): number {
  return (Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1) >>> 16) & 0xffff;
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Folds a surface the way the matcher folds text: lowercase, no accents, one space. */
export function foldSurface(s: string): string {
  let out = '';
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const f = fold(s.charCodeAt(i));
    if (f === SKIP) continue;
    const part = f === EXPAND ? expansions.get(s.charCodeAt(i))! : String.fromCharCode(f);
    if (f === SPACE) {
      if (space) continue;
      space = true;
    } else space = false;
    out += part;
  }
  return out.trimEnd();
}

// Windows-1252 bytes 0x80–0x9F as Unicode: how UTF-8 continuation bytes look in mojibake.
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
function contByte(c: number): number {
  if (c >= 0x80 && c <= 0xbf) return c;
  const k = CP1252.indexOf(String.fromCharCode(c));
  return k >= 0 ? 0x80 + k : -1;
}

/** Length (2 or 3) of a UTF-8-as-1252 sequence at i, or 0; its code point goes to `mojiOut`. */
let mojiOut = 0;
function mojibakeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xc2 && c <= 0xc5) {
    const b1 = contByte(text.charCodeAt(i + 1));
    if (b1 < 0) return 0;
    mojiOut = ((c & 0x1f) << 6) | (b1 & 0x3f);
    return 2;
  }
  if (c === 0xe2) {
    const b1 = contByte(text.charCodeAt(i + 1));
    const b2 = contByte(text.charCodeAt(i + 2));
    if (b1 < 0 || b2 < 0) return 0;
    mojiOut = 0x2000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return 3;
  }
  return 0;
}

/** True when text[i] follows the tail of a mojibake sequence ("rÃ©|pression"). */
function afterMojibake(text: string, i: number): boolean {
  for (let back = 2; back <= 3; back++) {
    const j = i - back;
    if (j >= 0 && mojibakeAt(text, j) === back) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The trie

interface Accept {
  term: number;
  /** Case-sensitive surface to verify against the original text, or null for a phrase. */
  cs: string | null;
  amb: boolean;
  /** Capitals-only acronym: subject to the shouting rule. */
  caps: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  acc: Accept[] | null;
  /** Context word index ending here (−1: none) and whether it is a prefix ('*'). */
  ctx: number;
  ctxPrefix: boolean;
  /** A plural 's' may follow here. */
  plural: boolean;
}

function newNode(): TrieNode {
  return { next: null, acc: null, ctx: -1, ctxPrefix: false, plural: false };
}

function insert(root: TrieNode, key: string, plural: boolean): TrieNode {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (plural && c === SPACE) markPlural(node, key, i);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newNode()));
    node = child;
  }
  if (plural) markPlural(node, key, key.length);
  return node;
}

function markPlural(node: TrieNode, key: string, end: number): void {
  let start = end;
  while (start > 0 && /[a-z0-9]/.test(key[start - 1]!)) start--;
  const last = key[end - 1] ?? '';
  if (end - start >= 3 && /[a-rt-wy]/.test(last)) node.plural = true;
}

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** True for a word in capitals that a reader takes for an ordinary word ("GOUVERNEMENT"). */
function isShoutedWord(w: string, acronyms: Set<string>): 'yes' | 'neutral' | 'no' {
  if (w.length === 0 || w === w.toLowerCase() || w !== w.toUpperCase()) return 'no';
  if (w.length < 2 || ROMAN.test(w) || acronyms.has(w)) return 'neutral';
  return 'yes';
}

/**
 * Whether [start, end) sits in a run of capitals with at least two other ordinary words in capitals
 * around it on the same line (a heading or a shouted sentence: "LA FRANCE RENFORCE LE SIS"); `min`
 * sets how many such words are needed.
 * Known acronyms and roman numerals in the run are not counted ("SIS II", "PNR ET ECE").
 */
export function inShoutedRun(
  text: string,
  start: number,
  end: number,
  acronyms: Set<string> = new Set(),
  min = 2,
): boolean {
  let count = 0;
  for (const dir of [-1, 1] as const) {
    let pos = dir < 0 ? start - 1 : end;
    words: for (let words = 0; words < 4; words++) {
      let gap = 0;
      while (pos >= 0 && pos < text.length && !isWordCode(text.charCodeAt(pos))) {
        const ch = text[pos]!;
        if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ++gap > 3) break words;
        pos += dir;
      }
      const from = pos;
      while (pos >= 0 && pos < text.length && isWordCode(text.charCodeAt(pos))) pos += dir;
      if (pos === from) break;
      const w = dir < 0 ? text.slice(pos + 1, from + 1) : text.slice(from, pos);
      const k = isShoutedWord(w, acronyms);
      if (k === 'no') break;
      if (k === 'yes' && ++count >= min) return true;
    }
  }
  return count >= min;
}

/** A code-like neighbour: `sep` then a run of letters/digits containing a digit ("-123", "-R44"). */
function codeAfter(text: string, i: number, dir: 1 | -1): boolean {
  let p = i + dir;
  let digit = false;
  for (let k = 0; k < 12 && p >= 0 && p < text.length; k++, p += dir) {
    const c = text.charCodeAt(p);
    if (!isWordCode(c)) break;
    if (isDigit(c)) digit = true;
  }
  return digit;
}

function isCodeContext(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (before === 64 || after === 64) return true; // @: e-mail address
  // '.' glued to a letter on the outer side: domain or file name ("ece.fr", "www.europol").
  if (after === 46 && isWordAt(text, end + 1)) return true;
  if (before === 46 && isWordAt(text, start - 2)) return true;
  // Separator then a code with a digit: reference numbers, product names, regulation numbers.
  const sep = (c: number) =>
    c === 45 || c === 0x2010 || c === 0x2011 || c === 47 || c === 58 || c === 46;
  if (sep(after) && codeAfter(text, end, 1)) return true;
  if (sep(before) && codeAfter(text, start - 1, -1)) return true;
  return false;
}

/** Compares an original span with a case-sensitive surface ("SIS II" = "SIS\u00a0II" = "SIS-II"). */
function verifyCs(text: string, start: number, end: number, surface: string): boolean {
  let i = start;
  for (let k = 0; k < surface.length; k++) {
    if (i >= end) return false;
    const sc = surface.charCodeAt(k);
    if (sc === SPACE) {
      if (fold(text.charCodeAt(i)) !== SPACE) return false;
      while (i < end && fold(text.charCodeAt(i)) === SPACE) i++;
      continue;
    }
    if (text.charCodeAt(i) !== sc) return false;
    i++;
  }
  if (i === end) return true;
  return end - i === 1 && text.charCodeAt(i) === 115 && surface.length >= 3;
}

// ---------------------------------------------------------------------------------------------
// The combined regular expression: candidates only, every surface and context word as one trie

/**
 * Word characters for the expression's boundaries: a subset of the walk's (isWordCode), so a
 * boundary it rejects is never one the walk accepts; the walk re-checks the others. Joiners do
 * not occur in the texts it runs on (EXOTIC).
 */
const WORD_CLASS = '\\w\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\u024f';

/**
 * Texts the expression does not describe exactly, walked word by word instead: invisible joiners
 * and soft hyphens (skipped inside words), combining marks of the Latin script, and UTF-8 read
 * as Windows-1252. One class and one pair: a pass over the text costs about a millisecond per MB.
 */
const EXOTIC = new RegExp(
  '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]' +
    `|[\\u00c2-\\u00c5\\u00e2][\\x80-\\xbf${CP1252.replace(/[\x80-\x9f]/g, '')}]`,
);

const LIGATURE_KEYS: [string, string][] = [
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
function letterClasses(): string[] {
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
function ranges(chars: string): string {
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
const MAX_SOURCE = 19_000;

function buildPrefilter(root: TrieNode): RegExp {
  let source = '';
  for (let depth = 6; depth >= 2; depth--) {
    source = prefilterSource(root, depth);
    if (source.length <= MAX_SOURCE) break;
  }
  return new RegExp(source, 'g');
}

function prefilterSource(root: TrieNode, maxDepth: number): string {
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

// ---------------------------------------------------------------------------------------------

export interface MatcherOptions {
  /**
   * Find candidates with the combined regular expression (default). `false` walks every word
   * start in JavaScript, as texts with soft hyphens, combining marks or mojibake always do:
   * for differential tests and the benchmark.
   */
  prefilter?: boolean;
}

export function createMatcher(table: MatcherTable, options: MatcherOptions = {}): Matcher {
  const root = newNode();
  const acronyms = new Set<string>();
  const n = table.terms.length;
  const infos: TermInfo[] = table.terms.map((id, t) => ({
    id,
    salience: table.meta[2 * t] === 'm' ? 'common' : 'core',
    kind: KINDS[table.meta[2 * t + 1] ?? 'a'] ?? 'acronym',
  }));
  const byId = new Map(infos.map((info, t) => [info.id, t]));
  const core = infos.map((i) => i.salience === 'core');

  for (let t = 0; t < n; t++) {
    for (let s of (table.surfaces[t] ?? '').split('|')) {
      if (!s) continue;
      const amb = s.startsWith('?');
      if (amb) s = s.slice(1);
      const cs = s.startsWith('=') ? s.slice(1) : null;
      if (cs !== null) {
        acronyms.add(cs);
        acronyms.add(cs + 's');
      }
      const key = cs !== null ? foldSurface(cs) : s;
      const caps = cs !== null && cs === cs.toUpperCase() && cs !== cs.toLowerCase();
      const node = insert(root, key, cs === null || (key.length >= 3 && /[a-z]$/.test(key)));
      (node.acc ??= []).push({ term: t, cs, amb, caps });
    }
  }
  const general = table.general;
  const ctxCount = table.context.length;
  table.context.forEach((w, k) => {
    const prefix = w.endsWith('*');
    const node = insert(root, prefix ? w.slice(0, -1) : w, false);
    if (node.ctx < 0) {
      node.ctx = k;
      node.ctxPrefix = prefix;
    }
  });
  const termPos: Set<number>[] = [];
  const termAnti: Set<number>[] = [];
  for (let t = 0; t < n; t++) {
    const [pos = '', anti = ''] = (table.termContext[t] ?? '').split(';');
    const ints = (s: string) => new Set(s ? s.split(',').map(Number) : []);
    termPos.push(ints(pos));
    termAnti.push(ints(anti));
  }
  const isPositive = (t: number, k: number) => k < general || termPos[t]!.has(k);

  // Prefilter on the first folded characters of a word (ASCII only; anything else walks):
  // exact two-character keys ("ue") and hashed three-character prefixes. Most words stop here.
  const prefix2 = new Uint8Array(1 << 14);
  const prefix3 = new Uint8Array(1 << 16);
  const addKey = (key: string) => {
    const a = key.charCodeAt(0) & 127;
    const b = key.charCodeAt(1) & 127;
    if (key.length === 1) for (let x = 0; x < 128; x++) prefix2[(a << 7) | x] = 1;
    else if (key.length === 2) prefix2[(a << 7) | b] = 1;
    else prefix3[hash3(a, b, key.charCodeAt(2) & 127)] = 1;
  };
  (function visit(node: TrieNode, key: string) {
    if (key.length === 3 || (key.length > 0 && (node.acc || node.ctx >= 0))) addKey(key);
    if (key.length < 3)
      node.next?.forEach((child, c) => visit(child, key + String.fromCharCode(c)));
  })(root, '');

  /** False when the word at i cannot start a surface or context word. */
  function mayStartHere(text: string, i: number): boolean {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    if (c0 < 128 && c1 < 128 && c2 < 128) {
      const a = ASCII_FOLD[c0]!;
      const b = ASCII_FOLD[c1]!;
      if (prefix2[(a << 7) | b] === 1) return true;
      return prefix3[hash3(a, b, ASCII_FOLD[c2]!)] === 1;
    }
    // NaN (end of text) also lands here.
    if (i > 0 && text.charCodeAt(i - 1) >= 0x80 && afterMojibake(text, i)) return false;
    let f = fold(c0);
    if (f === EXPAND) f = expansions.get(c0)!.charCodeAt(0);
    else if (c0 >= 0xc2 && c0 <= 0xe2 && mojibakeAt(text, i)) f = fold(mojiOut);
    return root.next?.has(f) === true;
  }

  // Walk state, reused (scan is not re-entrant).
  const accNodes: TrieNode[] = [];
  const accEnds: number[] = [];
  let ctxHit = -1;

  /** Trie walk from a word start; fills accNodes/accEnds and ctxHit. */
  function walk(text: string, start: number): void {
    accNodes.length = 0;
    accEnds.length = 0;
    ctxHit = -1;
    const len = text.length;
    let node = root;
    let i = start;
    let lastSpace = false;
    let sUsed = false;
    let lastWordy: boolean;
    outer: while (i < len) {
      let c = text.charCodeAt(i);
      let width = 1;
      if (c >= 0xc2 && c <= 0xe2) {
        const w = mojibakeAt(text, i);
        if (w) {
          width = w;
          c = mojiOut;
        }
      }
      const f = fold(c);
      if (f === SKIP) {
        i += width;
        continue;
      }
      const part = f === EXPAND ? expansions.get(c)! : null;
      const count = part ? part.length : 1;
      for (let p = 0; p < count; p++) {
        const fc = part ? part.charCodeAt(p) : f;
        if (fc === SPACE) {
          if (lastSpace) continue;
          lastSpace = true;
        } else lastSpace = false;
        const child = node.next?.get(fc);
        if (child) {
          node = child;
          sUsed = false;
        } else if (fc === 115 && node.plural && !sUsed) {
          sUsed = true;
        } else break outer;
      }
      i += width;
      lastWordy = f !== SPACE && f !== APOS && (f === EXPAND || isWordCode(c));
      if (node.acc !== null || node.ctx >= 0) {
        let j = i;
        while (j < len && fold(text.charCodeAt(j)) === SKIP && !isJoiner(text.charCodeAt(j))) j++;
        const boundary = !lastWordy || !isWordAt(text, j);
        if (node.acc !== null && boundary && !lastSpace) {
          accNodes.push(node);
          accEnds.push(j);
        }
        if (node.ctx >= 0 && (boundary || node.ctxPrefix) && !sUsed) {
          ctxHit = node.ctx;
        }
      }
    }
  }

  // Built on first use (or warmUp): about as long to build as everything above together.
  const usePrefilter = options.prefilter !== false;
  let prefilter: RegExp | null = null;
  const getPrefilter = (): RegExp | null =>
    usePrefilter ? (prefilter ??= buildPrefilter(root)) : null;

  // Per-scan state (scan is not re-entrant).
  let out: TermMatch[] = [];
  let idx: number[] = [];
  // Context hits in the text: positions and what they are (context word k, or ~term).
  let hitPos: number[] = [];
  let hitWhat: number[] = [];
  let ambiguousCount = 0;

  /** Tries the surfaces and context words starting at word start i; the match end, or -1. */
  function tryAt(text: string, i: number, evidence: ContextEvidence | undefined): number {
    walk(text, i);
    if (ctxHit >= 0) {
      hitPos.push(i);
      hitWhat.push(ctxHit);
      if (evidence) evidence.words[ctxHit]!++;
    }
    for (let a = accNodes.length - 1; a >= 0; a--) {
      const end = accEnds[a]!;
      if (isCodeContext(text, i, end)) continue;
      for (const acc of accNodes[a]!.acc!) {
        if (acc.cs !== null && !verifyCs(text, i, end, acc.cs)) continue;
        const amb = acc.amb || (acc.caps && inShoutedRun(text, i, end, acronyms));
        const m: TermMatch = { term: table.terms[acc.term]!, start: i, end };
        if (amb) {
          m.ambiguous = true;
          ambiguousCount++;
        } else {
          hitPos.push(i);
          hitWhat.push(-1 - acc.term);
          evidence?.terms.add(acc.term);
        }
        out.push(m);
        idx.push(acc.term);
        return end;
      }
    }
    return -1;
  }

  /** Every word start, walked in JavaScript (texts the regular expression does not cover). */
  function scanWords(text: string, evidence: ContextEvidence | undefined): void {
    const len = text.length;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(c)) {
        i++;
        continue;
      }
      if (mayStartHere(text, i)) {
        const end = tryAt(text, i, evidence);
        if (end >= 0) {
          i = end;
          continue;
        }
      }
      i++;
      for (let d = text.charCodeAt(i); i < len; d = text.charCodeAt(++i)) {
        if (d < 128 ? ASCII_WORD[d] === 0 : !isWordCode(d)) break;
      }
    }
  }

  /**
   * Candidates from the combined regular expression (native code from the first call): only
   * word starts where a surface or context word may begin are walked.
   */
  function scanCandidates(re: RegExp, text: string, evidence: ContextEvidence | undefined): void {
    re.lastIndex = 0;
    while (re.test(text)) {
      const i = re.lastIndex;
      // The expression's boundaries read code points; the walk's rules read code units.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const end = (prev < 128 ? ASCII_WORD[prev] === 0 : !isWordCode(prev))
        ? tryAt(text, i, evidence)
        : -1;
      re.lastIndex = end > i ? end : i + 1;
    }
  }

  function scan(text: string, evidence?: ContextEvidence): TermMatch[] {
    const found: TermMatch[] = (out = []);
    const terms = (idx = []);
    const pos = (hitPos = []);
    const what = (hitWhat = []);
    ambiguousCount = 0;
    const re = getPrefilter();
    if (re && !EXOTIC.test(text)) scanCandidates(re, text, evidence);
    else scanWords(text, evidence);
    if (ambiguousCount > 0) markNear(found, terms, pos, what);
    return found;
  }

  function markNear(out: TermMatch[], idx: number[], hitPos: number[], hitWhat: number[]): void {
    let lo = 0;
    for (let m = 0; m < out.length; m++) {
      const match = out[m]!;
      if (!match.ambiguous) continue;
      const t = idx[m]!;
      while (lo < hitPos.length && hitPos[lo]! < match.start - NEAR_WINDOW) lo++;
      let pos = false;
      let anti = false;
      for (let h = lo; h < hitPos.length && hitPos[h]! <= match.end + NEAR_WINDOW; h++) {
        const what = hitWhat[h]!;
        if (what >= 0) {
          if (termAnti[t]!.has(what)) anti = true;
          else if (isPositive(t, what)) pos = true;
        } else if (core[-1 - what] || -1 - what === t) pos = true;
      }
      if (anti) match.near = 'anti';
      else if (pos) match.near = 'context';
    }
  }

  function newEvidence(): ContextEvidence {
    return { words: new Uint32Array(ctxCount), terms: new Set() };
  }

  function isConfirmed(match: TermMatch, evidence: ContextEvidence): boolean {
    if (!match.ambiguous) return true;
    if (match.near === 'anti') return false;
    const t = byId.get(match.term);
    if (t === undefined) return false;
    if (evidence.terms.has(t) || match.near === 'context') return true;
    let pos = 0;
    let anti = 0;
    for (let k = 0; k < ctxCount; k++) {
      if (evidence.words[k] === 0) continue;
      if (termAnti[t]!.has(k)) anti++;
      else if (isPositive(t, k)) pos++;
    }
    for (const u of evidence.terms) if (core[u] && u !== t) pos++;
    return pos >= 2 + 2 * anti;
  }

  function resolve(matches: readonly TermMatch[], evidence: ContextEvidence): TermMatch[] {
    return matches.filter((m) => isConfirmed(m, evidence));
  }

  return {
    scan,
    newEvidence,
    isConfirmed,
    resolve,
    find(text) {
      const ev = newEvidence();
      return resolve(scan(text, ev), ev);
    },
    info: (term) => {
      const t = byId.get(term);
      return t === undefined ? undefined : infos[t];
    },
    terms: infos,
    warmUp() {
      getPrefilter();
    },
  };
}
