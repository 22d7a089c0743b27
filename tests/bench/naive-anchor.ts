/**
 * The naive anchor (issue 12): one regular expression of the glossary's surfaces over every text
 * node, CSS highlights, no context checks. The same pass runs as a bench-built extension (per-page
 * cost) and in a page's main world (`naiveMs` of the large-page rows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossary } from '../../data/glossary';

/** Every acronym and phrase of the glossary, longest first. */
export const SURFACES = [
  ...new Set(glossary.flatMap((e) => [...(e.acronyms ?? []), ...(e.phrases ?? [])])),
].sort((a, b) => b.length - a.length);

/** The pass as script source: defines `naivePass()`, which returns the ranges it highlighted. */
export function naivePassSource(): string {
  const alt = SURFACES.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return `const NAIVE_RE = new RegExp(${JSON.stringify(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`)}, 'giu');
function naivePass() {
  const hl = new Highlight();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const p = n.parentNode && n.parentNode.nodeName;
    if (p === 'SCRIPT' || p === 'STYLE') continue;
    const t = n.data;
    NAIVE_RE.lastIndex = 0;
    for (let m = NAIVE_RE.exec(t); m; m = NAIVE_RE.exec(t))
      hl.add(new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: m.index + m[0].length }));
  }
  CSS.highlights.set('naive-term', hl);
  return hl.size;
}`;
}

/**
 * In a page's query, makes the timed anchor walk the text nodes and do nothing else (`walk-pass`
 * measure, the large-page rows' `walkIsoMs`): the floor of any content script's scan.
 */
export const WALK_ONLY = 'bench-walk-only';

/**
 * Writes the anchor as an unpacked MV3 extension; returns its folder. `timed`: its pass leaves a
 * `naive-pass` measure on the page's timeline (the large-page rows' `naiveIsoMs`: the pass as an
 * extension runs it, in its content script's world), or with WALK_ONLY in the page's query a
 * `walk-pass` one; the per-page cost section loads it untimed.
 */
export function writeNaiveAnchor(dir: string, timed = false): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'naive anchor (bench)',
      version: '1.0',
      content_scripts: [
        { matches: ['<all_urls>'], all_frames: true, run_at: 'document_start', js: ['content.js'] },
      ],
    }),
  );
  writeFileSync(
    join(dir, 'content.js'),
    `${naivePassSource()}
${
  timed
    ? `function bareWalk() {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let c = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) c += n.data.length;
  return c;
}
function run() {
  const walkOnly = location.search.includes('${WALK_ONLY}');
  const t0 = performance.now();
  if (walkOnly) bareWalk();
  else naivePass();
  performance.measure(walkOnly ? 'walk-pass' : 'naive-pass', { start: t0, duration: performance.now() - t0 });
}`
    : 'const run = naivePass;'
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
`,
  );
  return dir;
}
