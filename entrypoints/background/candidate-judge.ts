/**
 * The first stage's candidate tests (issue 12), run here for every frame: what a text holds that
 * the full matcher could show, from the build-time filters shipped in the matcher table
 * (utils/candidate-test.ts), and the verdict on it with what the frame's earlier chunks held.
 * Compiled on first use, then kept for the worker's life: a renderer compiling these expressions
 * for each frame spent 3–5 ms of the page's main thread on it, more than sending the text here
 * costs.
 */
import { candidates } from '../../data/generated/matcher-table.json';
import {
  HOLDS_ALL,
  candidateBits,
  verdictOf,
  type Candidate,
  type CandidateFilter,
} from '../../utils/candidate-test';

type Test = (text: string) => number;

const testers: { glued?: Test; split?: Test } = {};

export interface Judgement {
  candidate: Candidate;
  /** What the frame's text holds so far: `seen` and this text's (HOLDS_* bits). */
  seen: number;
}

/**
 * `glued`: text read as one string across elements (`textContent`); otherwise text read node by
 * node, with CANDIDATE_SEP between the nodes of one block. `seen`: what the frame's text judged
 * before held (an ambiguous acronym there and a context word here make a core candidate).
 */
export function judgeCandidate(text: string, glued: boolean, seen = 0): Judgement {
  const test = glued
    ? (testers.glued ??= candidateBits(candidates as CandidateFilter, true))
    : (testers.split ??= candidateBits(candidates as CandidateFilter, false));
  const bits = (test(text) | seen) & HOLDS_ALL;
  return { candidate: verdictOf(bits), seen: bits };
}
