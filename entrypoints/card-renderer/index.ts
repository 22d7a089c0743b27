/**
 * The hover card's renderer, built as /card-renderer.js (an IIFE): Preact, Floating UI, the
 * TermCard components and styles. Apart from the second stage (/card-ui.js) so that a page load
 * that shows terms does not parse it (issue 12: about 40 % of the second stage's parse time):
 * the background injects it into the frame's isolated world when a card may be needed (the
 * reader's first pointer, touch, keyboard or scroll activity on a page with terms, a term under
 * the pointer, a card to open: card/load-card-ui.ts), where it registers itself on `globalThis`
 * (card/card-ui-api.ts). Not a web-accessible resource: pages can neither load nor detect it.
 */
import { h, render } from 'preact';
import { TermCard } from '../../components/card/TermCard';
import { cardCitationFormat, onFormatClick } from '../../components/card/citation-format';
import { cardLabels } from '../../components/card/labels';
import {
  CARD_UI_VERSION,
  registerCardUi,
  registeredCardUi,
  type CardUi,
  type CardView,
} from '../lookup/card/card-ui-api';
import { citationText, copyText } from '../lookup/card/citation';
import { createCardHost } from '../card-ui/host';
import { placeCard } from '../card-ui/place-card';

function createView(): CardView {
  const ui = createCardHost();
  const card = () => ui.mount.firstElementChild as HTMLElement | null;
  return {
    host: ui.host,
    root: ui.root,
    card,
    attach: () => ui.attach(),
    remove: () => ui.remove(),
    render(props) {
      render(props ? h(TermCard, props) : null, ui.mount);
    },
    async place(rect, contextElement) {
      const el = card();
      if (el) await placeCard(el, rect, contextElement);
    },
    // The citation-format buttons: renderer state, so the renderer answers them.
    handleClick: (e) => onFormatClick(e, ui.host),
  };
}

const cardUi: CardUi = {
  version: CARD_UI_VERSION,
  alive() {
    try {
      return !!browser.runtime?.id;
    } catch {
      return false;
    }
  },
  createView,
  async copyCitation(p, lang) {
    // The format the card's format buttons chose (plain text unless the user picked another).
    const format = cardCitationFormat();
    const ok = await copyText(citationText(p, lang, format));
    // In the card's language, like the rest of the card (not the browser's).
    const L = cardLabels(lang);
    return ok ? L.copiedAs(L.formats[format]) : L.copyFailed;
  },
};

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the live copy already registered stays.
  if (!registeredCardUi()) registerCardUi(cardUi);
});
