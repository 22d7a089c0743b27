/**
 * The first stage's candidate test (issue 12), from the build-time filters
 * (data/candidate-filter.ts): what a text holds that the full matcher could show (HOLDS_* bits,
 * added up over a frame's chunks), and from them a verdict: 'core' where it could show a core
 * term, 'common' where it could find only common ones (UE, NATO, terrorisme…), null where it
 * could show none. Text nodes are joined with CANDIDATE_SEP: a word boundary for acronyms,
 * removed for phrase words (a word split by inline markup is whole again).
 */

/** Regular expression sources for one salience group. */
export interface CandidateGroup {
  /** Case-sensitive acronyms, on the raw text. */
  acronyms: string;
  /** Phrase words and word pairs, on the folded text. */
  words: string;
}

export interface CandidateFilter {
  /** Core terms but the acronyms of `ambiguous`. */
  core: CandidateGroup;
  /**
   * Core acronyms with other senses (ECE, JIT, SIS…), which the matcher shows only where the
   * page's context supports them, and the context words that may (on the folded text, before
   * its words are separated, anywhere): `support` for all of them, each term's own in `terms`.
   */
  ambiguous: {
    support: string;
    /** Case-sensitive, on the raw text, as `core.acronyms`. */
    terms: { acronyms: string; support: string }[];
  };
  common: CandidateGroup;
  /** Texts the filters cannot judge (combining marks, mojibake): always core candidates. */
  exotic: string;
  ligatures: Record<string, string>;
}

export type Candidate = 'core' | 'common' | null;

/*
 * What a text holds, as bits: a frame's chunks add theirs up, since the matcher confirms an
 * ambiguous acronym with context found anywhere on the page (utils/matcher/context-rules.ts).
 */
/** A core term the matcher may show on its own (or a text the filters cannot judge). */
export const HOLDS_CORE = 1;
/** A common term (UE, NATO, terrorisme…): it may support any ambiguous acronym, too. */
export const HOLDS_COMMON = 2;
/** A context word that may confirm any ambiguous acronym (enquête, police, Europol…). */
export const HOLDS_SUPPORT = 4;
/** The `j`th ambiguous term's acronym (CandidateFilter.ambiguous.terms). */
export const holdsAmbiguous = (j: number): number => 1 << (3 + 2 * j);
/** A context word of the `j`th ambiguous term's own (passagers for the PNR…). */
export const holdsOwnSupport = (j: number): number => 1 << (4 + 2 * j);
/** Ambiguous terms the bits have room for (31 bits: a small integer everywhere). */
export const MAX_AMBIGUOUS_TERMS = 14;
export const HOLDS_ALL = 0x7fffffff;

/** The verdict on what a frame's text holds (the bits of all its chunks so far). */
export function verdictOf(bits: number): Candidate {
  if (bits & HOLDS_CORE) return 'core';
  for (let j = 0; j < MAX_AMBIGUOUS_TERMS; j++) {
    if (bits & holdsAmbiguous(j) && bits & (HOLDS_COMMON | HOLDS_SUPPORT | holdsOwnSupport(j))) {
      return 'core';
    }
  }
  return bits & HOLDS_COMMON ? 'common' : null;
}

/**
 * The longest text one `probeText` message carries: the probe sends a frame's text in chunks of
 * PROBE_CHUNK characters, each after the last PROBE_CARRY of the one before (a term cut by a
 * chunk's end is whole in the next).
 */
export const PROBE_CHUNK = 32_768;
export const PROBE_CARRY = 64;
export const MAX_PROBE_TEXT = PROBE_CHUNK + PROBE_CARRY;

/** Between text nodes in the probe's text. */
export const CANDIDATE_SEP = '\u0001';

/**
 * The assertions around each filter's alternation (data/candidate-filter.ts writes them, the
 * glued tester below takes them off): an acronym with no ASCII letter or digit glued before it
 * and at most a plural s after it; a phrase at a word start.
 */
export const ACRONYM_BEFORE = '(?<![A-Za-z0-9])';
export const ACRONYM_AFTER = '(?:s(?![A-Za-z0-9])|(?![A-Za-z0-9]))';
export const WORD_BEFORE = '(?<![a-z0-9])';
/**
 * On glued text (`Node.textContent`: text nodes joined with nothing between them, so the text of
 * one table cell runs into the next: « 0Europol1 »), an acronym only needs no capital letter
 * glued on either side (« EUROPE » is not « EU »), and a phrase may start anywhere.
 */
