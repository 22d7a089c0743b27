/**
 * The first stage's candidate filters must be a superset of the matcher: any text where the
 * matcher finds a core term holds one (or, for an acronym with other senses, that acronym), any
 * text whose own context makes the matcher show a core term is a core candidate, any text where
 * it finds only common terms is at least a common one, and what a page's chunks hold adds up to
 * a core candidate wherever the matcher shows a core term on that page: or the page would never
 * load the scanner. And ordinary text without a term is not a candidate (else it saves nothing),
 * nor is an acronym with other senses on a page with nothing to support it.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../data/glossary';
import {
  CANDIDATE_SEP,
  HOLDS_CORE,
  MAX_AMBIGUOUS_TERMS,
  candidateBits,
  candidateTester,
  holdsAmbiguous,
  separateWords,
  verdictOf,
} from '../../../utils/candidate-test';
import type { TermMatch } from '../../../utils/matcher/types';
import { corpusPassages, matcher, table } from './fixtures';

const test = candidateTester(table.candidates!);
const glued = candidateTester(table.candidates!, true);
const bitsOf = candidateBits(table.candidates!);
const gluedBitsOf = candidateBits(table.candidates!, true);

let AMBIGUOUS_ANY = 0;
for (let j = 0; j < MAX_AMBIGUOUS_TERMS; j++) AMBIGUOUS_ANY |= holdsAmbiguous(j);

const isCore = (m: TermMatch) => matcher.info(m.term)?.salience === 'core';

/** What the matcher shows of texts read in order as one page's (its scan session's evidence). */
function shownOnPage(...texts: string[]): TermMatch[] {
  const ev = matcher.newEvidence();
  const all = texts.flatMap((t) => matcher.scan(t, ev));
  return matcher.resolve(all, ev);
}

/** `around`: the text as the probe reads it (`text` with what ran into it). */
function checkSuperset(text: string, bits = bitsOf, around = text): void {
  const found = matcher.scan(text, matcher.newEvidence());
  if (!found.length) return;
  const held = bits(around);
  const what = around.slice(0, 120);
  if (found.some(isCore)) expect(held & (HOLDS_CORE | AMBIGUOUS_ANY), what).not.toBe(0);
  if (shownOnPage(text).some(isCore)) expect(verdictOf(held), what).toBe('core');
  else if (found.some((m) => !isCore(m))) expect(verdictOf(held), what).not.toBe(null);
}

/** Ordinary text without a term: no candidate for either test (else the filter saves nothing). */
const NO_TERM = [
  'Le conseil municipal a voté le budget des écoles et des bibliothèques.',
  'La météo annonce des averses sur le littoral en fin de journée.',
  'The football club signed a new striker on Tuesday after a long negotiation.',
  'De gemeenteraad keurde de begroting voor de scholen goed.',
  'QUELQUE CHOSE DE NEUF DANS LA RUE',
  // Words of core phrases, not the phrases: « European » and « court », a « plan ».
  'The European Court of Human Rights and the national security plan for April.',
  'Plan de relance : la coopération entre les ministères de la justice et de la police.',
];

/**
 * The glued test reads a segment's text as part of `textContent`: whatever text ran into it from
 * the elements before and after (a table cell's number, a word with no space).
 */
function checkGluedSuperset(text: string): void {
  for (const around of [
    text,
    `12${text}34`,
    `mot${text}suite`,
    `Titre.${text}`,
    `${CANDIDATE_SEP}${text}${CANDIDATE_SEP}`,
  ]) {
    checkSuperset(text, gluedBitsOf, around);
  }
}

