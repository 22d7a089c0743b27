/**
 * The first stage's candidate test over the build-time filters shipped in the matcher table
 * (utils/candidate-test.ts): 'core', 'common' or null for a text.
 */
import { candidates } from '../../../data/generated/matcher-table.json';
import { candidateTester, type CandidateFilter } from '../../../utils/candidate-test';

export const candidateIn = candidateTester(candidates as CandidateFilter);
