import type { Corpus } from '../../../../utils/corpus-types';
import { docMeta } from '../../../fixtures/corpus-kit';

/** A small corpus shaped like the generated one (ids are made up). */
export const corpus: Corpus = {
  documents: [
    docMeta('declaration-2023-05-05', 'declaration', 'Val Duchesse 2023', '2023-05-05', 'Paris'),
    docMeta(
      'declaration-2018-06-11',
      'declaration',
      'Déclaration conjointe des Premiers ministres français et belge',
      '2018-06-11',
      'Paris',
      'Site Internet du Premier ministre (France)',
    ),
  ],
  passages: [
    p('p-a1', 'declaration-2018-06-11', 0, 'Le PNR européen est entré en vigueur.', []),
    p('p-a2', 'declaration-2018-06-11', 1, 'Les équipes communes d’enquête.', [
      'En matière de lutte contre le terrorisme',
    ]),
    p('p-a3', 'declaration-2018-06-11', 2, 'Un PNR ferroviaire.', [
      'En matière de lutte contre le terrorisme',
    ]),
    p('p-b1', 'declaration-2023-05-05', 0, 'Contexte général.', ['1. Contexte']),
    p(
      'p-b2',
      'declaration-2023-05-05',
      1,
      'Poursuivre le PNR.',
      ['2. Suivi', 'Prochaines étapes'],
      'list-item',
    ),
    p(
      'p-b3',
      'declaration-2023-05-05',
      2,
      'Renforcer Europol.',
      ['2. Suivi', 'Prochaines étapes'],
      'list-item',
    ),
  ],
  headings: [],
  occurrences: [
    { term: 'pnr', passage: 'p-a1', start: 3, end: 6 },
    { term: 'pnr', passage: 'p-a3', start: 3, end: 6 },
    { term: 'pnr', passage: 'p-b2', start: 14, end: 17 },
  ],
};

function p(
  id: string,
  doc: string,
  order: number,
  text: string,
  section: string[],
  kind: 'paragraph' | 'list-item' | 'quote' = 'paragraph',
) {
  return { id, doc, order, kind, section, text, original: text.replace(/é/g, 'e') };
}
