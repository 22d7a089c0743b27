/** What the hover card knows about the card it shows (shared by its wiring, keys and actions). */
import type { TermCardData } from '../../../utils/messages';
import type { TermHit } from '../lookup-types';
import type { Lang } from './card-data';
import type { TermCardProps } from './card-ui-api';

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface OpenState {
  hit: TermHit;
  by: OpenedBy;
  lang: Lang;
  point: { x: number; y: number } | undefined;
  state: TermCardProps['state'];
  data: TermCardData | undefined;
  status: string | undefined;
  /** Where focus was before the card took it (restored on close). */
  returnFocus: Element | null;
  /**
   * Set while a card that would open on its loading state waits a moment for its data (its
   * lookup, settled); cleared when the wait ends and the card is shown.
   */
  dataWait?: Promise<unknown>;
}

/** The open card as its keyboard handling and click actions see it. */
export interface CardControl {
  /** The card shown, or null. */
  current(): OpenState | null;
  open(hit: TermHit, opts: { focus?: boolean; by: OpenedBy }): void;
  close(opts?: { restoreFocus?: boolean }): void;
  /** Says `text` in the card's aria-live status line for a moment. */
  setStatus(text: string): void;
  focusInCard(): boolean;
}
