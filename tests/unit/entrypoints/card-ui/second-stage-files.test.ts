/**
 * The second stage's four files (issue 12): /card-walk.js registers the walk core, /card-scan.js
 * the scan core, /card-marks.js the mark core, /card-ui.js the stage, which starts the lookup
 * only with all three cores (scan-core-api.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MatchStore } from '../../../../entrypoints/lookup/match-store';
import { MutationWatcher } from '../../../../entrypoints/lookup/mutation-watcher';
import { PageScanner } from '../../../../entrypoints/lookup/page-scanner';
import { DensityGate } from '../../../../entrypoints/lookup/density-gate';
import { Highlighter } from '../../../../entrypoints/lookup/highlighter';
import {
  MARK_CORE_KEY,
  MARK_CORE_VERSION,
  SCAN_CORE_KEY,
  SCAN_CORE_VERSION,
  WALK_CORE_KEY,
  WALK_CORE_VERSION,
  registerMarkCore,
  registerScanCore,
  registerWalkCore,
  registeredMarkCore,
  registeredScanCore,
  registeredWalkCore,
} from '../../../../entrypoints/lookup/scan-core-api';
import {
  SegmentWalker,
  WALK_PAUSED,
  resolveLeaf,
} from '../../../../entrypoints/lookup/segment-walker';
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
  delete world[WALK_CORE_KEY];
  delete world[MARK_CORE_KEY];
  delete world[SECOND_STAGE_KEY];
  startLookup.mockClear();
  vi.resetModules();
});

describe('the walk core file', () => {
  it('registers the walker, store and watcher, hidden from enumeration', async () => {
    expect(registeredWalkCore()).toBeUndefined();
    (await import('../../../../entrypoints/card-walk/index')).default.main!();
    const core = registeredWalkCore();
    expect(core?.version).toBe(WALK_CORE_VERSION);
    expect(core?.SegmentWalker).toBe(SegmentWalker);
    expect(core?.resolveLeaf).toBe(resolveLeaf);
    expect(core?.MatchStore).toBe(MatchStore);
    expect(core?.MutationWatcher).toBe(MutationWatcher);
    expect(Object.getOwnPropertyDescriptor(globalThis, WALK_CORE_KEY)).toMatchObject({
      enumerable: false,
      writable: false,
    });
  });

  it('ignores a copy left by another version', () => {
    registerWalkCore({
      version: WALK_CORE_VERSION + 1,
      SegmentWalker,
      resolveLeaf,
      MatchStore,
      MutationWatcher,
    });
    expect(registeredWalkCore()).toBeUndefined();
  });

  // The scanner (another bundle, its own copy of segment-walker.ts) compares the walker's
  // pause with its own: the same symbol only when it comes from the world's registry.
  it('pauses with a symbol every bundle of the world shares', () => {
    expect(WALK_PAUSED).toBe(Symbol.for('vdl.walk-paused'));
  });
});

describe('the scan core file', () => {
  it('registers the scanner, hidden from enumeration', async () => {
    expect(registeredScanCore()).toBeUndefined();
    (await import('../../../../entrypoints/card-scan/index')).default.main!();
    const core = registeredScanCore();
    expect(core?.version).toBe(SCAN_CORE_VERSION);
    // The module graph is fresh after the test before (vi.resetModules): the same copy as the file's.
    const scanner = await import('../../../../entrypoints/lookup/page-scanner');
    expect(core?.PageScanner).toBe(scanner.PageScanner);
    expect(Object.getOwnPropertyDescriptor(globalThis, SCAN_CORE_KEY)).toMatchObject({
      enumerable: false,
      writable: false,
    });
  });

  it('ignores a copy left by another version', () => {
    registerScanCore({ version: SCAN_CORE_VERSION - 1, PageScanner });
    expect(registeredScanCore()).toBeUndefined();
  });
});

describe('the mark core file', () => {
  it('registers the highlighter and its density gate, hidden from enumeration', async () => {
    expect(registeredMarkCore()).toBeUndefined();
    (await import('../../../../entrypoints/card-marks/index')).default.main!();
    const core = registeredMarkCore();
    expect(core?.version).toBe(MARK_CORE_VERSION);
    // The module graph is fresh after the tests before (vi.resetModules).
    const hl = await import('../../../../entrypoints/lookup/highlighter');
    const gate = await import('../../../../entrypoints/lookup/density-gate');
    expect(core?.Highlighter).toBe(hl.Highlighter);
    expect(core?.DensityGate).toBe(gate.DensityGate);
    expect(Object.getOwnPropertyDescriptor(globalThis, MARK_CORE_KEY)).toMatchObject({
      enumerable: false,
      writable: false,
    });
  });

  it('ignores a copy left by another version', () => {
    registerMarkCore({ version: MARK_CORE_VERSION + 1, Highlighter, DensityGate });
    expect(registeredMarkCore()).toBeUndefined();
  });
});

describe('the second stage file', () => {
  it('starts the lookup only once the three cores are there, and only once', async () => {
    (await import('../../../../entrypoints/card-ui/index')).default.main!();
    const stage = registeredSecondStage();
    expect(stage).toBeDefined();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    // Injected without its core (a failed injection): nothing starts, a later start may.
    stage!.start(handOver);
    expect(startLookup).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledWith('[vdl] second stage: a core is missing');

    // One core, then two: still nothing.
    (await import('../../../../entrypoints/card-scan/index')).default.main!();
    stage!.start(handOver);
    (await import('../../../../entrypoints/card-walk/index')).default.main!();
    stage!.start(handOver);
    expect(startLookup).not.toHaveBeenCalled();
    expect(debug).toHaveBeenCalledTimes(3);
    debug.mockRestore();

    (await import('../../../../entrypoints/card-marks/index')).default.main!();
    stage!.start(handOver);
    stage!.start(handOver);
    expect(startLookup).toHaveBeenCalledTimes(1);
    expect(startLookup).toHaveBeenCalledWith(handOver, {
      walk: registeredWalkCore(),
      scan: registeredScanCore(),
      marks: registeredMarkCore(),
    });
  });
});
