/**
 * The hover card's renderer, loaded on demand (built as /card-ui.js, an IIFE): Preact, Floating
 * UI, the TermCard components and their styles stay out of the content script that runs on every
 * page. The background injects this file into a frame's isolated world when the content script
 * there asks for it (message `loadCardUi`); it registers itself on the world's `globalThis`, where
 * the content script picks it up (entrypoints/lookup.content/card/card-ui-api.ts).
 *
 * Not a web-accessible resource: pages can neither load nor detect it.
 */
import { h, render } from 'preact';
import { TermCard } from '../components/card/TermCard';
import { cardLabels } from '../components/card/labels';
import {
  CARD_UI_VERSION,
  registerCardUi,
  registeredCardUi,
  type CardUi,
  type CardView,
} from './lookup.content/card/card-ui-api';
import { citationText, copyText } from './lookup.content/card/citation';
import { createCardHost } from './lookup.content/card/host';
import { placeCard } from './lookup.content/card/place-card';

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
    const ok = await copyText(citationText(p, lang));
    // In the card's language, like the rest of the card (not the browser's).
    return ok ? cardLabels(lang).copied : cardLabels(lang).copyFailed;
  },
};

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the live renderer already registered stays.
  if (registeredCardUi()) return;
  registerCardUi(cardUi);
});
