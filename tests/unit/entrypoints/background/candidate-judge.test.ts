import { describe, expect, it } from 'vitest';
import { judgeCandidate } from '../../../../entrypoints/background/candidate-judge';
import { CANDIDATE_SEP, HOLDS_CORE, HOLDS_SUPPORT } from '../../../../utils/candidate-test';

const verdict = (text: string, glued: boolean, seen?: number) =>
  judgeCandidate(text, glued, seen).candidate;

/** The verdicts the first stage gets for its probed text (the filters: candidate-filter.test.ts). */
describe('judgeCandidate', () => {
  it('tells core terms, common words only and ordinary text apart', () => {
    for (const glued of [true, false]) {
      expect(verdict("Une équipe commune d'enquête a été créée.", glued)).toBe('core');
      expect(verdict('Le PNR ferroviaire.', glued)).toBe('core');
      expect(verdict('Le PNR des voyageurs.', glued)).toBe('core');
      expect(verdict("L'UE et l'OTAN face au terrorisme.", glued)).toBe('common');
      expect(verdict('Le conseil municipal a voté le budget des écoles.', glued)).toBe(null);
    }
  });

  it('adds what the frame held before: an acronym with other senses and its context apart', () => {
    for (const glued of [true, false]) {
      const acronym = judgeCandidate('Le PNR a été cité.', glued);
      expect(acronym.candidate).toBe(null);
      const context = judgeCandidate('Une enquête de police.', glued);
      expect(context).toEqual({ candidate: null, seen: HOLDS_SUPPORT });
      expect(verdict('Une enquête de police.', glued, acronym.seen)).toBe('core');
      expect(verdict('Le PNR a été cité.', glued, context.seen)).toBe('core');
      // What was held is kept, and a core term decides alone.
      const both = judgeCandidate('La météo.', glued, acronym.seen | context.seen);
      expect(both).toEqual({ candidate: 'core', seen: acronym.seen | context.seen });
      expect(judgeCandidate('Europol.', glued, 0)).toEqual({ candidate: 'core', seen: HOLDS_CORE });
    }
  });

  it('reads text glued across elements only when told it is glued', () => {
    // « 12 » and « Europol » from two table cells, nothing between them.
    expect(verdict('Effectifs12Europol2024', true)).toBe('core');
    // Read node by node: a phrase word split by inline markup is whole again…
    expect(verdict(`Euro${CANDIDATE_SEP}pol`, false)).toBe('core');
    // …and the separator is a word boundary for acronyms.
    expect(verdict(`Voyageurs${CANDIDATE_SEP}PNR`, false)).toBe('core');
    // An acronym glued to a word is no acronym when the nodes are separated.
    expect(verdict('Enquête ECEs', false)).toBe('core');
    expect(verdict('Enquête DECEMBER', false)).toBe(null);
  });
});
