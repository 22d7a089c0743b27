/**
 * The first stage's candidate filter (issue 12), written at build time from the matcher table:
 * two small regular expressions that match on any text where the full matcher could find a term,
 * and on few others. A frame whose text matches neither never loads the matcher.
 *
 * Superset by construction: every match of the matcher contains, for an acronym, its longest
 * token written as is (case-sensitive) with no ASCII letter or digit glued before it and at most
 * a plural s after it; for a phrase, one of its words once the text is folded (case, accents,
 * ligatures: the matcher's per-character fold is NFD without marks, lowercased). Texts the matcher reads through invisible characters or mojibake are always candidates
 * (`exotic`, the matcher's own EXOTIC class).
 */
import { LIGATURES } from '../utils/matcher/fold';
import { EXOTIC } from '../utils/matcher/prefilter-source';
import type { CandidateFilter } from '../utils/candidate-test';
import type { MatcherTable } from '../utils/term-matcher';

const SYNTAX = /[\\^$.*+?()[\]{}|/-]/g;

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

/**
 * One alternation of `words` as a trie. `whole`: a word may not stop where a longer one goes on
 * (a boundary follows: "EI" and "EIO"); otherwise a word that is a prefix of another ends the
 * match (a substring test: the longer adds nothing).
 */
function trieSource(words: Iterable<string>, char: (c: string) => string, whole = false): string {
  const root: Trie = { next: new Map(), end: false };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const gen = (node: Trie): string => {
    if (node.end && (!whole || !node.next.size)) return '';
    const alts = [...node.next].map(([c, child]) => char(c) + gen(child));
    if (node.end) alts.push('');
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return gen(root);
}

/** The longest token of each case-sensitive surface ("HvJ EU" → HvJ, "MAOC (N)" → MAOC). */
function acronymTokens(table: MatcherTable): Set<string> {
  const out = new Set<string>();
  for (const list of table.surfaces) {
    for (const raw of list.split('|')) {
      const s = raw.replace(/^\?/, '');
      if (!s.startsWith('=')) continue;
      const tokens = s
        .slice(1)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const best = tokens.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (best) out.add(best);
    }
  }
  return out;
}

/**
 * One word per folded phrase: the longest (five letters or more when it has one), less the more phrases share it ("europeen" is in
 * dozens of them, "schengen" in a few), so that common words rarely make a page a candidate.
 */
function phraseWords(table: MatcherTable): Set<string> {
  const phrases: string[][] = [];
  for (const list of table.surfaces) {
    for (const raw of list.split('|')) {
      const s = raw.replace(/^\?/, '');
      if (!s || s.startsWith('=')) continue;
      phrases.push(s.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    }
  }
  const df = new Map<string, number>();
  for (const words of phrases) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const out = new Set<string>();
  for (const words of phrases) {
    let best = '';
    let bestScore = -Infinity;
    for (const w of words) {
      // Short words ("ii", "eu") are inside too many others.
      const score = w.length - 3 * ((df.get(w) ?? 1) - 1) - (w.length < 5 ? 30 : 0);
      if (score > bestScore) {
        best = w;
        bestScore = score;
      }
    }
    if (best) out.add(best);
  }
  return out;
}

export function compileCandidateFilter(table: MatcherTable): CandidateFilter {
  const esc = (c: string) => c.replace(SYNTAX, '\\$&');
  const acronyms = `(?<![A-Za-z0-9])${trieSource(acronymTokens(table), esc, true)}(?:s(?![A-Za-z0-9])|(?![A-Za-z0-9]))`;
  const words = trieSource(phraseWords(table), esc);
  return { acronyms, words, exotic: EXOTIC.source, ligatures: LIGATURES };
}
