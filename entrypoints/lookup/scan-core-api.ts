/**
 * The contract between the second stage's four files (issue 12), injected by the background one
 * after the other, each by an injection of its own: /card-walk.js (the segment walker, the match
 * store and the mutation watcher: the walk core), /card-scan.js (the time-sliced scanner: the
 * scan core), /card-marks.js (the highlighter, its density gate and page tones: the mark core)
 * and /card-ui.js (the controller that wires them to settings, the matcher's client, term
 * reports and the card). V8's compile hint (wxt.config.ts) compiles a whole file with the
 * script: the second stage in one file was one task of 13–14 ms of CPU on a 2-core machine; in
 * two files of 22 kB, tasks of up to 13–15 ms in a fresh renderer. The scanner takes the
 * walker's code from the walk core (`WalkTools`), not from its own bundle. Types and keys only.
 */
import type { DensityGate } from './density-gate';
import type { Highlighter } from './highlighter';
import type { MatchStore } from './match-store';
import type { MutationWatcher } from './mutation-watcher';
import type { PageScanner } from './page-scanner';
import type { SegmentWalker, resolveLeaf } from './segment-walker';
import { registerIn, registeredIn } from './world-registry';

export const WALK_CORE_KEY: unique symbol = Symbol.for('vdl.walk-core');
export const SCAN_CORE_KEY: unique symbol = Symbol.for('vdl.scan-core');
export const MARK_CORE_KEY: unique symbol = Symbol.for('vdl.mark-core');
/** Bump when what the walk core registers changes (a stale injected copy is then replaced). */
export const WALK_CORE_VERSION = 1;
/** Bump when what the scan core registers changes (a stale injected copy is then replaced). */
export const SCAN_CORE_VERSION = 2;
/** Bump when what the mark core registers changes (a stale injected copy is then replaced). */
export const MARK_CORE_VERSION = 1;

/** What the scanner needs of the walker's file. */
export interface WalkTools {
  readonly SegmentWalker: typeof SegmentWalker;
  readonly resolveLeaf: typeof resolveLeaf;
}

export interface WalkCore extends WalkTools {
  readonly version: number;
  readonly MatchStore: typeof MatchStore;
  readonly MutationWatcher: typeof MutationWatcher;
}

export interface ScanCore {
  readonly version: number;
  readonly PageScanner: typeof PageScanner;
}

export interface MarkCore {
  readonly version: number;
  readonly Highlighter: typeof Highlighter;
  readonly DensityGate: typeof DensityGate;
}

export function registeredWalkCore(): WalkCore | undefined {
  return registeredIn<WalkCore>(WALK_CORE_KEY, WALK_CORE_VERSION);
}

export function registerWalkCore(core: WalkCore): void {
  registerIn(WALK_CORE_KEY, core);
}

export function registeredScanCore(): ScanCore | undefined {
  return registeredIn<ScanCore>(SCAN_CORE_KEY, SCAN_CORE_VERSION);
}

export function registerScanCore(core: ScanCore): void {
  registerIn(SCAN_CORE_KEY, core);
}

export function registeredMarkCore(): MarkCore | undefined {
  return registeredIn<MarkCore>(MARK_CORE_KEY, MARK_CORE_VERSION);
}

export function registerMarkCore(core: MarkCore): void {
  registerIn(MARK_CORE_KEY, core);
}
