/**
 * The term matcher: pure, no DOM. The table is compiled at build time from the glossary
 * (data/matcher-table.ts → data/generated/matcher-table.json), its trie built and packed there too
 * (matcher/trie.ts); `createMatcher(table)` only unpacks that trie into typed arrays (no folding,
 * no building) and `scan(text)` runs on page text. Pages' text is matched in the background
 * (utils/match-sessions.ts: one evidence record per frame's scan); the PDF viewer and the build
 * use it directly.
 *
 * ## Using it
 *
 * ```ts
 * const matcher = createMatcher(table);
 * const evidence = matcher.newEvidence();          // one per page (frame)
 * for (const text of texts) {                       // in the page's order
 *   for (const m of matcher.scan(text, evidence)) {
 *     if (!m.ambiguous) show(m);                    // sure: shown now
 *     else pending.push(m);                         // ECE, CTE, SIS, JIT…: needs context
 *   }
 * }
 * // after each batch (evidence only grows), and again at the end of the page:
 * for (const m of pending) if (matcher.isConfirmed(m, evidence)) show(m);
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
 * - Linear time: one small expression built with the trie (matcher/word-filter.ts) finds the word
 *   starts whose first characters may start a surface or context word; at each, a trie walk of
 *   bounded depth (the longest surface) is tried. (Until issue 12 one expression of the whole
 *   trie, 19 KB, ran instead: it cost more to compile on each page than it saved.)
 */

import {
  APOS,
  ASCII_FOLD,
  ASCII_WORD,
  EXPAND,
  SKIP,
  SPACE,
  expansions,
  fold,
  isJoiner,
  isWordAt,
  isWordCode,
  mojiOut,
  mojibakeAt,
} from './matcher/fold';
import { inShoutedRun, isCodeContext, verifyCs } from './matcher/boundaries';
import { createContextRules } from './matcher/context-rules';
import { childOf, loadTrie, packTrie } from './matcher/trie';
import { afterMojibakeTail, wordStartSource } from './matcher/word-filter';
import {
  KINDS,
  salienceAt,
  type ContextEvidence,
  type Matcher,
  type MatcherTable,
  type PackedTrie,
  type TermInfo,
  type TermMatch,
} from './matcher/types';

export { foldSurface } from './matcher/fold';
export { inShoutedRun } from './matcher/boundaries';
export { KINDS, NEAR_WINDOW } from './matcher/types';
export type {
  ContextEvidence,
  MatchKind,
  MatchSalience,
  Matcher,
  MatcherTable,
  PackedTrie,
  TermInfo,
  TermMatch,
} from './matcher/types';

/** The table's trie, packed, and its word-start expression: written at build time into the table. */
export function packedTrieFor(table: MatcherTable): PackedTrie {
  const packed = packTrie(table);
  const { trie } = loadTrie({ ...table, trie: { ...packed, starts: '' } });
  return { ...packed, starts: wordStartSource(trie) };
}

export interface MatcherOptions {
  /**
   * Walk only the word starts whose first characters may start a surface or context word, found
   * by the word-start expression (default). `false` walks the trie at every word start, in
   * JavaScript: the reference for differential tests.
   */
  wordFilter?: boolean;
}

