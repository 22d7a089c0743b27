/**
 * The first stage's candidate filters (issue 12), written at build time from the matcher table:
 * small regular expressions that match on any text where the full matcher could find a term,
 * and on few others. One pair for the core terms (what the page marks by default), one for the
 * common ones (UE, NATO, terrorisme…: recognised, unmarked unless the user asks). A frame whose
 * text matches neither never loads the matcher; one with common words only loads it when the
 * settings mark them, or when the reader points at one (first-stage/lazy-lookup.ts).
 *
 * Superset by construction: every match of the matcher contains, for an acronym, its tokens
 * written as is (case-sensitive) with no ASCII letter or digit glued before it and at most a
 * plural s after it; for a phrase, its words in order once the text is folded (case, accents,
 * ligatures: the matcher's per-character fold is NFD without marks, lowercased), separated by
 * anything but letters and digits. Invisible characters (soft hyphen,
 * zero-width) are separators for the filter (utils/candidate-test.ts); texts with combining marks
 * or UTF-8 read as Windows-1252 are always candidates (`exotic`).
 *
 * Core acronyms with other senses (written with '?' in the table: ECE, JIT, SIS, CTE…) have an
 * expression of their own: the matcher shows one only where the page's context supports it
 * (utils/matcher/context-rules.ts), so a frame whose text holds one and nothing that could
 * support it (`support`: any context word that may confirm one, or any term) does not load the
 * second stage either: it would find them and show nothing (a Ruby blog's « JIT », a Spanish
 * page's « SIS »). The first stage adds up what its chunks hold (utils/candidate-test.ts).
 */
import { LIGATURES } from '../utils/matcher/fold';
import { salienceAt } from '../utils/matcher/types';
import {
  ACRONYM_AFTER,
  ACRONYM_BEFORE,
  MAX_AMBIGUOUS_TERMS,
  NOTHING,
  WORD_BEFORE,
  type CandidateFilter,
  type CandidateGroup,
} from '../utils/candidate-test';
import type { MatcherTable } from '../utils/term-matcher';

const SYNTAX = /[\\^$.*+?()[\]{}|/-]/g;
const esc = (s: string) => s.replace(SYNTAX, '\\$&');
const tokens = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Combining marks of the Latin script, and UTF-8 read as Windows-1252: the matcher reads through
 * them, the filter's plain expressions would not.
 */
export const CANDIDATE_EXOTIC =
  '[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]' +
  '|[\\u00c2-\\u00c5\\u00e2][\\x80-\\xbf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';

interface Trie {
  next: Map<string, Trie>;
  /** Where a word ends: what may follow it (none: nothing needs to). */
  end?: string[];
}

/**
 * One alternation of words as a trie; each word may carry a source that must follow it.
 * `whole`: a word may not stop where a longer one goes on (a boundary follows: "EI" and "EIO");
 * otherwise a word that is a prefix of another, with nothing to follow, ends the match (a
 * substring test: the longer adds nothing).
 */
