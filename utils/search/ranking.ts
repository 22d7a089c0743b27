/**
 * Which passages a query's parts support, and in what order. A passage is listed only when it
 * matches the query's meaningful parts well enough (see `supported`); passages with every part
 * rank before partial ones, then by coverage, BM25 and proximity of the query's words.
 */
import { K1, type InvertedIndex } from './inverted-index';
import type { Part } from './query-parts';
import type { Facet } from './types';

/** Coverage weight of a function word ("de", "the"), against 1 for a meaningful part. */
const FUNCTION_WORD = 0.1;
const ALIAS = 1.2;
const ALL_PARTS_BONUS = 100;

export interface Ranking {
  /** Best passages first (at most limit + 4). */
  ranked: number[];
  score: Float64Array;
  /** Supported passages before the year filter. */
  total: number;
  years: Facet[];
}

/**
 * Whether a passage's match is strong enough to list. One meaningful part: any match (typos,
 * prefixes). Several: the summed match weights must exceed half of the parts, where a word that
 * matches nothing in the texts counts twice ("équipe de France de rugby": 2 of 3 parts matched,
 * but "rugby" is no word of the declarations, so the query is not about them).
 */
export function supported(
  support: number,
  matched: number,
  contentParts: number,
  unknown: number,
): boolean {
  if (contentParts <= 1) return matched > 0;
  return support / (contentParts + unknown) > 0.5;
}

export class Ranker {
  private readonly cov: Float32Array;
  private readonly rel: Float32Array;
  private readonly sup: Float32Array;
  private readonly hits: Uint16Array;
  private readonly tmpM: Float32Array;
  private readonly tmpR: Float32Array;
  private readonly seen: Uint8Array;
  private readonly score: Float64Array;
  private readonly docCounts: Int32Array;

  constructor(
    private readonly ix: InvertedIndex,
    private readonly docOf: Int32Array,
    private readonly docYear: string[],
  ) {
    const n = ix.n;
    this.cov = new Float32Array(n);
    this.rel = new Float32Array(n);
    this.sup = new Float32Array(n);
    this.hits = new Uint16Array(n);
    this.tmpM = new Float32Array(n);
    this.tmpR = new Float32Array(n);
    this.seen = new Uint8Array(n);
    this.score = new Float64Array(n);
    this.docCounts = new Int32Array(docYear.length);
  }

  rank(parts: Part[], limit: number, year: string | null): Ranking {
    const ix = this.ix;
    const { cov, rel, sup, hits, tmpM, tmpR, seen, score } = this;
    const touched: number[] = [];
    let maxIdf = 1;
    for (const part of parts) {
      const local: number[] = [];
      if (part.matches) {
        for (const [v, w] of part.matches) {
          const idf = ix.idf[v]!;
          if (idf > maxIdf) maxIdf = idf;
          for (let k = ix.postStart[v]!, e = ix.postStart[v + 1]!; k < e; k++) {
            const p = ix.postPassage[k]!;
            const fw = ix.postField[k]! * w;
            if (tmpM[p] === 0) local.push(p);
            if (fw > tmpM[p]!) tmpM[p] = fw;
            const r = fw * idf * ix.postTf[k]!;
            if (r > tmpR[p]!) tmpR[p] = r;
          }
        }
      } else if (part.passages) {
        const size = part.passages.size;
        const idf = Math.log(1 + (ix.n - size + 0.5) / (size + 0.5));
        if (idf > maxIdf) maxIdf = idf;
        for (const p of part.passages) {
          local.push(p);
          tmpM[p] = 1;
          tmpR[p] = idf * (K1 + 1) * 0.6;
        }
      }
      const importance = !part.content ? FUNCTION_WORD : part.kind === 'alias' ? ALIAS : 1;
      for (const p of local) {
        cov[p] = cov[p]! + importance * tmpM[p]!;
        rel[p] = rel[p]! + importance * tmpR[p]!;
        if (part.content) {
          sup[p] = sup[p]! + Math.min(1, tmpM[p]!);
          hits[p] = hits[p]! + 1;
        }
        tmpM[p] = 0;
        tmpR[p] = 0;
        if (!seen[p]) {
          seen[p] = 1;
          touched.push(p);
        }
      }
    }
    const content = parts.filter((p) => p.content).length;
    const unknown = parts.filter((p) => p.unknown).length;
    const required = parts.filter((p) => p.required && p.passages);
    const norm = maxIdf * (K1 + 1) * parts.length;
    const candidates: number[] = [];
    const perDoc = this.docCounts.fill(0);
    for (const p of touched) {
      const c = cov[p]!;
      const r = rel[p]!;
      const s = sup[p]!;
      const h = hits[p]!;
      cov[p] = 0;
      rel[p] = 0;
      sup[p] = 0;
      hits[p] = 0;
      seen[p] = 0;
      if (!supported(s, h, content, unknown)) continue;
      if (required.some((part) => !part.passages!.has(p))) continue;
      const d = this.docOf[p]!;
      perDoc[d]!++;
      if (year && this.docYear[d] !== year) continue;
      candidates.push(p);
      score[p] = (h === content ? ALL_PARTS_BONUS : 0) + c * 10 + (3 * r) / norm;
    }
    const yearCounts = new Map<string, number>();
    perDoc.forEach((count, d) => {
      const y = this.docYear[d]!;
      if (count) yearCounts.set(y, (yearCounts.get(y) ?? 0) + count);
    });
    const total = [...yearCounts.values()].reduce((a, b) => a + b, 0);
    const years: Facet[] = [...yearCounts]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, count]) => ({ key, label: key, count }));
    // Proximity re-ranks the head: query words next to each other, in order.
    const head = topK(candidates, limit + 20, (p) => score[p]!);
    const wordParts = parts.filter((p) => p.kind === 'word' && p.content && !p.unknown);
    if (wordParts.length > 1) {
      for (const p of head) score[p] = score[p]! + this.proximity(p, wordParts);
    }
    head.sort((a, b) => score[b]! - score[a]! || a - b);
    return { ranked: head.slice(0, limit + 4), score, total, years };
  }

  private proximity(p: number, parts: Part[]): number {
    const { seq, seqStart } = this.ix;
    const a = seqStart[p]!;
    const b = seqStart[p + 1]!;
    let bonus = 0;
    for (let k = 0; k + 1 < parts.length; k++) {
      const m1 = parts[k]!.matches!;
      const m2 = parts[k + 1]!.matches!;
      for (let i = a; i < b; i++) {
        if (!m1.has(seq[i]!)) continue;
        if ((i + 1 < b && m2.has(seq[i + 1]!)) || (i + 2 < b && m2.has(seq[i + 2]!))) {
          bonus += 1.5;
          break;
        }
      }
    }
    return bonus;
  }
}

/** The k best items by key (descending), without sorting everything. */
export function topK(items: number[], k: number, key: (x: number) => number): number[] {
  if (items.length <= k) return [...items];
  const buf: number[] = [];
  const keys: number[] = [];
  for (const x of items) {
    const v = key(x);
    if (buf.length === k && v <= keys[k - 1]!) continue;
    let i = buf.length;
    if (buf.length === k) {
      buf.pop();
      keys.pop();
      i = k - 1;
    }
    while (i > 0 && keys[i - 1]! < v) i--;
    buf.splice(i, 0, x);
    keys.splice(i, 0, v);
  }
  return buf;
}
