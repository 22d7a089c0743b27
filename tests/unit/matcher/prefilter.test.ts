/**
 * The combined regular expression only picks the word starts to walk: with or without it, scan()
 * must give the same matches (and the same context evidence) on any text.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../utils/term-matcher';
import { corpusPassages, table } from './fixtures';

const fast = createMatcher(table);
const slow = createMatcher(table, { prefilter: false });

function same(text: string): void {
  const ea = fast.newEvidence();
  const eb = slow.newEvidence();
  expect(fast.scan(text, ea)).toEqual(slow.scan(text, eb));
  expect([...ea.words]).toEqual([...eb.words]);
  expect([...ea.terms].sort()).toEqual([...eb.terms].sort());
}

describe('candidate expression', () => {
  it('finds what the word walk finds on the corpus', () => {
    const passages = corpusPassages();
    for (let i = 0; i < passages.length; i += 50) {
      same(
        passages
          .slice(i, i + 50)
          .map((p) => p.text)
          .join('\n'),
      );
    }
  });

  it('agrees on case, accents, ligatures, spacing, plurals and boundaries', () => {
    for (const text of [
      'Les ÉQUIPES  COMMUNES D’ENQUÊTES et les equipes-communes d\u2019enquete (ECE) ; l’ECE.',
      'Europol, EUROPOL, www.europol.europa.eu, SIS\u00a0II, SISII, SIS-123, CTE-2000, ECE-R44.',
      'Mandats d’arrêt européens, EAWs, œuvre, Œdipe, Straße, ﬁchier, ĳs, Kelvin \u212a.',
      'le RGPD, GDPRhub, 35CJEU, CJEU_, UNECE, ACTE, sursis, Siena, Nato, NATO.',
      'LA FRANCE RENFORCE LE SIS ET LE PNR. police judiciaire, enquêteurs, frontières.',
      '×SIS÷ PNR² «CCPD» Val\u00a0Duchesse val duchesse 2022/915 (UE) 2022/915',
    ]) {
      same(text);
    }
  });

  it('falls back to the walk on soft hyphens, combining marks and mojibake', () => {
    for (const text of [
      'Do\u00adSIS, Euro\u00adpol, Schen\u200bgen',
      'e\u0301quipes communes d\u2019enque\u0302te',
      'Ã©quipes communes dâ€™enquÃªte, rÃ©pression',
    ]) {
      same(text);
    }
  });
});
