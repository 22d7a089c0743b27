/**
 * Types shared along the content script's pipeline (walker → matcher → store → highlighter →
 * card): one module, so a low layer (hit testing) never imports from a high one (the card).
 */
import type { Settings } from '../../utils/settings';
import type { StepDirection } from '../../utils/term-stepping';
import type { DensityGate } from './density-gate';
import type { DomRefs } from './dom-refs';
import type { MatchStore } from './match-store';

/**
 * An ambiguous match held back until the page's context confirms it: asks the page matcher
 * whether the context seen so far does (the store keeps this, never the matcher's own record).
 */
export type PendingCheck = () => boolean;

export interface TermHit {
  /** Glossary id. */
  term: string;
  /** A live range covering exactly the matched text on the page. */
  range: Range;
}

export interface HoverCardDeps {
  /** The detected term under a viewport point, or null. */
  hitTest(x: number, y: number): TermHit | null;
  /** The detected term at or around the current selection, or null. */
  termAtSelection(): TermHit | null;
  /** Current settings (updated live by the scanner). */
  settings(): Settings;
  /** Keyboard stepping (term-navigator.ts): the first marked term in view, the next/previous. */
  firstTermInView?(): TermHit | null;
  stepTerm?(from: TermHit, dir: StepDirection): { hit: TermHit | null; announce: string } | null;
}

export interface HoverCard {
  /** Opens the card for a hit (e.g. from the keyboard command). */
  open(hit: TermHit, opts?: { focus?: boolean }): void;
  close(): void;
  destroy(): void;
  /** The term the card currently shows, or null (for tests and the scanner). */
  readonly openTerm: string | null;
  /**
   * Optional, for the scanner once a scan settles: fetches (and stores) the cards of the page's
   * terms while the service worker is awake, so a later hover is instant even after it slept.
   */
  prefetch(terms: readonly string[]): void;
}

/**
 * What the second stage hands the card's logic when it starts it (card-hover-api.ts): the
 * card's hit testing and keyboard stepping read the page's matches from here.
 */
export interface CardWorld {
  refs: DomRefs;
  /** The page's matches, or null while the lookup is off in the frame. */
  store(): MatchStore | null;
  /** Open shadow roots the scanner reads (the caret APIs need them named). */
  shadowRoots(): ShadowRoot[];
  /** What the density setting draws (keyboard stepping goes through drawn occurrences). */
  gate: DensityGate;
  settings(): Settings;
}

/** The card's logic once started, as the second stage drives it. */
export interface CardSession {
  /** The page's first terms, announced once scanned: their cards are fetched ahead of a hover. */
  prefetch(terms: readonly string[]): void;
  /** A tap that loaded the lookup: the card of the term under this viewport point, if any. */
  openAt(x: number, y: number): void;
  /** The keyboard command: the card of the term at the selection, or the first marked in view. */
  openForSelection(): void;
}
