/**
 * Relevance of the popup's search on a query file in the format of
 * ../shared/eval/queries-dev.json: `npm run eval:search -- <queries.json> [--verbose]`.
 * Runs the queries through the same engine the popup uses (built from freshly generated data) and
 * prints success@1, success@5, MRR@10 and per-query latency percentiles as JSON (each query
 * typed whole into an engine with empty caches, after one JIT warm-up pass). The ranked list
 * is the popup's option order: glossary entries (with their passage) first, then passages.
 * Beside them, « unrelated queries with results »: how many queries of an unrelated set
 * (tests/eval/queries-unrelated.json, or `--unrelated <file>`; contract-check's `nonsense`
 * format) still list a passage. A query file of plain strings is scored that way only.
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
  /** Queries whose top result's snippet marks none of the words that made it match. */
  let unmarkedTop = 0;
  const times: number[] = [];
  const rows: { q: string; kind: string; rank: number; top: string[] }[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const res = engine.search(q.q, { limit: 10 });
    times.push(performance.now() - t0);
    const options = rankedOptions(engine, res).slice(0, 10);
    const top = res.terms.find((t) => t.passage)?.passage ?? res.passages[0];
    if (top && top.snippet.marks.length === 0) unmarkedTop++;
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
      topSnippetsWithoutMark: unmarkedTop,
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

/** How many unrelated queries still list a passage (the popup's `[data-passage]` options). */
export function unrelatedWithResults(engine: SearchEngine, queries: string[]) {
  const listed = queries.filter(
    (q) => rankedOptions(engine, engine.search(q, { limit: 10 })).length,
  );
  return { n: queries.length, withResults: listed.length, queries: listed };
}

function readQueries(file: string): (EvalQuery | string)[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: (EvalQuery | string)[] }).queries;
}

const isMain = process.argv[1] && resolve(process.argv[1]).endsWith('eval-search.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--unrelated');
  const unrelatedFile =
    flag >= 0 ? args[flag + 1]! : resolve(import.meta.dirname, 'queries-unrelated.json');
  const file =
    args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1)) ??
    '../shared/eval/queries-dev.json';
  const all = readQueries(file);
  const queries = all.filter((q): q is EvalQuery => typeof q !== 'string');
  const strings = all.filter((q): q is string => typeof q === 'string');
  const unrelated = strings.length ? strings : (readQueries(unrelatedFile) as string[]);
  const data = loadSearchData();
  // One unmeasured pass on a separate engine warms the JIT; the measured engine starts cold.
  evaluate(createSearchEngine(data), queries);
  const relevance = queries.length ? evaluate(createSearchEngine(data), queries) : null;
  for (const r of relevance?.rows ?? []) {
    if (args.includes('--verbose') || r.rank < 1 || r.rank > 5) {
      console.error(JSON.stringify(r));
    }
  }
  const off = unrelatedWithResults(createSearchEngine(data), unrelated);
  for (const q of off.queries) console.error(`unrelated query with results: ${JSON.stringify(q)}`);
  console.log(
    JSON.stringify({
      file,
      ...relevance?.summary,
      unrelatedWithResults: `${off.withResults}/${off.n}`,
    }),
  );
}
