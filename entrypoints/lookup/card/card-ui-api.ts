/**
 * The contract between the hover card's logic (intent, data, keyboard: /card-hover.js) and the
 * card's renderer (/card-renderer.js: Preact, Floating UI, the TermCard components and styles),
 * which the background injects into this frame's isolated world only when a card may be needed.
 *
 * Both run in the same isolated world (Chromium) / content-script sandbox (Firefox), so they
 * share `globalThis`; the page cannot see it. The renderer registers itself under `CARD_UI_KEY`
 * (world-registry.ts). Types and the key only.
 */
import type { CardLang, TermCardProps } from '../../../components/card/TermCard';
import type { TermPassageRef } from '../../../utils/messages';
import { registerIn, registeredIn } from '../world-registry';

export type { CardLang, TermCardProps };

/** Bump when the interface changes incompatibly (a stale renderer is then replaced). */
export const CARD_UI_VERSION = 1;
export const CARD_UI_KEY: unique symbol = Symbol.for('vdl.card-ui');

/** The one `<vdl-card>` host with its open shadow root, and what is rendered in it. */
export interface CardView {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The card's root element (carries data-term once open), or null when nothing is rendered. */
  card(): HTMLElement | null;
  /** (Re-)attaches the host: inside the fullscreen element when there is one. */
  attach(): void;
  remove(): void;
  /** Renders the card (null: unmounts it). */
  render(props: TermCardProps | null): void;
  /** Places the rendered card beside `rect` (flip, shift, sized to the viewport). */
  place(rect: DOMRect, contextElement: Element | undefined): Promise<void>;
  /**
   * A click inside the card that the renderer handles itself (the citation-format buttons);
   * true when it was one. Called from the card's actions listener (card-actions.ts), which the
   * early window listeners feed, so pages that stop propagation do not starve it.
   */
  handleClick(e: Event): boolean;
}

export interface CardUi {
  readonly version: number;
  /** False once the extension that injected it was reloaded or removed. */
  alive(): boolean;
  createView(): CardView;
  /** Copies a passage's citation; resolves to the status line to show ("Citation copied"…). */
  copyCitation(p: TermPassageRef, lang: CardLang): Promise<string>;
}

/** The renderer registered in this world, if it is current and its extension context alive. */
export function registeredCardUi(): CardUi | undefined {
  const ui = registeredIn<CardUi>(CARD_UI_KEY, CARD_UI_VERSION);
  try {
    return ui?.alive() ? ui : undefined;
  } catch {
    return undefined;
  }
}

export function registerCardUi(ui: CardUi): void {
  registerIn(CARD_UI_KEY, ui);
}
