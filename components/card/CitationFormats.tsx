/**
 * The card's citation-format buttons (one pressed): the passages' copy buttons then copy in that
 * format. Plain text stays the one-click default. No data-action: the controller ignores them.
 * A class component: preact/hooks would add ~3.5 kB to the card's bundle for one state.
 */
import { Component } from 'preact';
import type { CitationFormat } from '../../utils/citation/build-citation';
import { CITATION_FORMATS } from '../../utils/citation/formats';
import { cardCitationFormat, setCardCitationFormat } from './citation-format';
import type { CardLabels } from './labels';

export class CitationFormats extends Component<{ L: CardLabels }, { format: CitationFormat }> {
  override state = { format: cardCitationFormat() };

  override render() {
    const { L } = this.props;
    return (
      <div class="cite-formats" role="group" aria-label={L.citeFormat} data-part="cite-formats">
        {CITATION_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            class="cite-format"
            data-format={f}
            aria-pressed={f === this.state.format ? 'true' : 'false'}
            onClick={() => {
              setCardCitationFormat(f);
              this.setState({ format: f });
            }}
          >
            {L.formats[f]}
          </button>
        ))}
      </div>
    );
  }
}
