/**
 * The `matchTexts` exchange between the second stage and the background (issue 12): its limits
 * and its answer. No imports, so the page side takes only these few constants.
 */

/** Four numbers per match: term index (in the table), start, end, pending id (−1: none). */
export const MATCH_FIELDS = 4;
/** The longest text of a request (the scanner's chunks are shorter). */
export const MAX_MATCH_TEXT = 16_384;
/** Texts in one request, at most. */
export const MAX_MATCH_TEXTS = 1024;
/** Characters in one request, at most. */
export const MAX_MATCH_BATCH = 262_144;

/** Pending matches a session keeps, and a page sends back to restore one (id and term each). */
export const MAX_PENDING = 20_000;
/** Entries of a session's context (context words and terms seen): the table has a few hundred. */
export const MAX_CONTEXT = 1024;

export interface MatchTextsReply {
  ok: true;
  /** Per text sent, its matches as MATCH_FIELDS numbers each. */
  matches: number[][];
  /** Pending ids (from this reply or earlier ones) that the session's context now confirms. */
  confirmed: number[];
  /**
   * The session was made by this request: a page's first, or the worker was stopped since the
   * page's last one (it keeps its sessions in memory only) and the page's context is gone.
   */
  fresh?: true;
  /**
   * What the session's context holds now, when this request added to it: the context words seen
   * (their indices) and the terms seen unambiguously (−1 − their index). The page keeps the
   * latest, to give it back if the worker loses the session (`MatchRestore`).
   */
  context?: number[];
  /** Milliseconds spent matching (the benchmark build only). */
  ms?: number;
}

/**
 * What a page sends back when a reply says `fresh` though the page had sent text before: the
 * lost session's context (its latest `context`) and the matches still waiting for it, as pairs
 * of pending id and term index. The rebuilt session then decides them as the lost one would.
 */
export interface MatchRestore {
  context: number[];
  pending: number[];
}
