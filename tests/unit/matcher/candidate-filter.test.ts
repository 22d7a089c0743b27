/**
 * The first stage's candidate filter must be a superset of the matcher: any text where the
 * matcher finds a term (even an ambiguous one) is a candidate, or the page would never load the
 * scanner. And ordinary text without a term is not (else it saves nothing).
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../data/glossary';
import { CANDIDATE_SEP, candidateTester } from '../../../utils/candidate-test';
import { corpusPassages, matcher, table } from './fixtures';

const mayHold = candidateTester(table.candidates!);

function checkSuperset(text: string): void {
  if (matcher.scan(text, matcher.newEvidence()).length > 0) {
    expect(mayHold(text), text.slice(0, 120)).toBe(true);
  }
}

describe('candidate filter', () => {
  it('is built with the table', () => {
    expect(table.candidates?.acronyms.length).toBeGreaterThan(50);
    expect(table.candidates?.words.length).toBeGreaterThan(100);
  });

  it('holds every corpus passage where the matcher finds a term', { timeout: 60_000 }, () => {
    let found = 0;
    for (const p of corpusPassages()) {
      checkSuperset(p.text);
      if (matcher.scan(p.text).length) found++;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('holds every glossary surface, written in other cases, accents, plurals and markup', () => {
    for (const e of glossary) {
      for (const s of [...(e.acronyms ?? []), ...(e.phrases ?? [])]) {
        const variants = [
          `Le ${s} a été cité.`,
          `Les ${s}s.`,
          `${s.toUpperCase()} : titre`,
          s.toLowerCase(),
          s.normalize('NFD'),
          s.replace(/oe/g, 'œ'),
          s.replace(/ /g, '\u00a0'),
          s.replace(/ /g, '-'),
          // Split by inline markup: text nodes joined by the probe's separator.
          s.slice(0, Math.ceil(s.length / 2)) + CANDIDATE_SEP + s.slice(Math.ceil(s.length / 2)),
          `(${s})`,
        ];
        for (const v of variants) checkSuperset(v);
      }
    }
  });

  it('holds texts the matcher reads through soft hyphens and mojibake', () => {
    for (const t of ['la coopé\u00adration Euro\u00adpol', 'le terrorisme et la rÃ©pression']) {
      expect(mayHold(t)).toBe(true);
    }
  });

  it('lets ordinary text without a term through as no candidate', () => {
    for (const t of [
      'Le conseil municipal a voté le budget des écoles et des bibliothèques.',
      'La météo annonce des averses sur le littoral en fin de journée.',
      'The football club signed a new striker on Tuesday after a long negotiation.',
      'De gemeenteraad keurde de begroting voor de scholen goed.',
      'QUELQUE CHOSE DE NEUF DANS LA RUE',
    ]) {
      expect(mayHold(t), t).toBe(false);
    }
  });
});
