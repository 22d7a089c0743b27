/**
 * The contract between the second stage's two files (issue 12): /card-scan.js (the scanner, the
 * segment walker, the match store and the mutation watcher) and /card-ui.js (the controller that
 * wires them to settings, highlights, the matcher's client, term reports and the card). The
 * background injects them one after the other, each by an injection of its own: V8's compile
 * hint (wxt.config.ts) compiles a whole file with the script, and the second stage compiled in
 * one file was one task of 13–14 ms of CPU on a 2-core machine. Types and the key only.
 */
import type { MatchStore } from './match-store';
import type { MutationWatcher } from './mutation-watcher';
import type { PageScanner } from './page-scanner';
import { registerIn, registeredIn } from './world-registry';

export const SCAN_CORE_KEY: unique symbol = Symbol.for('vdl.scan-core');
/** Bump when what the scan core registers changes (a stale injected copy is then replaced). */
export const SCAN_CORE_VERSION = 1;

export interface ScanCore {
  readonly version: number;
  readonly PageScanner: typeof PageScanner;
  readonly MatchStore: typeof MatchStore;
  readonly MutationWatcher: typeof MutationWatcher;
}

export function registeredScanCore(): ScanCore | undefined {
  return registeredIn<ScanCore>(SCAN_CORE_KEY, SCAN_CORE_VERSION);
}

export function registerScanCore(core: ScanCore): void {
  registerIn(SCAN_CORE_KEY, core);
}
