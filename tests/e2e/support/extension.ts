/** Real-browser harness: Debian Chromium + playwright-core with the built extension loaded. */
import { mkdtempSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXT_DIR = resolve(process.env.VDL_EXT ?? join(ROOT, '.output/chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface Loaded {
  ctx: BrowserContext;
  extId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Flags that keep Chromium from reaching for the network (this machine has none). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

export async function launchWithExtension(
  opts: { headless?: boolean; colorScheme?: 'light' | 'dark'; locale?: string } = {},
): Promise<Loaded> {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXT_DIR}: run npm run build first`);
  }
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'vdl-e2e-')), {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'fr-FR',
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, ...QUIET_FLAGS],
  });
  let [worker] = ctx.serviceWorkers();
  if (!worker) worker = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(worker.url()).host;
  return { ctx, extId, worker, close: () => ctx.close() };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1. `headers` adds response headers per path (e.g. a strict CSP);
 * `stripScripts` removes <script> elements from HTML (saved third-party pages).
 */
export function serveDir(
  dir: string,
  opts: { headers?: (path: string) => Record<string, string>; stripScripts?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(join(base, path));
    if (
      !(file === base || file.startsWith(base + sep)) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (opts.stripScripts && type.startsWith('text/html')) {
      body = body.toString('utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    }
    res.writeHead(200, { 'content-type': type, ...(opts.headers?.(path) ?? {}) });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    }),
  );
}

export const FIXTURES = join(ROOT, 'tests/fixtures');