describe('candidate filter', () => {
  it('is built with the table, one pair of expressions per salience', () => {
    const c = table.candidates!;
    expect(c.core.acronyms.length).toBeGreaterThan(50);
    expect(c.core.words.length).toBeGreaterThan(1000);
    const common = new RegExp(c.common.acronyms);
    const core = new RegExp(c.core.acronyms);
    const ambiguous = c.ambiguous.terms.map((t) => new RegExp(t.acronyms));
    const acronyms = ['NATO', 'UE', 'GDPR', 'PNR', 'SIS', 'CCPD', 'JIT'];
    expect(acronyms.map((a) => common.test(a))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    // Acronyms with other senses have expressions of their own, one per term (ECE and JIT).
    expect(acronyms.map((a) => core.test(a))).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(acronyms.map((a) => ambiguous.filter((r) => r.test(a)).length)).toEqual([
      0, 0, 0, 1, 1, 0, 1,
    ]);
    expect(ambiguous.find((r) => r.test('ECE'))?.test('JIT')).toBe(true);
    expect(c.ambiguous.terms.length).toBeLessThanOrEqual(MAX_AMBIGUOUS_TERMS);
  });

  it('tests context words anywhere in the folded text, multi-word ones across any gap', () => {
    const support = new RegExp(table.candidates!.ambiguous.support);
    expect(
      ['enquetes', 'la police', 'law-enforcement', 'lawenforcement', 'eurojust2023'].map((t) =>
        support.test(t),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(['law', 'conseil municipal', 'meteo'].map((t) => support.test(t))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('writes phrases as fixed strings: no quantifier to compile on every page', () => {
    for (const g of [table.candidates!.core, table.candidates!.common]) {
      const body = g.words.replace(/\(\?<!|\(\?:/g, '');
      expect(body).not.toMatch(/[?*+{]/);
    }
    // Words as the tester reads them: one space between, no final s.
    const words = new RegExp(table.candidates!.core.words);
    expect(
      ['equipe commune d enquete', 'equipes communes', 'equipe-commune'].map((t) => words.test(t)),
    ).toEqual([true, false, false]);
    expect(test('Deux équipes communes d’enquête (ECE) ont été créées.')).toBe('core');
    expect(test('des équipes,\n  communes d’enquêtes')).toBe('core');
    expect(test('Une équipe commune et une enquête.')).toBe(null);
  });

  it('writes a long phrase as its first words, a short one whole', () => {
    const words = new RegExp(table.candidates!.core.words);
    // « European Travel Information and Authorisation System »: its first three words.
    expect(table.candidates!.core.words).not.toContain('authori');
    expect(words.test('the european travel information')).toBe(true);
    expect(words.test('the european travel')).toBe(false);
    expect(test('European Travel Information and Authorisation System')).toBe('core');
    expect(test('European travel and information for holidaymakers')).toBe(null);
  });

  it('holds every corpus passage where the matcher finds a term', { timeout: 60_000 }, () => {
    let found = 0;
    for (const p of corpusPassages()) {
      checkSuperset(p.text);
      checkGluedSuperset(p.text);
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
          s.replace(/ /g, '\n      '),
          s.replace(/ /g, '-'),
          s.replace(/'/g, '’'),
          s.replace(/ /g, ' \u00ad'),
          // Split by inline markup: text nodes joined by the probe's separator.
          s.slice(0, Math.ceil(s.length / 2)) + CANDIDATE_SEP + s.slice(Math.ceil(s.length / 2)),
          s.replace(/ /g, ' ' + CANDIDATE_SEP),
          `(${s})`,
        ];
        for (const v of variants) {
          checkSuperset(v);
          checkGluedSuperset(v);
        }
      }
    }
  });

  it('holds texts the matcher reads through soft hyphens and mojibake', () => {
    expect(test('la coopé\u00adration avec Euro\u00adpol')).toBe('core');
    expect(test('le mandat d’arrÃªt europÃ©en')).toBe('core');
    expect(test('la lutte contre le terro\u00adrisme')).toBe('common');
    // A soft hyphen inside an ordinary word makes no candidate by itself.
    expect(test('une longue dis\u00adcussion au conseil municipal')).toBe(null);
  });

  it('tells pages with common words only from pages with a core term', () => {
    for (const t of [
      "Les ministres de l'UE se réunissent à Bruxelles.",
      'NATO leaders met in The Hague on Tuesday.',
      'Le terrorisme reste la première menace, selon le ministre.',
      'De Europese Unie en de NAVO.',
      "L'espace Schengen fête ses quarante ans.",
    ]) {
      expect(test(t), t).toBe('common');
    }
    for (const t of [
      'Les données PNR des passagers aériens seront partagées.',
      "Une équipe commune d'enquête a été créée.",
      'Europol et Eurojust coordonnent.',
      'The European Court of Justice ruled on Tuesday.',
      'Le Plan R est révisé.',
    ]) {
      expect(test(t), t).toBe('core');
      expect(matcher.find(t).some(isCore), t).toBe(true);
    }
  });

  it('holds an acronym with other senses, a core candidate only beside what may confirm it', () => {
    for (const t of [
      // Nothing the matcher would show: other senses, or no context at all.
      'The JIT compiler in Ruby 3.3 makes this loop faster.',
      'El SIS de la provincia atendió a los pacientes.',
      'Les données PNR seront partagées.',
    ]) {
      expect(bitsOf(t) & AMBIGUOUS_ANY, t).not.toBe(0);
      expect(test(t), t).toBe(null);
      expect(matcher.find(t).some(isCore), t).toBe(false);
    }
    // A context word of its own, a shared one, a common term: each may confirm it.
    for (const t of [
      'Le SIS et ses signalements.',
      "Le PNR et l'enquête.",
      'Les CTE venus de Syrie.',
      'JIT et terrorisme.',
    ]) {
      expect(test(t), t).toBe('core');
    }
    // Another acronym's own context word supports only that one (« passagers »: the PNR's).
    expect(test('Le SIS et les passagers.')).toBe(null);
  });

  it('adds up what the chunks of a page hold: an acronym here, its context there', () => {
    const acronyms = glossary
      .flatMap((e) => e.acronyms ?? [])
      .filter((a) => bitsOf(`Le ${a} a été cité.`) & AMBIGUOUS_ANY);
    expect(acronyms.length).toBeGreaterThanOrEqual(10);
    let shown = 0;
    let apart = 0;
    for (const a of acronyms) {
      const mention = `Le ${a} a été cité.`;
      for (const p of corpusPassages()) {
        for (const page of [
          [mention, p.text],
          [p.text, mention],
        ]) {
          const core = shownOnPage(...page).some(isCore);
          if (!core) continue;
          shown++;
          const what = page.join(' / ').slice(0, 160);
          expect(verdictOf(page.reduce((b, t) => b | bitsOf(t), 0)), what).toBe('core');
          expect(verdictOf(page.reduce((b, t) => b | gluedBitsOf(t), 0)), what).toBe('core');
          if (verdictOf(bitsOf(p.text)) !== 'core') apart++;
        }
      }
    }
    // Pages where only the two chunks together make the core candidate.
    expect(apart).toBeGreaterThan(20);
    expect(shown).toBeGreaterThan(1000);
  });

  it('lets ordinary text without a term through as no candidate', () => {
    for (const t of NO_TERM) expect(test(t), t).toBe(null);
  });

  describe('on glued text (textContent: the text of elements with nothing between)', () => {
    it('finds terms run into the text of the next cell or word', () => {
      expect(glued('0Europol1Lille2Tournai')).toBe('core');
      expect(glued('Passagers2023PNR et SIS')).toBe('core');
      expect(glued('12équipes communes d’enquêtescréées')).toBe('core');
      expect(glued('Rubriques:Europol')).toBe('core');
      expect(glued('1UE2NATO')).toBe('common');
    });

    it('misses only an acronym glued to a capital letter (the known cost)', () => {
      expect(glued('Passagers FRPNR')).toBe(null);
      expect(glued('Passagers FR PNR')).toBe('core');
    });

    it('lets ordinary text, and acronyms inside capitalised words, through as no candidate', () => {
      for (const t of [
        ...NO_TERM,
        'ACTUALITÉS EUROPE BLEU DEUX JEUDI',
        'CRISIS MANAGEMENT IN THE REIN VALLEY',
        'THEIR SEIZE ACCESS',
      ]) {
        expect(glued(t), t).toBe(null);
      }
    });
  });
});

describe('separateWords', () => {
  // The former two passes: every run of non-word characters one space, then each final s off.
  const twoPasses = (s: string) => s.replace(/\W+/g, ' ').replace(/\Bs\b/g, '');
  const trailing = (s: string) => s.replace(/ $/, '');

  it('folds separators and final s as the two passes did (but for a space at the very end)', () => {
    const alphabet = ['a', 's', 's', 'b', '1', '_', ' ', ' ', '\n', ',', "'", 'é', '-', '\u00a0'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      for (let n = Math.floor(next() * 14); n > 0; n--) s += alphabet[Math.floor(next() * 14)];
      expect(trailing(separateWords(s)), JSON.stringify(s)).toBe(trailing(twoPasses(s)));
    }
  });

  it('keeps lone spaces and drops plural s before any separator', () => {
    expect(separateWords('mandats  d arrets, europeens')).toBe('mandat d arret europeen ');
    expect(separateWords('as is.')).toBe('a i ');
    expect(separateWords("l'ECE s'est")).toBe('l ECE s est');
  });
});
