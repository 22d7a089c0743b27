/**
 * Relevance of the popup's search on a query file in the format of
 * ../shared/eval/queries-dev.json: `npm run eval:search -- <queries.json> [--verbose]`.
 * Runs the queries through the same engine the popup uses (built from freshly generated data) and
 * prints success@1, success@5, MRR@10 and per-query latency percentiles as JSON (each query
 * typed whole into an engine with empty caches, after one JIT warm-up pass). The ranked list
 * is the popup's option order: glossary entries (with their passage) first, then passages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateData } from '../../data/build-data';
import { glossary } from '../../data/glossary';
import type { Corpus } from '../../utils/corpus-types';
import { buildSearchIndex } from '../../utils/search/search-index';
import type { SearchIndexData } from '../../utils/search/types';
import { alnumKey } from '../../utils/text-normalize';
import { createSearchEngine, type SearchEngine } from '../../utils/search/engine';
import type { SearchResponse } from '../../utils/search/types';

export interface EvalQuery {
  q: string;
  kind: string;
  relevant: { doc: string; contains: string }[];
}

/** The options the popup lists, in order, as (document id, passage text). */
export function rankedOptions(engine: SearchEngine, res: SearchResponse) {
  const all = [...res.terms.flatMap((t) => (t.passage ? [t.passage] : [])), ...res.passages];
  return all.map((h) => ({
    doc: h.doc.id,
    passage: h.id,
    text: engine.data.passages[h.index]!.text,
  }));
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function evaluate(engine: SearchEngine, queries: EvalQuery[]) {
  let s1 = 0;
  let s5 = 0;
  let mrr = 0;
  const times: number[] = [];
  const rows: { q: string; kind: string; rank: number; top: string[] }[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const res = engine.search(q.q, { limit: 10 });
    times.push(performance.now() - t0);
    const options = rankedOptions(engine, res).slice(0, 10);
    const idx = options.findIndex((o) =>
      q.relevant.some((r) => r.doc === o.doc && alnumKey(o.text).includes(alnumKey(r.contains))),
    );
    const rank = idx + 1;
    if (rank === 1) s1++;
    if (rank >= 1 && rank <= 5) s5++;
    if (rank >= 1) mrr += 1 / rank;
    rows.push({
      q: q.q,
      kind: q.kind,
      rank,
      top: options.slice(0, 3).map((o) => `${o.doc}#${o.passage}: ${o.text.slice(0, 60)}`),
    });
  }
  times.sort((a, b) => a - b);
  const n = queries.length;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    summary: {
      n,
      success1: r3(s1 / n),
      success5: r3(s5 / n),
      mrr10: r3(mrr / n),
      latencyMs: {
        p50: r3(percentile(times, 50)),
        p95: r3(percentile(times, 95)),
        max: r3(times[times.length - 1] ?? 0),
      },
    },
    rows,
  };
}

/**
 * The search data as the build makes it now; if the build step fails (work in progress
 * elsewhere), the last generated corpus with the current glossary.
 */
export function loadSearchData(): SearchIndexData {
  try {
    return generateData().searchIndex;
  } catch (e) {
    console.error(`data build failed (${String(e)}); using data/generated/corpus.json`);
    const root = resolve(import.meta.dirname, '../..');
    const corpus = JSON.parse(
      readFileSync(resolve(root, 'data/generated/corpus.json'), 'utf8'),
    ) as Corpus;
    return buildSearchIndex(corpus, glossary);
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('eval-search.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/queries-dev.json';
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as { queries: EvalQuery[] };
  const data = loadSearchData();
  // One unmeasured pass on a separate engine warms the JIT; the measured engine starts cold.
  evaluate(createSearchEngine(data), queries);
  const { summary, rows } = evaluate(createSearchEngine(data), queries);
  for (const r of rows) {
    if (args.includes('--verbose') || r.rank < 1 || r.rank > 5) {
      console.error(JSON.stringify(r));
    }
  }
  console.log(JSON.stringify({ file, ...summary }));
}
