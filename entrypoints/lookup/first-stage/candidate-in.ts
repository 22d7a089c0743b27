/**
 * The first stage's candidate tests over the build-time filters shipped in the matcher table
 * (utils/candidate-test.ts): 'core', 'common' or null for a text. Each is compiled on its first
 * use (most frames only ever need the glued one).
 */
import { candidates } from '../../../data/generated/matcher-table.json';
import {
  candidateTester,
  type Candidate,
  type CandidateFilter,
} from '../../../utils/candidate-test';

type Test = (text: string) => Candidate;

function lazy(glued: boolean): Test {
  let test: Test | null = null;
  return (text) => (test ??= candidateTester(candidates as CandidateFilter, glued))(text);
}

/** For text read node by node, with CANDIDATE_SEP between the nodes of one block. */
export const candidateIn = lazy(false);
/** For text read as one string across elements (`textContent`). */
export const gluedCandidateIn = lazy(true);
