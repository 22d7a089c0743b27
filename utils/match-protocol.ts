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

export interface MatchTextsReply {
  ok: true;
  /** Per text sent, its matches as MATCH_FIELDS numbers each. */
  matches: number[][];
  /** Pending ids (from this reply or earlier ones) that the session's context now confirms. */
  confirmed: number[];
  /** Milliseconds spent matching (the benchmark build only). */
  ms?: number;
}