const GLUED_BEFORE = '(?<![A-Z])';
const GLUED_AFTER = '(?![A-Z])';
/** A group with no surface. */
export const NOTHING = '(?!)';

/**
 * Phrase words are made of `\w`: each run of anything else becomes one space, and a plural s
 * (`candidateWord`: an s that ends a word of two letters or more) goes with the run after it.
 * One pass for both, and a lone space (most separators) is left in place rather than replaced
 * by itself: the two replacements were a third of a 32k-character chunk's test (issue 12).
 */
const SEPARATOR = /\Bs(?:\W+|$)|\W{2,}|[^\w ]/g;

/** Folded text as the phrases are written: words of `\w` one space apart, no final s. */
export function separateWords(folded: string): string {
  return folded.replace(SEPARATOR, ' ');
}

/** Invisible characters the matcher steps over inside words (soft hyphen, zero-width). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function unwrap(source: string, before: string, after = ''): string {
  // An empty group (no surface of that kind) matches nothing either way.
  if (source === NOTHING) return source;
  if (!source.startsWith(before) || !source.endsWith(after)) {
    throw new Error('candidate filter: unexpected expression');
  }
  return source.slice(before.length, source.length - after.length);
}

/** The same group for glued text (see GLUED_BEFORE). */
function gluedGroup(g: CandidateGroup): CandidateGroup {
  return {
    acronyms: GLUED_BEFORE + unwrap(g.acronyms, ACRONYM_BEFORE, ACRONYM_AFTER) + GLUED_AFTER,
    words: unwrap(g.words, WORD_BEFORE),
  };
}

/**
 * What a text holds (HOLDS_* bits). `glued`: for text read as one string across elements
 * (`textContent`), where nothing separates the text of two blocks. Looser, so still a superset
 * of what the matcher finds in each of the scanner's segments (each is a run of that string):
 * only an acronym glued to a capital letter of the next block (« FRPNR ») is missed.
 */
export function candidateBits(f: CandidateFilter, glued = false): (text: string) => number {
  const compile = (raw: CandidateGroup) => {
    const g = glued ? gluedGroup(raw) : raw;
    return { acronyms: new RegExp(g.acronyms), words: new RegExp(g.words) };
  };
  const core = compile(f.core);
  const common = compile(f.common);
  const support = new RegExp(f.ambiguous.support);
  const ambiguous = f.ambiguous.terms.map((t) => ({
    acronyms: compile({ acronyms: t.acronyms, words: NOTHING }).acronyms,
    support: new RegExp(t.support),
  }));
  const exotic = new RegExp(f.exotic);
  const ligatures = new RegExp(`[${Object.keys(f.ligatures).join('')}]`, 'g');
  // NFD's marks; the rarer combining blocks are `exotic` (always a candidate).
  const marks = /[\u0300-\u036f]+/g;
  const seps = new RegExp(CANDIDATE_SEP, 'g');
  return (raw) => {
    if (exotic.test(raw)) return HOLDS_CORE;
    const text = raw.replace(INVISIBLE, CANDIDATE_SEP);
    if (core.acronyms.test(text)) return HOLDS_CORE;
    // Folded as the matcher folds (without keeping offsets): lowercase, no accents, no ligatures;
    // then as the phrases are written (data/candidate-filter.ts): each run of other characters
    // one space, no final s.
    const lower = text
      .replace(seps, '')
      .toLowerCase()
      .normalize('NFD')
      .replace(marks, '')
      .replace(ligatures, (c) => f.ligatures[c] ?? c);
    const folded = separateWords(lower);
    if (core.words.test(folded)) return HOLDS_CORE;
    let bits = 0;
    // Any common term may support an ambiguous acronym (terrorisme, RGPD do): counted as such.
    if (common.acronyms.test(text) || common.words.test(folded)) bits |= HOLDS_COMMON;
    else if (support.test(lower)) bits |= HOLDS_SUPPORT;
    ambiguous.forEach((a, j) => {
      if (a.acronyms.test(text)) bits |= holdsAmbiguous(j);
      if (a.support.test(lower)) bits |= holdsOwnSupport(j);
    });
    return bits;
  };
}

/** The verdict on one text taken as a whole frame's (see candidateBits). */
export function candidateTester(f: CandidateFilter, glued = false): (text: string) => Candidate {
  const bits = candidateBits(f, glued);
  return (text) => verdictOf(bits(text));
}
