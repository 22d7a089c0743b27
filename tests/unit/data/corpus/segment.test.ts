import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../../../data/corpus/segment';
import { builtCorpus } from './corpus-fixture';

const { corpus } = builtCorpus();
const passagesOf = (doc: string) => corpus.passages.filter((p) => p.doc === doc);
const headingsOf = (doc: string) => corpus.headings.filter((h) => h.doc === doc);

describe('segmentation of the five documents', () => {
  it('holds the five documents of documents.json, in order', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual([
      'communication-2017-10-16',
      'declaration-2018-06-11',
      'article-2018-06-11',
      'conference-2021-11-22',
      'declaration-2023-05-05',
    ]);
  });

  it.each([
    ['communication-2017-10-16', 18, 5],
    ['declaration-2018-06-11', 31, 3],
    ['article-2018-06-11', 8, 2],
    ['conference-2021-11-22', 15, 1],
    ['declaration-2023-05-05', 61, 25],
  ])('%s: %i passages, %i headings', (doc, passages, headings) => {
    expect(passagesOf(doc)).toHaveLength(passages);
    expect(headingsOf(doc)).toHaveLength(headings);
  });

  it('has no empty or tiny passage, and orders passages from 0 without gaps', () => {
    for (const d of corpus.documents) {
      const ps = passagesOf(d.id);
      ps.forEach((p, i) => expect(p.order).toBe(i));
      for (const p of ps) {
        expect(p.text.trim(), p.id).not.toBe('');
        expect(p.text.length, p.text).toBeGreaterThanOrEqual(15);
        expect(p.text.split(' ').length, p.text).toBeGreaterThanOrEqual(2);
        expect(p.text, 'no hard wrap or double space').not.toMatch(/\n|\s{2}/);
        expect(p.original, 'no markdown or bullet letter').not.toMatch(/\*\*|^#|^[eo] /);
      }
    }
  });

  it('2017: numbered headings carried by their passages; the stray symbols are gone', () => {
    const ps = passagesOf('communication-2017-10-16');
    expect(ps[0]!.text).toMatch(/^À l'issue de cette réunion/);
    expect(ps[0]!.section).toEqual([]);
    expect(ps[1]!.section).toEqual([
      "1 - Nous avons décidé de mettre en place un groupe de travail franco-belge sur l'action pénale contre la criminalité et le terrorisme",
    ]);
    expect(ps.find((p) => p.text.startsWith('Nous souhaitons renforcer'))!.section).toEqual([
      '5. Coopération en matière de migration',
    ]);
    expect(ps.some((p) => /k%/.test(p.original))).toBe(false);
    // Page break inside a paragraph joined.
    expect(ps.some((p) => p.text.endsWith('mettre en oeuvre cette coopération renforcée.'))).toBe(
      true,
    );
    expect(ps.at(-1)!.text).toBe('(Source : site Internet du Premier ministre)');
    expect(ps.at(-1)!.section).toEqual([]);
  });

  it('2018: bullet paragraphs are list items under the colon headings; page breaks joined', () => {
    const ps = passagesOf('declaration-2018-06-11');
    expect(headingsOf('declaration-2018-06-11').map((h) => h.text)).toEqual([
      'En matière de lutte contre le terrorisme',
      'En matière de lutte contre la radicalisation violente',
      'Au niveau européen',
    ]);
    expect(ps.filter((p) => p.kind === 'list-item')).toHaveLength(18);
    const item = ps.find((p) => p.text.startsWith('De poursuivre le renforcement'))!;
    expect(item.kind).toBe('list-item');
    expect(item.section).toEqual(['En matière de lutte contre le terrorisme']);
    expect(ps.find((p) => p.text.startsWith("D'appuyer"))!.section).toEqual(['Au niveau européen']);
    expect(
      ps.some((p) =>
        p.text.includes(
          'mettre en oeuvre cette coopération, dont la réorganisation des structures',
        ),
      ),
    ).toBe(true);
    expect(ps.some((p) => p.text.includes('en oeuvre les engagements pris à la conférence'))).toBe(
      true,
    );
    expect(ps.some((p) => p.text.includes('des preuves numériques. Le système'))).toBe(true);
  });

  it('2023: parts, numbered sections (5 restored), Évaluation and Prochaines étapes', () => {
    const hs = headingsOf('declaration-2023-05-05');
    const texts = hs.map((h) => h.text);
    expect(texts).toContain('I. Contexte');
    expect(texts).toContain('II. Évaluation et prochaines étapes');
    const numbered = hs.filter((h) => /^\d\. /.test(h.text));
    expect(numbered.map((h) => h.text.slice(0, 2))).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
    ]);
    expect(numbered.every((h) => h.level === 3)).toBe(true);
    expect(texts).toContain(
      // The 2023 text's dominant apostrophe is ’ (data/corpus/apostrophes.ts).
      '5. Prévention et lutte contre l’extrémisme violent et le terrorisme, ainsi que le suivi des combattants terroristes étrangers (CTE)',
    );
    expect(hs.filter((h) => h.text === 'Évaluation')).toHaveLength(7);
    expect(hs.filter((h) => h.text === 'Prochaines étapes')).toHaveLength(7);
    // Multi-line heading joined.
    expect(texts).toContain(
      '4. Coopération policière et judiciaire contre la criminalité organisée, notamment concernant les trafics de stupéfiants',
    );
    const ps = passagesOf('declaration-2023-05-05');
    const anvers = ps.find((p) => p.text.startsWith('Continuer à renforcer la coopération'))!;
    expect(anvers.section).toEqual([
      '4. Coopération policière et judiciaire contre la criminalité organisée, notamment concernant les trafics de stupéfiants',
      'Prochaines étapes',
    ]);
    expect(anvers.kind).toBe('list-item');
    const evaluation = ps.find((p) => p.text.startsWith('La France et la Belgique ont signé'))!;
    expect(evaluation.section[1]).toBe('Évaluation');
    expect(evaluation.text).toMatch(/une déclaration commune .* y compris la problématique/);
    expect(ps[0]!.section).toEqual(['I. Contexte']);
    // Bullet letters became list items; the "o" bullet too.
    expect(
      ps.find((p) => p.text.startsWith('Développer la coopération transfrontalière'))!.kind,
    ).toBe('list-item');
    // Headings sit before the first passage under them.
    const h7 = hs.find((h) => h.text.startsWith('7. '))!;
    expect(ps[h7.before]!.section[0]).toBe(h7.text);
  });

  it('article: markdown stripped, title heading, quote box with its attribution', () => {
    const ps = passagesOf('article-2018-06-11');
    expect(headingsOf('article-2018-06-11').map((h) => [h.level, h.text])).toEqual([
      [1, 'LA FRANCE ET LA BELGIQUE renforcent leur coopération'],
      [2, 'LA PHRASE'],
    ]);
    const quote = ps.at(-1)!;
    expect(quote.kind).toBe('quote');
    expect(quote.text).toBe(
      '"Il faut anticiper la sortie des détenus condamnés pour terrorisme ou de ceux de droit commun radicalisés" — Edouard Philippe, Premier ministre français',
    );
    expect(ps.some((p) => p.text.includes('coopération policière Europol, basé à La Haye'))).toBe(
      true,
    );
    expect(ps.some((p) => /[*#▶]/.test(p.text))).toBe(false);
  });

  it('conference: header block folded, salutation lines joined', () => {
    const ps = passagesOf('conference-2021-11-22');
    expect(ps[0]!.text).toBe(
      'PREMIER MINISTRE — Liberté Égalité Fraternité — Service Communication — Hôtel de Matignon, le 22 novembre 2021',
    );
    expect(headingsOf('conference-2021-11-22')[0]!.text).toMatch(
      /^Conférence de presse de M\. Jean CASTEX/,
    );
    expect(ps[1]!.text).toBe('Bruxelles Lundi 22 novembre 2021 — Seul le prononcé fait foi');
    expect(ps[2]!.text).toMatch(
      /^Merci beaucoup, cher Alexandre, et je voudrais, Mesdames et Messieurs, en vous saluant/,
    );
    expect(ps.some((p) => p.text.includes('depuis les premières heures qui ont suivi'))).toBe(true);
  });

  it('segments a small text: bullets, page breaks, colon heading', () => {
    const blocks = segmentDocument(
      'Intro du texte, assez longue pour une phrase.\n\nAu niveau européen :\n\ne Premier point qui\ncontinue ici.\no Second point\n\n\n\nrepris après la page.\n',
    );
    expect(blocks.map((b) => [b.type, b.original])).toEqual([
      ['paragraph', 'Intro du texte, assez longue pour une phrase.'],
      ['heading', 'Au niveau européen'],
      ['list-item', 'Premier point qui continue ici.'],
      ['list-item', 'Second point repris après la page.'],
    ]);
  });
});
