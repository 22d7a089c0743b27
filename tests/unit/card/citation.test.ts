import { describe, expect, it } from 'vitest';
import { citationText } from '../../../entrypoints/lookup.content/card/citation';
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
  it('quotes the passage, then title, date, section and the link', () => {
    expect(citationText(ref, '11 juin 2018')).toBe(
      '« …le PNR sera exploité »\nDéclaration conjointe, 11 juin 2018, § Sécurité › PNR\n' +
        ref.readerUrl,
    );
  });

  it('leaves out an empty section', () => {
    const t = citationText({ ...ref, section: [] }, '11 juin 2018');
    expect(t.split('\n')[1]).toBe('Déclaration conjointe, 11 juin 2018');
  });
});
