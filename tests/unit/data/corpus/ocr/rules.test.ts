import { describe, expect, it } from 'vitest';
import { frenchLexicon } from '../../../../../data/corpus/ocr/lexicon';
import { createRepairer } from '../../../../../data/corpus/ocr/repair';
import { OCR_RULES, type OcrRule } from '../../../../../data/corpus/ocr/rules';

interface RuleCases {
  /** [input, expected output] pairs the rule repairs (alone). */
  fixes: Array<[string, string]>;
  /** Inputs the rule must leave exactly as they are. */
  keeps: string[];
}

/** For each rule: texts it fixes and correct texts it must leave alone. */
const CASES: Record<string, RuleCases> = {
  'unbalanced-paren': {
    fixes: [['(Cessynergies doivent permettre', 'Cessynergies doivent permettre']],
    keeps: ['(UE) 2022/915 du Conseil', 'dans la recommandation (UE) 2022/915'],
  },
  'stray-symbols': {
    fixes: [
      ['* k%', ''],
      ['# %', ''],
    ],
    keeps: ['(Source : site Internet du Premier ministre)', 'art. 36.1 *', 'Merci beaucoup.'],
  },
  'double-apostrophe': {
    fixes: [
      ["en faveur d’'une approche", 'en faveur d’une approche'],
      ["Conseil de I’'Union", 'Conseil de I’Union'],
      ['I"\'approche des flux', "I'approche des flux"],
    ],
    keeps: ["l'approche", 'd’une approche', '("No Money For Terror", Paris'],
  },
  'capital-i-elision': {
    fixes: [
      ["de I'Union européenne", "de l'Union européenne"],
      ['ainsi que I’excellente coopération', 'ainsi que l’excellente coopération'],
      ['conjointement I"UE a renforcer', "conjointement l'UE a renforcer"],
      ["I'approche est commune", "L'approche est commune"],
    ],
    keeps: ["l'Union", '"Il faut anticiper', 'Il constituera'],
  },
  'pipe-for-l': {
    fixes: [
      ["sur |'action pénale", "sur l'action pénale"],
      ['par |e phénomène', 'par le phénomène'],
      ['La France et |la Belgique', 'La France et la Belgique'],
      ['de |ajeunesse', 'de lajeunesse'],
    ],
    keeps: ['a | b', 'la Belgique'],
  },
  'lost-l-elision': {
    fixes: [
      ["et 'immigration irréguliére", "et l'immigration irréguliére"],
      ["au sein de 'OTAN", "au sein de l'OTAN"],
      ["Finaliser 'adhésion", "Finaliser l'adhésion"],
    ],
    keeps: ["l'immigration", "aujourd'hui", '"Nous avons été frappés"'],
  },
  'stray-l-before-capital': {
    fixes: [['e lLes deux pays', 'e Les deux pays']],
    keeps: ['Les deux pays', "l'Union", 'lLxyz'],
  },
  'l-for-capital-i': {
    fixes: [
      ["L’Allemagne et I'ltalie", "L’Allemagne et I'Italie"],
      ["qui ont rejoint l'El et", "qui ont rejoint l'EI et"],
    ],
    keeps: ['la lutte', "l'Espagne", 'El País'],
  },
  'capital-i-for-l': {
    fixes: [['un forum sur nos Iégislations', 'un forum sur nos législations']],
    keeps: ['Il permettra', 'Ils ont', 'Ici', 'Italie', 'Irak'],
  },
  'lone-i-pronoun': {
    fixes: [['2017. I constituera un forum', '2017. Il constituera un forum']],
    keeps: ['I. Contexte', 'Il constituera', "l'accord Tournai II et", 'annexe I'],
  },
  'roman-numeral': {
    fixes: [
      ['l. Contexte', 'I. Contexte'],
      ['Il. Evaluation et prochaines étapes', 'II. Evaluation et prochaines étapes'],
      [
        "comme le prévoient I'accord Tournai Il et d’autres",
        "comme le prévoient I'accord Tournai II et d’autres",
      ],
      ['dans I’Accord Tournai Il, et', 'dans I’Accord Tournai II, et'],
    ],
    keeps: ['Il faut anticiper', 'Il permettra également', 'II. Évaluation', 'I. Contexte'],
  },
  'elided-qu': {
    fixes: [
      [
        'tant en matiére de police judiciaire gu’entre',
        'tant en matiére de police judiciaire qu’entre',
      ],
    ],
    keeps: ["qu'entre", 'la guerre', 'Guinée'],
  },
  'digit-3-for-a': {
    fixes: [
      [
        'la coopération a continué 3 étre exemplaire',
        'la coopération a continué à étre exemplaire',
      ],
    ],
    keeps: ['le 3 juin', 'les 3 étapes', 'article 3', 'au 3 rue', 'pendant 3 mois'],
  },
  'ampersand-e': {
    fixes: [['pour Nos soci &tés.', 'pour Nos sociétés.']],
    keeps: ['Pays & Territoires', 'R&D'],
  },
  'letter-confusion': {
    fixes: [
      ['la République frangaise', 'la République française'],
      ['avec un réle clé', 'avec un rôle clé'],
      ['renforcer la slireté des trains', 'renforcer la sûreté des trains'],
      ['des agents de s(ireté', 'des agents de sûreté'],
    ],
    keeps: ['la République française', 'garage', 'le rôle', 'Guinée', 'Gérard Collomb'],
  },
  'oe-ligature': {
    fixes: [
      ['la mise en ceuvre des processus', 'la mise en œuvre des processus'],
      ['Continuer a ceuvrer en faveur', 'Continuer a œuvrer en faveur'],
    ],
    keeps: ['mettre en oeuvre', "D'oeuvrer", 'cette menace', 'ce cadre'],
  },
  'split-word': {
    fixes: [
      ['nos communautés national es.', 'nos communautés nationales.'],
      ['associés à leurs homol ogues espagnols', 'associés à leurs homologues espagnols'],
      ['L es procureurs', 'Les procureurs'],
      ['Nous ne pouvons pas lai sser ces enfants', 'Nous ne pouvons pas laisser ces enfants'],
    ],
    keeps: [
      'pour tant de raisons',
      'de la justice',
      'Val Duchesse',
      'M. Michel',
      'en cas de de gestion',
      'les deux pays',
    ],
  },
  accent: {
    fixes: [
      ['en matiére de sécurité', 'en matière de sécurité'],
      ['nos systemes judiciaires', 'nos systèmes judiciaires'],
      ['la collaboration déja intense', 'la collaboration déjà intense'],
      ['un magistrat francais', 'un magistrat français'],
      ['la securité des citoyens', 'la sécurité des citoyens'],
      ['nous avons decidé', 'nous avons décidé'],
      ['dans l’UE et au-dela', 'dans l’UE et au-delà'],
      ['pour rendre (art. 36.1 reglement Dublin)', 'pour rendre (art. 36.1 règlement Dublin)'],
      ['Le procés des attentats', 'Le procès des attentats'],
      ['trafic d’étres humains', 'trafic d’êtres humains'],
    ],
    keeps: [
      'Laderniere réunion',
      'nos Etats de droit',
      'Evaluation : Le procès',
      'Edouard Philippe',
      'Maritime Analysis and Operations Centre',
      '("No Money For Terror"',
      "d'interopérabilité",
      'mettre en oeuvre',
      "d'assoir durablement",
    ],
  },
  'lost-apostrophe': {
    fixes: [
      ['doivent senrichir mutuellement', "doivent s'enrichir mutuellement"],
      ['en sappuyant sur les liens', "en s'appuyant sur les liens"],
      ['la quadripartite sest réunie', "la quadripartite s'est réunie"],
    ],
    keeps: ['ces enfants', 'leur insertion', 'Sahel', 'sera organisée'],
  },
  'glued-words': {
    fixes: [
      ['les ministres de lajustice', 'les ministres de la justice'],
      ['contre lacriminalité', 'contre la criminalité'],
      ['entre la France et laBelgique', 'entre la France et la Belgique'],
      ['sest réunie aMalines en Belgique', 'sest réunie à Malines en Belgique'],
      ['réfléchir alamise en place', 'réfléchir à la mise en place'],
      ['destinées arenforcer la collaboration', 'destinées à renforcer la collaboration'],
      ['associés aleurs homologues', 'associés à leurs homologues'],
      ['Laderniere réunion', 'La dernière réunion'],
      ['Ence quiconcerne la coopération', 'En ce qui concerne la coopération'],
      ['Auniveau militaire et policier', 'Au niveau militaire et policier'],
      ['Cessynergies doivent permettre', 'Ces synergies doivent permettre'],
    ],
    keeps: [
      'le système Secure Information Exchange',
      'à Lisbonne',
      'Dunkerque',
      'auprès de la Cour',
      'Alexander De Croo',
    ],
  },
  'dropped-letter': {
    fixes: [
      [
        'un établissement pénitentiaire récemment déoué en France',
        'un établissement pénitentiaire récemment déjoué en France',
      ],
      ['Ains nous avons convenu', 'Ainsi nous avons convenu'],
    ],
    keeps: ['Ainsi nous avons convenu', 'Hassakeh', 'Hazeldonk', 'les djihadistes'],
  },
  'extra-letter': {
    fixes: [
      ['coopération policrière Europol', 'coopération policière Europol'],
      ['autant qgue possible', 'autant que possible'],
      ['statuant en matiéere terroriste', 'statuant en matière terroriste'],
    ],
    keeps: ['coopération policière', '"smartphones"', 'le narcotrafic', 'Belloubet'],
  },
  'a-grave': {
    fixes: [
      ['ensemble a la lutte', 'ensemble à la lutte'],
      ['le 5 mai 2023 a Paris', 'le 5 mai 2023 à Paris'],
      ['Continuer a veiller a un soutien approprié', 'Continuer à veiller à un soutien approprié'],
      ['des bombes a retardement', 'des bombes à retardement'],
      ['excellentes jusqu’a présent', 'excellentes jusqu’à présent'],
      ["A l'issue de cette réunion", "À l'issue de cette réunion"],
      ['A cet effet, promouvoir', 'À cet effet, promouvoir'],
      ['les grands événements sportifs a venir.', 'les grands événements sportifs à venir.'],
    ],
    keeps: [
      'En février 2016, a été créé un poste',
      'la coopération a continué',
      'qui a eu lieu à Liège',
      'il a ainsi été convenu',
      'La France, vous le savez, a accru ces moyens',
      'leurs homologues français a atteint un niveau',
      "comme l'a montré l'attentat",
      'La Présidence belge en 2024 a pour ambition',
      'début 2022 a une fois de plus démontré',
      'comme cela a pu être observé',
      'Le groupe Val Duchesse a été',
      'le premier ministre belge, y a fait référence',
      'Plan A',
    ],
  },
  'capital-possessive': {
    fixes: [
      ['des bombes à retardement pour Nos sociétés', 'des bombes à retardement pour nos sociétés'],
    ],
    keeps: ['Nos pays ont mis en place', 'Notre rencontre a ainsi permis', 'basé à La Haye'],
  },
  'heading-capital-accent': {
    fixes: [
      ['II. Evaluation et prochaines étapes', 'II. Évaluation et prochaines étapes'],
      ['Evaluation', 'Évaluation'],
    ],
    keeps: ['Prochaines étapes', 'I. Contexte', 'Edouard Philippe', 'Hassakeh'],
  },
};

