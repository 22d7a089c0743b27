/**
 * The second stage's two files (issue 12): /card-scan.js registers the scan core, /card-ui.js
 * registers the stage, which starts the lookup only with that core (scan-core-api.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchStore } from '../../../../entrypoints/lookup/match-store';
import { MutationWatcher } from '../../../../entrypoints/lookup/mutation-watcher';
import { PageScanner } from '../../../../entrypoints/lookup/page-scanner';
import {
  SCAN_CORE_KEY,
  SCAN_CORE_VERSION,
  registerScanCore,
  registeredScanCore,
} from '../../../../entrypoints/lookup/scan-core-api';
import {
  SECOND_STAGE_KEY,
  registeredSecondStage,
  type FirstStageHandOver,
} from '../../../../entrypoints/lookup/second-stage-api';

const startLookup = vi.hoisted(() => vi.fn());
vi.mock('../../../../entrypoints/lookup/lookup-controller', () => ({ startLookup }));

const world = globalThis as Record<symbol, unknown>;
const handOver = { refs: {} } as unknown as FirstStageHandOver;

afterEach(() => {
  delete world[SCAN_CORE_KEY];
  delete world[SECOND_STAGE_KEY];
  startLookup.mockClear();
  vi.resetModules();
});

describe('the scan core file', () => {
  it('registers the scanner, store and watcher classes, hidden from enumeration', async () => {
    expect(registeredScanCore()).toBeUndefined();
    (await import('../../../../entrypoints/card-scan/index')).default.main!();
    const core = registeredScanCore();
    expect(core?.version).toBe(SCAN_CORE_VERSION);
    expect(core?.PageScanner).toBe(PageScanner);
    expect(core?.MatchStore).toBe(MatchStore);
    expect(core?.MutationWatcher).toBe(MutationWatcher);
    expect(Object.getOwnPropertyDescriptor(globalThis, SCAN_CORE_KEY)).toMatchObject({
      enumerable: false,
      writable: false,
    });
  });

  it('ignores a copy left by another version', () => {
    registerScanCore({
      version: SCAN_CORE_VERSION + 1,
      PageScanner,
      MatchStore,
      MutationWatcher,
    });
    expect(registeredScanCore()).toBeUndefined();
  });
});

describe('the second stage file', () => {
  it('starts the lookup only once the scan core is there, and only once', async () => {
    (await import('../../../../entrypoints/card-ui/index')).default.main!();
    const stage = registeredSecondStage();
    expect(stage).toBeDefined();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    // Injected without its core (a failed injection): nothing starts, a later start may.
    stage!.start(handOver);
    expect(startLookup).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith('[vdl] second stage: the scan core is missing');
    debug.mockRestore();

    (await import('../../../../entrypoints/card-scan/index')).default.main!();
    stage!.start(handOver);
    stage!.start(handOver);
    expect(startLookup).toHaveBeenCalledTimes(1);
    expect(startLookup).toHaveBeenCalledWith(handOver, registeredScanCore());
  });
});
