import { describe, expect, it } from 'vitest';
import { cardLangOf, guessCardLang, resolveCardLang } from '../../../utils/page-language';

const FR =
  "Le ministre de l'Intérieur a annoncé que la coopération avec la Belgique sera renforcée dans les prochains mois, et que les équipes communes d'enquête ont déjà donné des résultats pour les deux pays.";
const NL =
  'De minister van Binnenlandse Zaken heeft aangekondigd dat de samenwerking met Frankrijk de komende maanden wordt versterkt. Het gemeenschappelijk onderzoeksteam heeft ook al resultaten opgeleverd voor beide landen, zegt hij.';
const EN =
  'The interior minister said that cooperation with Belgium will be stepped up in the coming months, and that the joint investigation team has already produced results for both countries, according to a statement from his office.';

describe('cardLangOf', () => {
  it('reads the primary subtag of a lang attribute, any case or separator', () => {
    expect(cardLangOf('nl-BE')).toBe('nl');
    expect(cardLangOf('EN_gb')).toBe('en');
    expect(cardLangOf(' fr ')).toBe('fr');
    expect(cardLangOf('fr-CA')).toBe('fr');
  });

  it('returns null for languages the card does not speak and for empty tags', () => {
    expect(cardLangOf('de-DE')).toBeNull();
    expect(cardLangOf('')).toBeNull();
    expect(cardLangOf(null)).toBeNull();
    expect(cardLangOf(undefined)).toBeNull();
    expect(cardLangOf('fry')).toBeNull();
  });
});

describe('guessCardLang', () => {
  it('recognises a few sentences of French, Dutch and English news', () => {
    expect(guessCardLang(FR)).toBe('fr');
    expect(guessCardLang(NL)).toBe('nl');
    expect(guessCardLang(EN)).toBe('en');
  });

  it('does not guess from a short or mixed text', () => {
    expect(guessCardLang('PNR ECE SIS')).toBeNull();
    expect(guessCardLang('the cat and the dog')).toBeNull();
    expect(guessCardLang('')).toBeNull();
    // Half French, half English: no clear lead.
    expect(guessCardLang(`${FR} ${EN}`)).toBeNull();
  });

  it('reads only the start of a long text', () => {
    const long = `${NL} `.repeat(20) + `${EN} `.repeat(200);
    expect(guessCardLang(long)).toBe('nl');
  });
});

describe('resolveCardLang', () => {
  it('lets a forced setting win over everything', () => {
    expect(
      resolveCardLang({
        setting: 'en',
        elementLang: 'nl',
        documentLang: 'nl',
        guess: () => guessCardLang(NL),
      }),
    ).toBe('en');
    expect(resolveCardLang({ setting: 'nl', documentLang: 'fr' })).toBe('nl');
  });

  it("prefers the hovered element's lang over the document's", () => {
    expect(resolveCardLang({ setting: 'auto', elementLang: 'nl-BE', documentLang: 'fr' })).toBe(
      'nl',
    );
    expect(resolveCardLang({ setting: 'auto', elementLang: '', documentLang: 'en' })).toBe('en');
  });

  it('falls back to the browser language, then French, for a declared language it lacks', () => {
    let read = false;
    const guess = () => {
      read = true;
      return guessCardLang(NL);
    };
    expect(resolveCardLang({ setting: 'auto', documentLang: 'de', guess })).toBe('fr');
    expect(
      resolveCardLang({
        setting: 'auto',
        documentLang: 'de',
        browserLang: 'en-US',
        guess,
      }),
    ).toBe('en');
    // A declared language is trusted: the page text is not read.
    expect(read).toBe(false);
    expect(resolveCardLang({ setting: 'auto', documentLang: '', guess })).toBe('nl');
    expect(read).toBe(true);
  });

  it('guesses from the page text when nothing is declared', () => {
    expect(
      resolveCardLang({ setting: 'auto', documentLang: '', guess: () => guessCardLang(NL) }),
    ).toBe('nl');
    expect(
      resolveCardLang({ setting: undefined, guess: () => guessCardLang(EN), browserLang: 'fr' }),
    ).toBe('en');
    expect(
      resolveCardLang({ setting: 'auto', guess: () => guessCardLang(''), browserLang: 'nl-NL' }),
    ).toBe('nl');
    expect(resolveCardLang({ setting: 'bogus', guess: () => guessCardLang('ECE') })).toBe('fr');
  });
});