function trieSource(words: Iterable<[string, string]>, whole = false): string {
  const root: Trie = { next: new Map() };
  for (const [w, then] of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    // Nothing to follow beats something to follow.
    node.end =
      node.end?.length === 0 || then === '' ? [] : [...new Set([...(node.end ?? []), then])];
  }
  const gen = (node: Trie): string => {
    if (node.end?.length === 0 && (!whole || !node.next.size)) return '';
    const alts = [...node.next].map(([c, child]) => esc(c) + gen(child));
    if (node.end) alts.push(...(node.end.length ? node.end : ['']));
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return root.next.size ? gen(root) : NOTHING;
}

const plain = (words: Iterable<string>): [string, string][] => [...words].map((w) => [w, '']);

/** The table's surfaces of core (`core` true) or common terms, without the context mark. */
function surfacesOf(table: MatcherTable, core: boolean): string[] {
  const out: string[] = [];
  table.surfaces.forEach((list, i) => {
    if ((salienceAt(table.meta, i) === 'core') !== core) return;
    for (const raw of list.split('|')) out.push(raw.replace(/^\?/, ''));
  });
  return out;
}

/** A one-token acronym surface's token, or null ('=' marks an acronym). */
function singleToken(surface: string): string | null {
  if (!surface.startsWith('=')) return null;
  const t = tokens(surface.slice(1));
  return t.length === 1 ? t[0]! : null;
}

/**
 * The core acronyms with other senses: one-token surfaces written with the context mark, unless
 * the same token is a surface without it (of any core term), by term (table index).
 */
function ambiguousAcronyms(table: MatcherTable): Map<number, Set<string>> {
  const sure = new Set<string>();
  const marked = new Map<number, Set<string>>();
  table.surfaces.forEach((list, i) => {
    if (salienceAt(table.meta, i) !== 'core') return;
    for (const raw of list.split('|')) {
      const token = singleToken(raw.replace(/^\?/, ''));
      if (token === null) continue;
      if (!raw.startsWith('?')) sure.add(token);
      else if (marked.has(i)) marked.get(i)!.add(token);
      else marked.set(i, new Set([token]));
    }
  });
  for (const [i, set] of marked) {
    for (const token of set) if (sure.has(token)) set.delete(token);
    if (!set.size) marked.delete(i);
  }
  return marked;
}

/** Joins the words of a context word in the support expression (see supportSource). */
const GAP = '[^a-z0-9]*';

/**
 * Context words (table indices) as the support test reads them: on the folded text (lowercase,
 * no accents or ligatures) before its words are separated, anywhere (no boundary: text read
 * with `textContent` may run into the next block's), a word written with '*' as its stem, the
 * words of a multi-word one with anything or nothing between them. A superset of where the
 * matcher finds them.
 */
function supportSource(table: MatcherTable, indices: Iterable<number>): string {
  const words = new Set<string>();
  for (const k of indices) {
    const w = table.context[k];
    if (w === undefined) throw new Error(`candidate filter: no context word ${k}`);
    const parts = tokens(w);
    if (parts.some((p) => /[^a-z0-9]/.test(p))) {
      throw new Error(`candidate filter: context word "${w}" is not folded to ASCII`);
    }
    if (parts.length) words.add(parts.join(' '));
  }
  // trieSource leaves spaces as they are: each is a gap.
  return trieSource(plain(words)).replaceAll(' ', GAP);
}

/** A term's own context words that confirm it (utils/matcher/context-rules.ts), not the shared. */
function ownPositives(table: MatcherTable, term: number): number[] {
  const [pos = ''] = (table.termContext[term] ?? '').split(';');
  return pos
    .split(',')
    .filter(Boolean)
    .map(Number)
    .filter((k) => k >= table.general);
}

/**
 * Case-sensitive surfaces: a one-token acronym as a trie; one of several tokens ("Plan R",
 * "DG EPI", "HvJ EU") as all of them in order, since its longest token alone ("Plan") would be
 * an ordinary capitalised word.
 */
function acronymSource(surfaces: string[], leaveOut: ReadonlySet<string> = new Set()): string {
  const single = new Set<string>();
  const multi = new Set<string>();
  for (const s of surfaces) {
    if (!s.startsWith('=')) continue;
    const t = tokens(s.slice(1));
    if (t.length === 1) {
      if (!leaveOut.has(t[0]!)) single.add(t[0]!);
    } else if (t.length > 1) multi.add(t.map(esc).join('[^A-Za-z0-9]*'));
  }
  const alts = [...multi];
  if (single.size) alts.unshift(trieSource(plain(single), true));
  if (!alts.length) return NOTHING;
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  return `${ACRONYM_BEFORE}${body}${ACRONYM_AFTER}`;
}

/**
 * A phrase word as the tester reads it: without one final s. The tester folds each run of
 * anything but ASCII letters, digits and '_' (spaces, hyphens, apostrophes, brackets) to one
 * space and drops one s at the end of every word (utils/candidate-test.ts), so a phrase is one
 * fixed string: its words joined by one space. Where the matcher finds the phrase, the text has
 * its words in order, each maybe followed by a plural s, with at least one separator between
 * them (the folded surface has one): the folded text has the string. No quantifier: a fresh
 * renderer compiles the 400 `s?\W*` of the former gaps in 3–22 ms on every page, this in ~1 ms.
 */
export function candidateWord(w: string): string {
  return w.length > 1 ? w.replace(/s$/, '') : w;
}

/**
 * A long phrase is tested by its first words, up to the first word end at or after this many
 * characters (« european travel information » for the ETIAS's full name): any prefix of a phrase
 * keeps the filter a superset, a prefix this long is as rare in ordinary text as the whole (no
 * page of ../shared/pages or the fixtures changes verdict), and the expression every frame
 * compiles is a quarter shorter (5.1 → 3.8 kB for the core terms).
 */
const PHRASE_PREFIX_CHARS = 18;

/**
 * Folded phrases, each as its words in order (candidateWord; a long one as its first words, see
 * PHRASE_PREFIX_CHARS), one space between them: a phrase is far rarer in ordinary text than any
 * word of it (« european court of justice » beside « european »). Phrases begin at a word start
 * (the matcher starts them there only).
 */
function phraseSource(surfaces: string[]): string {
  const phrases: [string, string][] = [];
  for (const s of surfaces) {
    if (!s || s.startsWith('=')) continue;
    // Marks and joiners fold to nothing in the matcher: two words would be glued there.
    if (/[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]/u.test(s)) {
      throw new Error(`candidate filter: "${s}" is not folded`);
    }
    const words = tokens(s);
    // The tester's fold turns anything else into a space: a phrase word must survive it.
    const bad = words.find((w) => /\W/.test(w));
    if (bad) throw new Error(`candidate filter: "${bad}" (in "${s}") is not folded to ASCII`);
    const [first, ...rest] = words.map(candidateWord);
    if (!first) continue;
    let then = '';
    for (let i = 0, len = first.length; i < rest.length && len < PHRASE_PREFIX_CHARS; i++) {
      then += ' ' + esc(rest[i]!);
      len += 1 + rest[i]!.length;
    }
    phrases.push([first, then]);
  }
  return phrases.length ? `${WORD_BEFORE}${trieSource(phrases)}` : NOTHING;
}

function groupSources(
  table: MatcherTable,
  core: boolean,
  leaveOut?: ReadonlySet<string>,
): CandidateGroup {
  const surfaces = surfacesOf(table, core);
  return { acronyms: acronymSource(surfaces, leaveOut), words: phraseSource(surfaces) };
}

export function compileCandidateFilter(table: MatcherTable): CandidateFilter {
  const ambiguous = ambiguousAcronyms(table);
  if (ambiguous.size > MAX_AMBIGUOUS_TERMS) {
    throw new Error(`candidate filter: more than ${MAX_AMBIGUOUS_TERMS} ambiguous terms`);
  }
  const leaveOut = new Set([...ambiguous.values()].flatMap((set) => [...set]));
  const shared = Array.from({ length: table.general }, (_, k) => k);
  return {
    core: groupSources(table, true, leaveOut),
    ambiguous: {
      support: supportSource(table, shared),
      terms: [...ambiguous].map(([term, set]) => ({
        acronyms: acronymSource([...set].map((t) => `=${t}`)),
        support: supportSource(table, ownPositives(table, term)),
      })),
    },
    common: groupSources(table, false),
    exotic: CANDIDATE_EXOTIC,
    ligatures: LIGATURES,
  };
}
