/**
 * The hover card's citation format, shared by the format buttons (CitationFormats.tsx) and the
 * card renderer's copyCitation (entrypoints/card-ui): both live in the card-ui bundle. Plain text
 * until the user picks another; kept while the page lives (a card closes and reopens often).
 */
import type { CitationFormat } from '../../utils/citation/build-citation';
import { isCitationFormat } from '../../utils/citation/formats';

let current: CitationFormat = 'text';

export function cardCitationFormat(): CitationFormat {
  return current;
}

export function setCardCitationFormat(f: CitationFormat): void {
  current = f;
}

/**
 * A click on one of the card's format buttons, seen (like the card's other actions) from the
 * content script's early window listeners through card-actions.ts: a page's own capture listener
 * on window may stop propagation before the click reaches the shadow tree
 * (tests/fixtures/card/page-listeners.js does), which would starve handlers inside the card.
 * Picks that format and marks its button pressed. False when the click was not on a format button.
 */
export function onFormatClick(e: Event, host: Element): boolean {
  if (e.target !== host) return false;
  for (const n of e.composedPath()) {
    if (n === host) break;
    if (typeof (n as Element).getAttribute === 'function' && pickFormat(n as Element)) return true;
  }
  return false;
}

/** Picks the format of a format button and marks it pressed; false when `el` is not one. */
export function pickFormat(el: Element): boolean {
  const f = el.getAttribute('data-format');
  if (!f || !isCitationFormat(f)) return false;
  setCardCitationFormat(f);
  for (const b of el.parentElement?.querySelectorAll('[data-format]') ?? [])
    b.setAttribute('aria-pressed', b === el ? 'true' : 'false');
  return true;
}
