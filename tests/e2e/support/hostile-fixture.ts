/** The hostile suites' shared fixture: Chromium with the page probes, the hostile pages served. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS, launchWithExtension, type Loaded } from './extension';
import { serveHostile, type HostilePage, type HostileServer } from './hostile-pages';
import { PROBE_INIT } from './probe-init';

export interface HostileFixture {
  readonly ext: Loaded;
  readonly site: HostileServer;
}

/**
 * Launch, install PROBE_INIT in every page, serve `pages` (beforeAll); close both (afterAll).
 * With `figures`, the measured figures are written to tests/.artifacts/vdl-<name>.json and logged
 * first: they are for reading, limits are checked by `npm run bench`.
 */
export function useHostileSite(
  pages: (o: { url: string; altUrl: string }) => Record<string, HostilePage>,
  figures?: { name: string; data: Record<string, unknown> },
): HostileFixture {
  let ext: Loaded | undefined;
  let site: HostileServer | undefined;
  beforeAll(async () => {
    ext = await launchWithExtension();
    await ext.ctx.addInitScript(PROBE_INIT);
    site = await serveHostile(pages);
  }, 90_000);
  afterAll(async () => {
    if (figures) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `vdl-${figures.name}.json`);
      writeFileSync(path, JSON.stringify(figures.data, null, 2));
      console.log(`[${figures.name}]`, JSON.stringify(figures.data));
    }
    await ext?.close();
    await site?.close();
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} is not ready: its beforeAll failed`);
    return v;
  };
  return {
    get ext() {
      return ready(ext, 'the browser');
    },
    get site() {
      return ready(site, 'the hostile site');
    },
  };
}
