import type { GlossaryEntry } from '../utils/glossary-types';

/** The curated glossary (to be completed: see issue 3). */
export const glossary: GlossaryEntry[] = [
  {
    id: 'pnr',
    term: 'PNR',
    kind: 'instrument',
    salience: 'core',
    expansion: {
      fr: 'données des dossiers passagers',
      en: 'Passenger Name Record',
      nl: 'passagiersgegevens',
    },
    explanation: {
      fr: 'Données de réservation des passagers transmises aux autorités pour prévenir et poursuivre le terrorisme et la criminalité grave.',
      en: 'Passenger booking data passed to the authorities to prevent and prosecute terrorism and serious crime.',
    },
    acronyms: ['PNR'],
    phrases: ['Passenger Name Record', 'Passenger Name Records'],
  },
];
