/**
 * The contract between the first stage (the content script: candidate probe, early listeners)
 * and the second stage (matcher, scanner, store, highlights, hover card and its renderer),
 * built as /card-ui.js and injected by the background into this frame's isolated world once a
 * candidate term appears (see entrypoints/card-ui.ts). Types and the key only.
 */
import type { FrameContext } from './frame-context';
import type { DomRefs } from './dom-refs';
import type { EventRelay } from './first-stage/event-relay';
import type { LazyReason } from './first-stage/lazy-lookup';

export const SECOND_STAGE_KEY: unique symbol = Symbol.for('vdl.second-stage');
/** Bump when `start`'s contract changes (a stale injected copy is then replaced). */
export const SECOND_STAGE_VERSION = 1;

export interface FirstStageHandOver {
  ctx: FrameContext;
  /** Captured at document_start, before page scripts could tamper with globals. */
  refs: DomRefs;
  events: EventRelay;
  /** Loaded for a page with common words only: the request to answer once the page is scanned. */
  why?: LazyReason;
  /**
   * The settings the background sent with the injection (sanitised again by the second stage);
   * absent, the second stage reads them from storage.
   */
  settings?: unknown;
}

export interface SecondStage {
  readonly version: number;
  /** Starts the full lookup in this frame (once). */
  start(from: FirstStageHandOver): void;
}

type Registry = { [SECOND_STAGE_KEY]?: SecondStage };

export function registeredSecondStage(): SecondStage | undefined {
  const s = (globalThis as Registry)[SECOND_STAGE_KEY];
  return s && s.version === SECOND_STAGE_VERSION ? s : undefined;
}

export function registerSecondStage(stage: SecondStage): void {
  Object.defineProperty(globalThis, SECOND_STAGE_KEY, {
    value: stage,
    configurable: true,
    enumerable: false,
    writable: false,
  });
}
