/**
 * The first stage's candidate tests (issue 12), run here for every frame: whether the full
 * matcher could find a core term in a text, only common ones, or none, from the build-time
 * filters shipped in the matcher table (utils/candidate-test.ts). Compiled on first use, then
 * kept for the worker's life: a renderer compiling these expressions for each frame spent 3–5 ms
 * of the page's main thread on it, more than sending the text here costs.
 */
import { candidates } from '../../data/generated/matcher-table.json';
import { candidateTester, type Candidate, type CandidateFilter } from '../../utils/candidate-test';

type Test = (text: string) => Candidate;

const testers: { glued?: Test; split?: Test } = {};

/**
 * `glued`: text read as one string across elements (`textContent`); otherwise text read node by
 * node, with CANDIDATE_SEP between the nodes of one block.
 */
export function judgeCandidate(text: string, glued: boolean): Candidate {
  const test = glued
    ? (testers.glued ??= candidateTester(candidates as CandidateFilter, true))
    : (testers.split ??= candidateTester(candidates as CandidateFilter, false));
  return test(text);
}