export function createMatcher(table: MatcherTable, options: MatcherOptions = {}): Matcher {
  const { trie, acronyms } = loadTrie(table);
  const infos: TermInfo[] = table.terms.map((id, t) => ({
    id,
    salience: salienceAt(table.meta, t),
    kind: KINDS[table.meta[2 * t + 1] ?? 'a'] ?? 'acronym',
  }));
  const byId = new Map(infos.map((info, t) => [info.id, t]));
  const { markNear, newEvidence, isConfirmed } = createContextRules(table, infos, byId);
  const starts =
    options.wordFilter !== false
      ? new RegExp(table.trie?.starts || wordStartSource(trie), 'g')
      : null;
  const { acc: accOf, ctx: ctxOf, ctxPrefix, plural } = trie;
  // The root's child per ASCII character (−1: none): every walk starts there, and the root has
  // dozens of children to search through. The helpers of the walk have ASCII paths written out
  // below for the same reason: a page's first scan runs before the engine has optimised (and
  // inlined) anything.
  const rootKids = new Int32Array(128).fill(-1);
  for (let k = trie.first[0]!, end = trie.first[1]!; k < end; k++) {
    const l = trie.label.charCodeAt(k);
    if (l < 128) rootKids[l] = k;
  }

  // Walk state, reused (scan is not re-entrant): the accepting nodes passed and where they end.
  const accNodes: number[] = [];
  const accEnds: number[] = [];
  let ctxHit = -1;

  /** Trie walk from a word start; fills accNodes/accEnds and ctxHit. */
  function walk(text: string, start: number): void {
    accNodes.length = 0;
    accEnds.length = 0;
    ctxHit = -1;
    const len = text.length;
    let node = 0;
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
      const f = c < 128 ? ASCII_FOLD[c]! : fold(c);
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
        const child = node === 0 && fc < 128 ? rootKids[fc]! : childOf(trie, node, fc);
        if (child >= 0) {
          node = child;
          sUsed = false;
        } else if (fc === 115 && plural[node] === 1 && !sUsed) {
          sUsed = true;
        } else break outer;
      }
      i += width;
      lastWordy =
        f !== SPACE &&
        f !== APOS &&
        (f === EXPAND || (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)));
      const acc = accOf[node]!;
      const ctx = ctxOf[node]!;
      if (acc !== undefined || ctx >= 0) {
        let j = i;
        // Characters outside ASCII only: no ASCII character folds to nothing.
        for (let d = text.charCodeAt(j); j < len && d >= 128; d = text.charCodeAt(++j)) {
          if (fold(d) !== SKIP || isJoiner(d)) break;
        }
        const after = j < len ? text.charCodeAt(j) : 32;
        const boundary = !lastWordy || !(after < 128 ? ASCII_WORD[after] === 1 : isWordAt(text, j));
        if (acc !== undefined && boundary && !lastSpace) {
          accNodes.push(node);
          accEnds.push(j);
        }
        if (ctx >= 0 && (boundary || ctxPrefix[node] === 1) && !sUsed) {
          ctxHit = ctx;
        }
      }
    }
  }

  // Per-scan state (scan is not re-entrant).
  let out: TermMatch[] = [];
  let idx: number[] = [];
  // Context hits in the text: positions and what they are (context word k, or ~term).
  let hitPos: number[] = [];
  let hitWhat: number[] = [];
  let ambiguousCount = 0;
  // scan()'s lists other than its result, emptied and reused (a page makes thousands of calls,
  // most of them on short texts).
  const idxBuf: number[] = [];
  const posBuf: number[] = [];
  const whatBuf: number[] = [];

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
      for (const acc of accOf[accNodes[a]!]!) {
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

  /** Every word start, walked in JavaScript (the reference: no expression, no filter). */
  function scanWords(text: string, evidence: ContextEvidence | undefined): void {
    const len = text.length;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(c)) {
        i++;
        continue;
      }
      // A word starting with an invisible character or a combining mark is not walked (the
      // filter's rule: its first character folds to nothing).
      if (fold(c) !== SKIP && !afterMojibakeTail(text, i)) {
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
   * The word starts the expression finds (native code from the first call: most of a page's
   * characters are passed over there), then the walk.
   */
  function scanStarts(re: RegExp, text: string, evidence: ContextEvidence | undefined): void {
    let p = 0;
    for (;;) {
      re.lastIndex = p;
      if (!re.test(text)) return;
      const i = re.lastIndex;
      // The expression's boundary reads ASCII only; the walk's rules read every code unit.
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const c = text.charCodeAt(i);
      const end =
        (prev < 128 ? ASCII_WORD[prev] === 0 : !isWordCode(prev)) &&
        (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) &&
        !afterMojibakeTail(text, i)
          ? tryAt(text, i, evidence)
          : -1;
      p = end > i ? end : i + 1;
    }
  }

  function scan(text: string, evidence?: ContextEvidence): TermMatch[] {
    const found: TermMatch[] = (out = []);
    const terms = (idx = idxBuf);
    const pos = (hitPos = posBuf);
    const what = (hitWhat = whatBuf);
    terms.length = 0;
    pos.length = 0;
    what.length = 0;
    ambiguousCount = 0;
    if (starts) scanStarts(starts, text, evidence);
    else scanWords(text, evidence);
    if (ambiguousCount > 0) markNear(found, terms, pos, what);
    return found;
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
  };
}
