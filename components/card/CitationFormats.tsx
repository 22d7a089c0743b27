/**
 * The card's citation-format buttons (one pressed): the passages' copy buttons then copy in that
 * format. Plain text stays the one-click default. No data-action: the controller ignores them.
 */
import { useState } from 'preact/hooks';
import { CITATION_FORMATS } from '../../utils/citation/formats';
import { cardCitationFormat, setCardCitationFormat } from './citation-format';
import type { CardLabels } from './labels';

export function CitationFormats({ L }: { L: CardLabels }) {
  const [format, setFormat] = useState(cardCitationFormat);
  return (
    <div class="cite-formats" role="group" aria-label={L.citeFormat} data-part="cite-formats">
      {CITATION_FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          class="cite-format"
          data-format={f}
          aria-pressed={f === format ? 'true' : 'false'}
          onClick={() => {
            setCardCitationFormat(f);
            setFormat(f);
          }}
        >
          {L.formats[f]}
        </button>
      ))}
    </div>
  );
}
