import { describe, expect, it } from 'vitest';
import { citationText } from '../../../entrypoints/lookup/card/citation';
import type { TermPassageRef } from '../../../utils/messages';

const ref: TermPassageRef = {
  doc: 'declaration-2018-06-11',
  docTitle: 'Déclaration conjointe',
  docKind: 'declaration',
  date: '2018-06-11',
  passage: 'p-abcdef123456',
  section: ['Sécurité', 'PNR'],
  snippet: { text: 'le PNR sera exploité', marks: [[3, 6]], cutStart: true, cutEnd: false },
  count: 1,
  readerUrl: 'chrome-extension://x/reader.html?doc=declaration-2018-06-11&passage=p-abcdef123456',
};

describe('citationText', () => {
  it('quotes the snippet, then title, kind, place, date, section, source and labelled link', () => {
    expect(citationText(ref, 'fr').split('\n')).toEqual([
      '« …le PNR sera exploité »',
      'Déclaration conjointe, déclaration conjointe, Paris, 11 juin 2018. ' +
        'Section\u00a0: Sécurité › PNR.',
      'Source\u00a0: Site Internet du Premier ministre (France).',
      "Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)\u00a0: " +
        ref.readerUrl,
    ]);
  });

  it('speaks the card language and leaves out an empty section', () => {
    const t = citationText({ ...ref, section: [] }, 'en');
    expect(t.split('\n')[1]).toBe('Déclaration conjointe, joint declaration, Paris, 11 June 2018.');
  });
});
