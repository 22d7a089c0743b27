/**
 * The contract between the first stage (the content script: candidate probe, early listeners)
 * and the second stage (matcher client, scanner, store, highlights), built as /card-walk.js,
 * /card-scan.js, /card-marks.js (scan-core-api.ts) and /card-ui.js, injected by the background
 * into this frame's isolated world once a candidate term appears (see
 * entrypoints/card-ui/index.ts). Types and the key only.
 */
import type { FrameContext } from './frame-context';
import type { DomRefs } from './dom-refs';
import type { EventRelay } from './first-stage/event-relay';
import type { LazyReason } from './first-stage/lazy-lookup';
import { registerIn, registeredIn } from './world-registry';

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

export function registeredSecondStage(): SecondStage | undefined {
  return registeredIn<SecondStage>(SECOND_STAGE_KEY, SECOND_STAGE_VERSION);
}

export function registerSecondStage(stage: SecondStage): void {
  registerIn(SECOND_STAGE_KEY, stage);
}
