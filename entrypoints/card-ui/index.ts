/**
 * The second stage (issue 12), built as /card-ui.js (an IIFE): the matcher and its table, the
 * scanner, match store, highlights, hover card, and the card's renderer (Preact, Floating UI,
 * the TermCard components and styles). None of it is in the content script that runs in every
 * frame: the first stage asks the background for this file (message `loadCardUi`) only once a
 * candidate term appears in the frame's text; the background injects it into the frame's
 * isolated world, where it registers itself on `globalThis` (second-stage-api.ts,
 * card/card-ui-api.ts) and the first stage starts it.
 *
 * One file, one injection: the card's renderer is then already loaded when the first term is
 * found, so the first hover right after page load waits for nothing but the intent delay.
 * Not a web-accessible resource: pages can neither load nor detect it.
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
} from '../lookup.content/card/card-ui-api';
import { citationText, copyText } from '../lookup.content/card/citation';
import { createCardHost } from './host';
import { placeCard } from './place-card';
import { startLookup } from '../lookup.content/lookup-controller';
import {
  SECOND_STAGE_VERSION,
  registerSecondStage,
  registeredSecondStage,
} from '../lookup.content/second-stage-api';

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

let started = false;

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the live copy already registered stays.
  if (!registeredCardUi()) registerCardUi(cardUi);
  if (!registeredSecondStage()) {
    registerSecondStage({
      version: SECOND_STAGE_VERSION,
      start(from) {
        if (started) return;
        started = true;
        startLookup(from);
      },
    });
  }
});
