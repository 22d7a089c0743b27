/**
 * `npm exec -- tsx tests/bench/profile-load.ts <page.html>… [--ext DIR]`: a CPU profile (CDP
 * Profiler, 100 µs sampling) of each page's load with the extension, kept to the extension's own
 * scripts (chrome-extension:// URLs), summed by function and by script. Where the extension's
 * per-page cost goes (issue 12); the figures are in tests/bench/README.md.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT, launchWithExtension, serveDir } from '../e2e/support/extension';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.html'));
const dir = join(ROOT, 'tests/.artifacts/profile-pages');
mkdirSync(dir, { recursive: true });
for (const f of files) copyFileSync(resolve(f), join(dir, basename(f)));

const server = await serveDir(dir, { stripScripts: true });
const ext = await launchWithExtension();
for (const f of files) {
  const page = await ext.ctx.newPage();
  const cdp = await ext.ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url + encodeURIComponent(basename(f)), { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Attribute native frames ((program), (garbage collector)…) to nothing; the rest by function.
  const fns = new Map<string, number>();
  const scripts = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    if (!n || !n.callFrame.url.startsWith('chrome-extension://')) continue;
    const file = n.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`;
    fns.set(key, (fns.get(key) ?? 0) + ms);
    scripts.set(file, (scripts.get(file) ?? 0) + ms);
    total += ms;
  }
  console.log(`\n## ${basename(f)}: ${total.toFixed(1)} ms self time in extension scripts`);
  for (const [k, v] of [...scripts].sort((a, b) => b[1] - a[1])) {
    console.log(`  script ${k}: ${v.toFixed(1)} ms`);
  }
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${v.toFixed(1).padStart(6)} ms  ${k}`);
  }
  await page.close();
}
await ext.close();
await server.close();
// The copies of the pages (saved pages belong to their publishers) go with the run.
rmSync(dir, { recursive: true, force: true });
