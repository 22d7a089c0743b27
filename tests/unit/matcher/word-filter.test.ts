/**
 * The word-start expression only picks the word starts to walk: with it or with a walk at every
 * word start, scan() must give the same matches (and the same context evidence) on any text.
 */
import { describe, expect, it } from 'vitest';
import { ASCII_WORD, isWordCode } from '../../../utils/matcher/fold';
import { createMatcher } from '../../../utils/term-matcher';
import { corpusPassages, table } from './fixtures';

const fast = createMatcher(table);
const slow = createMatcher(table, { wordFilter: false });

/** Asserts both find the same; returns how many matches. */
function same(text: string): number {
  const ea = fast.newEvidence();
  const eb = slow.newEvidence();
  const found = fast.scan(text, ea);
  expect(found).toEqual(slow.scan(text, eb));
  expect([...ea.words]).toEqual([...eb.words]);
  expect([...ea.terms].sort()).toEqual([...eb.terms].sort());
  return found.length;
}

function wordStarts(text: string): number[] {
  const word = (c: number) => (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c));
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (word(text.charCodeAt(i)) && (i === 0 || !word(text.charCodeAt(i - 1)))) out.push(i);
  }
  return out;
}

describe('word-start expression', () => {
  it('finds what the walk at every word start finds on the corpus', () => {
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

  it('agrees on the corpus shouted, hyphenated, double-spaced and with no-break spaces', () => {
    const text = corpusPassages()
      .slice(0, 30)
      .map((p) => p.text)
      .join('\n');
    same(text.toUpperCase());
    same(text.replace(/ /g, ' - '));
    same(text.replace(/ /g, '  '));
    same(text.replace(/ /g, '\u00a0'));
    same(text.replace(/ /g, '-'));
  });

  it('agrees on case, accents, ligatures, spacing, plurals and boundaries', () => {
    for (const text of [
      'Les ÉQUIPES  COMMUNES D’ENQUÊTES et les equipes-communes d\u2019enquete (ECE) ; l’ECE.',
      'Europol, EUROPOL, www.europol.europa.eu, SIS\u00a0II, SISII, SIS-123, CTE-2000, ECE-R44.',
      'Mandats d’arrêt européens, EAWs, œuvre, Œdipe, Straße, ﬁchier, ĳs, Kelvin \u212a.',
      'le RGPD, GDPRhub, 35CJEU, CJEU_, UNECE, ACTE, sursis, Siena, Nato, NATO.',
      'LA FRANCE RENFORCE LE SIS ET LE PNR. police judiciaire, enquêteurs, frontières.',
      '×SIS÷ PNR² «CCPD» Val\u00a0Duchesse val duchesse 2022/915 (UE) 2022/915',
      // A space second or third (runs of spaces and hyphens read as one), keys cut by the end.
      'e-justice, e - justice, e  justice, E-JUSTICE, eu  law, PN',
      'EU',
      'procé, policé, Schengén, ECEs, PNRs, eaws',
      // After a run of spaces, a character outside ASCII anywhere in the rest of the key.
      "equipes  -  co\u0301mmunes d'enquete, Val  -  \u1e0cuchesse, joint   investigation   te\u0323ams",
      'Val \u00a0 Duchesse, mandat   d\u2019arrêt européen, SIS \u00a0II',
    ]) {
      same(text);
    }
  });

  it('agrees on soft hyphens, combining marks and mojibake', () => {
    for (const text of [
      'Do\u00adSIS, Euro\u00adpol, Schen\u200bgen, Eu\u00adropol, E\u00adCE',
      'e\u0301quipes communes d\u2019enque\u0302te',
      'Ã©quipes communes dâ€™enquÃªte, rÃ©pression',
    ]) {
      same(text);
    }
  });

  it('agrees on random mixes of surfaces, accents, spacing, joiners and mojibake', () => {
    // Pieces of real surfaces and context words, cut and glued with what the filters treat
    // apart: characters outside ASCII at each of the first four places, spaces, soft hyphens.
    const pieces = [
      ...table.surfaces.flatMap((s) => s.split('|')).map((s) => s.replace(/^[?=]+/, '')),
      ...table.context.map((w) => w.replace('*', 'ion')),
    ];
    const glue = [
      ' ',
      '  ',
      '-',
      ' - ',
      '\u00a0',
      '\u00ad',
      "'",
      '’',
      '',
      'é',
      'Ã©',
      'ß',
      'œ',
      '\u0301',
      '.',
      '(',
      'ы',
      '中',
    ];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    let found = 0;
    for (let t = 0; t < 1000; t++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        let p = pieces[rnd(pieces.length)]!;
        if (rnd(3) === 0) p = p.toUpperCase();
        const cut = rnd(p.length + 1);
        const how = rnd(4);
        if (how === 0) p = p.slice(0, cut) + glue[rnd(glue.length)]! + p.slice(cut);
        else if (how === 1) p = p.slice(0, cut);
        text += p + glue[rnd(glue.length)]!;
      }
      found += same(text);
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('sends most words of ordinary prose on without a walk', () => {
    const starts = new RegExp(table.trie!.starts, 'g');
    const candidates = (text: string) => {
      const out: number[] = [];
      starts.lastIndex = 0;
      while (starts.test(text)) out.push(starts.lastIndex++);
      return out;
    };
    const prose =
      'The weather was mild on Sunday and many people walked along the river to see the new ' +
      'bridge. Le marché du dimanche attire toujours beaucoup de monde, surtout quand il fait ' +
      'beau. Op zondag gingen veel mensen wandelen langs de rivier om de nieuwe brug te zien.';
    const words = wordStarts(prose);
    expect(words.length).toBeGreaterThan(40);
    expect(candidates(prose).length / words.length).toBeLessThan(0.1);
    // …while every word start of a surface or context word is a candidate.
    const terms = "Europol, le PNR, les équipes communes d'enquête, Val-Duchesse, EAWs, la police";
    const found = new Set(candidates(terms));
    const hits = fast.scan(terms);
    expect(hits.length).toBe(5);
    for (const m of hits) expect(found.has(m.start)).toBe(true);
    expect(found.has(terms.indexOf('police'))).toBe(true);
  });
});
