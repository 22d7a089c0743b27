/**
 * Per-keystroke latency of the popup's search, on the corpus replicated 1×, 10× and 100×
 * (synthetic copies with distinct passage ids), side by side with a baseline of plain fuse.js over
 * the raw paragraphs, in the same run. Every dev and held-out query is typed one character at a
 * time (each prefix is one search, caches cleared between queries, kept while typing, as in the
 * popup; one unmeasured pass first warms the JIT). Relevance of both on the query files at 1× is reported too. Latencies are wall-clock
 * milliseconds; `cpu` is the process's CPU time per keystroke, which a busy machine inflates less.
 *
 * `npx tsx tests/bench/search-bench.ts` prints one JSON object; `npm run bench` calls
 * runSearchBench().
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { createSearchEngine } from '../../utils/search/engine';
import type { SearchIndexData } from '../../utils/search/types';
import { alnumKey } from '../../utils/text-normalize';
import { evaluate, loadSearchData, type EvalQuery } from '../eval/eval-search';

const ROOT = resolve(import.meta.dirname, '../..');
const QUERY_FILES = [
  resolve(ROOT, '../shared/eval/queries-dev.json'),
  resolve(ROOT, 'tests/eval/queries-extra.json'),
  resolve(ROOT, 'tests/eval/queries-probe.json'),
];
/** Time budget for the slow baseline at each size (it samples keystrokes evenly). */
const BASELINE_BUDGET_MS = 15_000;

function loadQueries(): { file: string; queries: EvalQuery[] }[] {
  const out: { file: string; queries: EvalQuery[] }[] = [];
  for (const file of QUERY_FILES) {
    try {
      out.push({ file, queries: JSON.parse(readFileSync(file, 'utf8')).queries as EvalQuery[] });
    } catch {
      // A missing query file (e.g. no ../shared in a fresh clone) only shrinks the run.
    }
  }
  return out;
}

/** The corpus `factor` times over; copies get distinct passage ids ("p-…~2"). */
export function replicate(data: SearchIndexData, factor: number): SearchIndexData {
  if (factor === 1) return data;
  const n = data.passages.length;
  const passages = [];
  for (let k = 0; k < factor; k++) {
    for (const p of data.passages) passages.push(k ? { ...p, id: `${p.id}~${k}` } : p);
  }
  const terms = data.terms.map((t) => ({
    ...t,
    passages: Array.from({ length: factor }, (_, k) => t.passages.map((p) => p + k * n)).flat(),
    count: t.count * factor,
  }));
  return { ...data, passages, terms };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(s[s.length - 1] ?? 0) };
}

function keystrokes(queries: EvalQuery[]): string[][] {
  return queries.map((q) => Array.from({ length: q.q.length }, (_, i) => q.q.slice(0, i + 1)));
}

function plainFuse(data: SearchIndexData) {
  return new Fuse(
    data.passages.map((p) => ({ id: p.id, doc: data.documents[p.doc]!.id, text: p.text })),
    { keys: ['text'], ignoreLocation: true, ignoreDiacritics: true, threshold: 0.4 },
  );
}

/** success@1/5 and MRR@10 of plain Fuse, with the eval's relevance rule. */
function fuseRelevance(fuse: ReturnType<typeof plainFuse>, queries: EvalQuery[]) {
  let s1 = 0;
  let s5 = 0;
  let mrr = 0;
  for (const q of queries) {
    const top = fuse.search(q.q, { limit: 10 });
    const i = top.findIndex((r) =>
      q.relevant.some(
        (x) => x.doc === r.item.doc && alnumKey(r.item.text).includes(alnumKey(x.contains)),
      ),
    );
    if (i === 0) s1++;
    if (i >= 0 && i < 5) s5++;
    if (i >= 0) mrr += 1 / (i + 1);
  }
  const n = queries.length;
  const r3 = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { n, success1: r3(s1), success5: r3(s5), mrr10: r3(mrr) };
}

export async function runSearchBench(
  factors: number[] = [1, 10, 100],
): Promise<Record<string, unknown>> {
  const base = loadSearchData();
  const files = loadQueries();
  const queries = files.flatMap((f) => f.queries);
  const typed = keystrokes(queries);
  // Warm the JIT once (not measured), so the 1× figures do not carry the compiler's first pass.
  const warm = createSearchEngine(base);
  for (const prefixes of typed) for (const q of prefixes) warm.search(q, { limit: 30 });
  const sizes = [];
  for (const factor of factors) {
    const data = replicate(base, factor);
    let t0 = performance.now();
    const engine = createSearchEngine(data);
    const buildMs = performance.now() - t0;
    const ours: number[] = [];
    const oursCpu: number[] = [];
    for (const prefixes of typed) {
      engine.clearCache();
      for (const q of prefixes) {
        const c0 = process.cpuUsage();
        t0 = performance.now();
        engine.search(q, { limit: 30 });
        ours.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        oursCpu.push((c.user + c.system) / 1000);
      }
    }
    // Baseline: plain fuse.js over the raw paragraphs, same keystrokes, sampled within a budget.
    t0 = performance.now();
    const fuse = plainFuse(data);
    const fuseBuildMs = performance.now() - t0;
    const flat = typed.flat();
    const baseline: number[] = [];
    const started = performance.now();
    // Spread the sample over all keystrokes: stride by a coprime step.
    const step =
      flat.length > 1 ? nextCoprime(Math.max(1, Math.floor(flat.length / 3)), flat.length) : 1;
    for (let i = 0, k = 0; i < flat.length; i++, k = (k + step) % flat.length) {
      if (performance.now() - started > BASELINE_BUDGET_MS) break;
      t0 = performance.now();
      fuse.search(flat[k]!, { limit: 30 });
      baseline.push(performance.now() - t0);
    }
    sizes.push({
      factor,
      passages: data.passages.length,
      ours: { ...stats(ours), cpu: stats(oursCpu), buildMs: Math.round(buildMs) },
      plainFuse: { ...stats(baseline), buildMs: Math.round(fuseBuildMs), of: flat.length },
    });
  }
  const relevance = files.map(({ file, queries: qs }) => {
    const engine = createSearchEngine(base);
    return {
      file: file.replace(ROOT + '/', ''),
      ours: evaluate(engine, qs).summary,
      plainFuse: fuseRelevance(plainFuse(base), qs),
    };
  });
  return {
    keystrokes: typed.flat().length,
    queries: queries.length,
    sizes,
    relevance,
    targets: { p95At1x: 5, p95At100x: 50 },
    met:
      (sizes.find((s) => s.factor === 1)?.ours.p95 ?? Infinity) < 5 &&
      (sizes.find((s) => s.factor === 100)?.ours.p95 ?? 0) < 50,
  };
}

function nextCoprime(step: number, n: number): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let s = step;
  while (gcd(s, n) !== 1) s++;
  return s;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('search-bench.ts')) {
  const factors = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  console.log(JSON.stringify(await runSearchBench(factors.length ? factors : undefined)));
}
