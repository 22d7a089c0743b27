import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../data/glossary';
import { guessCardLang } from '../../../utils/page-language';
import { foldSurface, inShoutedRun } from '../../../utils/term-matcher';
import { corpusPassages, matcher, table } from '../matcher/fixtures';

/**
 * Capitals in the repaired corpus that are not terms (reviewed): a surname. The single letter
 * of "MAOC (N)" is not a token. Roman numerals and words of headings in capitals ("LA FRANCE ET LA
 * BELGIQUE", "PREMIER MINISTRE", "DE CROO") are recognised by rule, the latter with the matcher's
 * own shouted-run test (here: at least one other ordinary word in capitals beside the token).
 */
const NOT_TERMS = new Set(['CASTEX']);
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*(?![\p{L}\p{N}])/gu;

describe('glossary integrity', () => {
  it('has unique kebab-case ids', () => {
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every entry a French and English expansion and a short explanation', () => {
    for (const e of glossary) {
      expect(e.term.trim(), e.id).not.toBe('');
      expect(e.expansion.fr.trim(), e.id).not.toBe('');
      expect(e.expansion.en?.trim(), e.id).toBeTruthy();
      for (const lang of ['fr', 'en', 'nl'] as const) {
        const text = e.explanation[lang];
        expect(text.length, `${e.id} ${lang}`).toBeGreaterThan(40);
        expect(text.length, `${e.id} ${lang}`).toBeLessThan(420);
        // One or two sentences (a third "…" inside a list is fine, not a third full stop).
        expect(
          text.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length,
          `${e.id} ${lang}`,
        ).toBeLessThanOrEqual(2);
      }
      expect(e.acronyms?.length || e.phrases?.length, e.id).toBeTruthy();
    }
  });

  it('explains every entry in French, Dutch and English, each in its own language', () => {
    expect(glossary.length).toBe(57);
    for (const e of glossary) {
      const ex = e.explanation as Partial<Record<'fr' | 'en' | 'nl', unknown>>;
      for (const lang of ['fr', 'nl', 'en'] as const) {
        expect(typeof ex[lang], `${e.id} lacks a ${lang} explanation`).toBe('string');
        expect(String(ex[lang]).trim(), `${e.id} ${lang}`).not.toBe('');
        // Not a copy of another language, and not recognisably written in another one.
        expect([lang, null], `${e.id} ${lang}`).toContain(guessCardLang(String(ex[lang])));
      }
      expect(new Set([ex.fr, ex.en, ex.nl]).size, e.id).toBe(3);
    }
    // All the Dutch texts together read as Dutch (the guess is per short text otherwise weak).
    expect(guessCardLang(glossary.map((e) => e.explanation.nl).join(' '))).toBe('nl');
  });

  it('gives no surface to two entries, and every related id exists', () => {
    const owner = new Map<string, string>();
    const ids = new Set(glossary.map((e) => e.id));
    for (const e of glossary) {
      for (const s of [
        ...(e.acronyms ?? []).map((a) => '=' + a),
        ...(e.phrases ?? []).map(foldSurface),
      ]) {
        expect(owner.get(s) ?? e.id, `${s} in ${e.id} and ${owner.get(s)}`).toBe(e.id);
        owner.set(s, e.id);
      }
      for (const r of e.related ?? []) expect(ids.has(r), `${e.id} → ${r}`).toBe(true);
      for (const s of e.ambiguousSurfaces ?? []) {
        expect([...(e.acronyms ?? []), ...(e.phrases ?? [])], e.id).toContain(s);
      }
    }
  });

  it('keeps common salience for everyday news words and core for the cooperation terms', () => {
    const common = glossary.filter((e) => e.salience === 'common').map((e) => e.id);
    // Generic news words and everyday acronyms are not underlined by default (issue #13).
    expect(common).toEqual(
      expect.arrayContaining([
        'union-europeenne',
        'otan',
        'espace-schengen',
        'terrorisme',
        'radicalisation',
        'rgpd',
      ]),
    );
    for (const id of [
      'ece',
      'pnr',
      'ccpd',
      'sis',
      'cte',
      'val-duchesse',
      'accord-tournai',
      'mandat-arret-europeen',
      'eurojust',
      'europol',
    ]) {
      expect(glossary.find((e) => e.id === id)?.salience, id).toBe('core');
    }
  });

  it('compiles to a compact, JSON-serialisable table', () => {
    const json = JSON.stringify(table);
    expect(JSON.parse(json)).toEqual(table);
    expect(table.terms).toEqual(glossary.map((e) => e.id));
    // The build-time packed trie rides along (second stage only); the rest stays compact, and
    // the first stage's candidate filter is small (it ships in every frame).
    const { trie, candidates, ...core } = table;
    expect(trie?.labels.length).toBeGreaterThan(1000);
    expect(gzipSync(JSON.stringify(core)).length).toBeLessThan(6000);
    expect(gzipSync(JSON.stringify(candidates)).length).toBeLessThan(4000);
  });
});

describe('glossary against the repaired corpus', () => {
  const passages = corpusPassages();

  it('has an entry for every acronym of the corpus', () => {
    const acronyms = new Set(glossary.flatMap((e) => e.acronyms ?? []));
    const phrases = new Set(glossary.flatMap((e) => (e.phrases ?? []).map(foldSurface)));
    const missing = new Set<string>();
    for (const p of passages) {
      for (const m of p.text.matchAll(ACRONYM_TOKEN)) {
        const token = m[0];
        const start = m.index;
        if (NOT_TERMS.has(token) || ROMAN.test(token)) continue;
        if (acronyms.has(token) || phrases.has(foldSurface(token))) continue;
        if (inShoutedRun(p.text, start, start + token.length, acronyms, 1)) continue;
        missing.add(token);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('finds every entry in the corpus, directly or through an alias', () => {
    const seen = new Set<string>();
    const evidence = matcher.newEvidence();
    const all = passages.map((p) => matcher.scan(p.text, evidence));
    for (const list of all) for (const m of matcher.resolve(list, evidence)) seen.add(m.term);
    // An entry whose surface only occurs inside a longer term ("Schengen" in "Système
    // d'information Schengen") still occurs in the corpus: look for its folded surfaces as words.
    const folded = passages.map((p) => ` ${foldSurface(p.text).replace(/[^a-z0-9']+/g, ' ')} `);
    const occurs = (s: string) => {
      const key = ` ${foldSurface(s)
        .replace(/[^a-z0-9']+/g, ' ')
        .trim()} `;
      return folded.some((t) => t.includes(key));
    };
    const unseen = glossary
      .filter((e) => !seen.has(e.id))
      .filter((e) => ![...(e.acronyms ?? []), ...(e.phrases ?? [])].some(occurs))
      .map((e) => e.id);
    expect(unseen).toEqual([]);
  });
});
