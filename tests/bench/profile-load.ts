/**
 * `npm exec -- tsx tests/bench/profile-load.ts <page.html>… [--ext DIR]`: a CPU profile (CDP
 * Profiler, 100 µs sampling) of each page's load with the extension, kept to the extension's own
 * scripts (chrome-extension:// URLs), summed by function and by script. Where the extension's
 * per-page cost goes (issue 12); the figures are in tests/bench/README.md.
 * `--bursts`: also the runs of our work that hold the page's thread for 5 ms or more (samples of
 * our scripts, and the garbage collections inside them, less than 1 ms apart), each with the
 * functions it spent its time in: what makes a long task, where the sums above say only where
 * the time went in all.
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
const bursts = args.includes('--bursts');

const ours = (n: Node | undefined) => !!n?.callFrame.url.startsWith('chrome-extension://');
const label = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;

/** Prints the runs of our work of 5 ms or more, and the functions each spent its time in. */
function printBursts(profile: Profile, byId: Map<number, Node>): void {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inOurs = (id: number) => {
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x))
      if (ours(byId.get(x))) return true;
    return false;
  };
  let t = 0;
  interface Run {
    start: number;
    end: number;
    fns: Map<string, number>;
  }
  let run: Run | null = null;
  const runs: Run[] = [];
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    const n = byId.get(id);
    const gc = n?.callFrame.functionName === '(garbage collector)';
    if (!inOurs(id) && !(gc && run && t - run.end <= 1)) return;
    if (!run || t - run.end > 1) runs.push((run = { start: t, end: t, fns: new Map() }));
    run.end = t;
    const key = n ? label(n) : '?';
    run.fns.set(key, (run.fns.get(key) ?? 0) + dt);
  });
  for (const r of runs) {
    if (r.end - r.start < 5) continue;
    const top = [...r.fns].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  run of ${(r.end - r.start).toFixed(1)} ms at ${r.start.toFixed(0)} ms:`);
    console.log(`      ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | ')}`);
  }
}
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
    if (!n || !ours(n)) continue;
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
  if (bursts) printBursts(profile, byId);
  await page.close();
}
await ext.close();
await server.close();
// The copies of the pages (saved pages belong to their publishers) go with the run.
rmSync(dir, { recursive: true, force: true });
