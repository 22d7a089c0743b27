/**
 * The card's citation-format buttons (one pressed): the passages' copy buttons then copy in that
 * format; plain text stays the one-click default. Stateless, like the rest of the card: clicks
 * are handled by the card renderer from a capture listener on window (entrypoints/card-ui,
 * `onFormatClick`), which sets the format and the pressed state; a later render reads the same
 * format, so the two agree.
 */
import { CITATION_FORMATS } from '../../utils/citation/formats';
import { cardCitationFormat } from './citation-format';
import type { CardLabels } from './labels';

export function CitationFormats({ L }: { L: CardLabels }) {
  const format = cardCitationFormat();
  return (
    <div class="cite-formats" role="group" aria-label={L.citeFormat} data-part="cite-formats">
      {CITATION_FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          class="cite-format"
          data-format={f}
          aria-pressed={f === format ? 'true' : 'false'}
        >
          {L.formats[f]}
        </button>
      ))}
    </div>
  );
}
