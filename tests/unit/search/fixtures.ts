/** A small corpus and glossary shaped like the real ones (OCR damage included). */
import type { Corpus, Passage } from '../../../utils/corpus-types';
import type { GlossaryEntry } from '../../../utils/glossary-types';
import { buildSearchIndex } from '../../../utils/search/search-index';
import { docMeta, ECE_EXPANSION, entry } from '../../fixtures/corpus-kit';

const texts: [string, string, string[], string][] = [
  [
    'd17',
    'p-a1',
    [],
    'Nous travaillerons ensemble à la lutte contre la radicalisation violente en milieu carcéral.',
  ],
  ['d17', 'p-a2', [], 'Ce groupe de travail sera piloté par les ministres de lajustice.'],
  ['d17', 'p-a3', [], 'Les procureurs associés aleurs homol ogues espagnols et marocains.'],
  [
    'd18',
    'p-b1',
    ['En matière de lutte contre le terrorisme'],
    "De faciliter les équipes communes d'enquête dès lors que des faits de terrorisme sont constatés.",
  ],
  [
    'd18',
    'p-b2',
    [],
    'Nous souhaitons renforcer notre coopération via notamment les agences Eurojust, Europol et intensifier notre coopération transfrontalière.',
  ],
  [
    'd18',
    'p-b3',
    [],
    'Dans le contexte de la nouvelle réglementation générale européenne en matière de protection des données (RGPD), nous estimons nécessaire de veiller à la préservation des instruments.',
  ],
  ['d18', 'p-b4', [], 'La radicalisation des détenus est un défi ; le milieu associatif aussi.'],
  [
    'd18',
    'p-b5',
    [],
    'Il faut anticiper la sortie des détenus radicalisés violents ("les sortants"). La perspective de ces fins de peine constitue un défi majeur pour nos administrations pénitentiaires, nos autorités judiciaires, nos services de renseignement, nos services de police et nos autorités administratives, qui devront coopérer étroitement dans les années qui viennent.',
  ],
  [
    'd21',
    'p-c1',
    ['Coopération judiciaire'],
    "Cette collaboration repose sur les outils européens d'entraide judiciaire : équipe d'enquête commune, mandat d'arrêt européen, décisions d'enquête européennes.",
  ],
  ['d21', 'p-c2', [], 'La coopération policière entre nos deux pays est excellente.'],
  ['d21', 'p-c3', [], 'La police et la coopération sont évoquées séparément ici.'],
];

export const corpus: Corpus = {
  documents: [
    docMeta('d17', 'communication', 'Communication 2017', '2017-10-16', null),
    docMeta('d18', 'declaration', 'Déclaration 2018', '2018-06-11', null),
    docMeta('d21', 'press-conference', 'Conférence 2021', '2021-11-22', null),
  ],
  passages: texts.map(([doc, id, section, text], order): Passage => ({
    id,
    doc,
    order,
    kind: 'paragraph',
    section,
    text,
    original: text,
  })),
  headings: [],
  occurrences: [],
};

export const glossary: GlossaryEntry[] = [
  entry({
    id: 'mandat-arret-europeen',
    term: 'MAE',
    expansion: {
      fr: "mandat d'arrêt européen",
      en: 'European arrest warrant',
      nl: 'Europees aanhoudingsbevel',
    },
    explanation: {
      fr: 'Décision judiciaire…',
      en: 'A judicial decision…',
      nl: 'Een rechterlijke beslissing…',
    },
    acronyms: ['MAE', 'EAW'],
    phrases: ["mandat d'arrêt européen", 'European arrest warrant', 'Europees aanhoudingsbevel'],
  }),
  entry({
    id: 'ece',
    term: 'ECE',
    expansion: ECE_EXPANSION,
    explanation: { fr: 'Équipe de juges…', en: 'A team of…', nl: 'Een team van…' },
    acronyms: ['ECE', 'JIT'],
    phrases: ["équipe commune d'enquête", "équipe d'enquête commune", 'joint investigation team'],
  }),
  entry({
    id: 'rgpd',
    term: 'RGPD',
    expansion: {
      fr: 'règlement général sur la protection des données',
      en: 'General Data Protection Regulation',
    },
    explanation: {
      fr: 'Le règlement européen…',
      en: 'The EU regulation…',
      nl: 'De EU-verordening…',
    },
    acronyms: ['RGPD', 'GDPR', 'AVG'],
    phrases: ['General Data Protection Regulation'],
  }),
  entry({
    id: 'europol',
    term: 'Europol',
    kind: 'body',
    salience: 'core',
    expansion: {
      fr: 'Office européen de police',
      en: 'European Union Agency for Law Enforcement Cooperation',
    },
    explanation: { fr: "L'agence de l'UE…", en: 'The EU agency…', nl: 'Het EU-agentschap…' },
    phrases: ['Europol'],
  }),
];

export const data = buildSearchIndex(corpus, glossary);
