/**
 * The hover card's citation format, shared by the format buttons (CitationFormats.tsx) and the
 * card renderer's copyCitation (entrypoints/card-ui): both live in the card-ui bundle. Plain text
 * until the user picks another; kept while the page lives (a card closes and reopens often).
 */
import type { CitationFormat } from '../../utils/citation/build-citation';

let current: CitationFormat = 'text';

export function cardCitationFormat(): CitationFormat {
  return current;
}

export function setCardCitationFormat(f: CitationFormat): void {
  current = f;
}
