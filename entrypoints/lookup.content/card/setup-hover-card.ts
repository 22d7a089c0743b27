/**
 * Hover card wiring (issue 4): hover intent, keyboard opening, the card UI in a shadow root.
 * (Stub: the page scanner calls this with its hit-testing functions.)
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../../../utils/settings';

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
}

export interface HoverCard {
  /** Opens the card for a hit (e.g. from the keyboard command). */
  open(hit: TermHit, opts?: { focus?: boolean }): void;
  close(): void;
  destroy(): void;
}

export function setupHoverCard(ctx: ContentScriptContext, deps: HoverCardDeps): HoverCard {
  void ctx;
  void deps;
  return { open() {}, close() {}, destroy() {} };
}