const ctx = { lexicon: frenchLexicon() };
const run = (rule: OcrRule, text: string) => {
  let hits = 0;
  const out = rule.apply(text, ctx, () => hits++);
  return { out, hits };
};

describe('OCR rules', () => {
  it('every rule has a name, a description and test cases; names are unique', () => {
    const names = OCR_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of OCR_RULES) {
      expect(rule.description.length).toBeGreaterThan(20);
      expect(CASES[rule.name], rule.name).toBeDefined();
    }
    expect(Object.keys(CASES).sort()).toEqual([...names].sort());
  });

  for (const rule of OCR_RULES) {
    describe(rule.name, () => {
      const cases = CASES[rule.name]!;
      it.each(cases.fixes)('fixes %j', (input, expected) => {
        const { out, hits } = run(rule, input);
        expect(out).toBe(expected);
        expect(hits).toBeGreaterThan(0);
      });
      it.each(cases.keeps)('leaves %j alone', (input) => {
        const { out, hits } = run(rule, input);
        expect(out).toBe(input);
        expect(hits).toBe(0);
      });
    });
  }
});

describe('the whole rule chain', () => {
  const repair = (s: string, kind: 'passage' | 'heading' = 'passage') =>
    createRepairer().repair(s, kind);
  it('repairs a damaged sentence end to end', () => {
    expect(repair("A I'issue de cette réunion, nous avons decidé")).toBe(
      "À l'issue de cette réunion, nous avons décidé",
    );
    expect(repair('Ence quiconcerne la coopération Dublin')).toBe(
      'En ce qui concerne la coopération Dublin',
    );
    expect(repair('la coopération a continué 3 étre exemplaire')).toBe(
      'la coopération a continué à être exemplaire',
    );
    expect(repair('Il. Evaluation et prochaines étapes', 'heading')).toBe(
      'II. Évaluation et prochaines étapes',
    );
  });
  it('counts repairs per rule', () => {
    const repairer = createRepairer();
    repairer.repair('de lajustice et de lacriminalité, déja');
    expect(repairer.stats['glued-words']).toBe(2);
    expect(repairer.stats.accent).toBe(1);
  });
  it('leaves clean French alone', () => {
    const clean =
      'Nous avons en effet abordé tous les sujets, et notamment ceux qui appellent une adaptation permanente de notre coopération en matière de lutte contre le terrorisme. La France, vous le savez, a accru ces moyens.';
    expect(repair(clean)).toBe(clean);
  });
});
