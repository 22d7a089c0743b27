import { describe, expect, it } from 'vitest';
import { judgeCandidate } from '../../../../entrypoints/background/candidate-judge';
import { CANDIDATE_SEP } from '../../../../utils/candidate-test';

/** The verdicts the first stage gets for its probed text (the filters: candidate-filter.test.ts). */
describe('judgeCandidate', () => {
  it('tells core terms, common words only and ordinary text apart', () => {
    for (const glued of [true, false]) {
      expect(judgeCandidate("Une équipe commune d'enquête a été créée.", glued)).toBe('core');
      expect(judgeCandidate('Le PNR ferroviaire.', glued)).toBe('core');
      expect(judgeCandidate("L'UE et l'OTAN face au terrorisme.", glued)).toBe('common');
      expect(judgeCandidate('Le conseil municipal a voté le budget des écoles.', glued)).toBe(null);
    }
  });

  it('reads text glued across elements only when told it is glued', () => {
    // « 12 » and « Europol » from two table cells, nothing between them.
    expect(judgeCandidate('Effectifs12Europol2024', true)).toBe('core');
    // Read node by node: a phrase word split by inline markup is whole again…
    expect(judgeCandidate(`Euro${CANDIDATE_SEP}pol`, false)).toBe('core');
    // …and the separator is a word boundary for acronyms.
    expect(judgeCandidate(`Effectifs${CANDIDATE_SEP}PNR`, false)).toBe('core');
    // An acronym glued to a word is no acronym when the nodes are separated.
    expect(judgeCandidate('ECEs', false)).toBe('core');
    expect(judgeCandidate('DECEMBER', false)).toBe(null);
  });
});
