/**
 * The popup's search: an inverted index over folded words (passage text, OCR readings, section
 * headings) built from the prebuilt search data in a few milliseconds. A query becomes a few
 * "parts" — glossary terms it names (expanded to all their aliases), free words (exact, same stem,
 * prefix while typing, typos, glued OCR words, English/Dutch lexicon) and quoted phrases (exact).
 * Passages are ranked by how many parts they contain, then by BM25, then by proximity.
 */
import Fuse from 'fuse.js';
import { allowedTypos, editDistance, letterMask, popcount } from './fuzzy';
import { LEXICON } from './lexicon';
import { isStopword, parseQuery, stem, tokenize, words } from './normalize';
import { makeSnippet, type Mark } from './snippet';
import type {
  Facet,
  IndexedTerm,
  PassageHit,
  SearchIndexData,
  SearchOptions,
  SearchResponse,
  TermHit,
} from './types';

const FIELD_TEXT = 1;
const FIELD_EXTRA = 0.9;
const FIELD_SECTION = 0.5;
const K1 = 1.2;
const B = 0.75;
/** A passage counts as a match when its parts add up to at least this. */
const MIN_COVERAGE = 0.5;
const CACHE_SIZE = 200;
const MAX_PREFIX_WORDS = 40;

type WordMatches = Map<number, number>;

interface Part {
  kind: 'word' | 'alias' | 'phrase';
  /** Weight in the coverage count (function words count little). */
  importance: number;
  /** word: vocabulary id → match weight. */
  matches?: WordMatches;
  /** alias/phrase: passages that contain it. */
  passages?: Set<number>;
  /** alias: glossary entries; also the folded stems to mark in snippets. */
  terms?: IndexedTerm[];
  markStems?: Set<string>;
  /** phrase: vocabulary ids in order. */
  sequence?: WordMatches[];
  required?: boolean;
}

interface Surface {
  term: IndexedTerm;
  /** Stems of the surface's content words, in order. */
  stems: string[];
}

export interface SearchEngine {
  data: SearchIndexData;
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Glossary entries closest to a query (Fuse.js), for "no results" and typo'd term names. */
  suggest(query: string, limit?: number): IndexedTerm[];
  /** Forgets cached words and results (benchmarks measure a fresh typing session). */
  clearCache(): void;
  /** Passages that name a glossary entry (term matcher finds plus aliases found by the search). */
  termPassages(term: IndexedTerm): number[];
}

export function createSearchEngine(data: SearchIndexData): SearchEngine {
  return new Engine(data);
}

class Engine implements SearchEngine {
  readonly data: SearchIndexData;
  private readonly n: number;
  private readonly vocab: string[] = [];
  private readonly vocabId = new Map<string, number>();
  private sortedVocab: number[] = [];
  private readonly byStem = new Map<string, number[]>();
  private byLength: number[][] = [];
  private masks!: Int32Array;
  /** Per prefix length: distinct prefixes of longer words → their ids (typos while typing). */
  private readonly prefixes = new Map<number, Map<string, number[]>>();
  private postStart!: Int32Array;
  private postPassage!: Int32Array;
  private postField!: Float32Array;
  private postTf!: Float32Array;
  private idf!: Float32Array;
  private seqStart!: Int32Array;
  private seq!: Int32Array;
  /** UTF-16 offsets of each `seq` word in its passage text. */
  private tokStart!: Int32Array;
  private tokEnd!: Int32Array;
  private readonly score: Float64Array;
  private readonly docOf: Int32Array;
  private readonly docYear: string[];
  private readonly docCounts: Int32Array;
  private readonly cov: Float32Array;
  private readonly rel: Float32Array;
  private readonly tmpM: Float32Array;
  private readonly tmpR: Float32Array;
  private readonly seen: Uint8Array;
  private readonly surfaces = new Map<string, Surface[]>();
  private readonly aliasCache = new Map<string, Set<number>>();
  private readonly wordCache = new Map<string, WordMatches>();
  private readonly cache = new Map<string, SearchResponse>();
  private fuse: Fuse<{ text: string; terms: IndexedTerm[] }> | null = null;

  constructor(data: SearchIndexData) {
    this.data = data;
    this.n = data.passages.length;
    this.cov = new Float32Array(this.n);
    this.rel = new Float32Array(this.n);
    this.tmpM = new Float32Array(this.n);
    this.tmpR = new Float32Array(this.n);
    this.seen = new Uint8Array(this.n);
    this.score = new Float64Array(this.n);
    this.docOf = Int32Array.from(data.passages, (p) => p.doc);
    this.docYear = data.documents.map((d) => d.date.slice(0, 4));
    this.docCounts = new Int32Array(data.documents.length);
    this.buildIndex();
    this.buildSurfaces();
  }

  private id(word: string): number {
    let v = this.vocabId.get(word);
    if (v === undefined) {
      v = this.vocab.push(word) - 1;
      this.vocabId.set(word, v);
    }
    return v;
  }

  private buildIndex(): void {
    const { passages, sections } = this.data;
    const sectionWords = sections.map((s) => [...new Set(words(s))]);
    // Per passage: vid → [tf, field]
    const perPassage: Map<number, [number, number]>[] = [];
    const seqParts: number[][] = [];
    const startParts: number[][] = [];
    const endParts: number[][] = [];
    const lengths = new Float32Array(this.n);
    let total = 0;
    for (let p = 0; p < this.n; p++) {
      const pass = passages[p]!;
      const m = new Map<number, [number, number]>();
      const seq: number[] = [];
      const toks = tokenize(pass.text);
      const starts: number[] = [];
      const ends: number[] = [];
      for (const t of toks) {
        const v = this.id(t.norm);
        seq.push(v);
        starts.push(t.start);
        ends.push(t.end);
        const e = m.get(v);
        if (e) e[0]++;
        else m.set(v, [1, FIELD_TEXT]);
      }
      startParts.push(starts);
      endParts.push(ends);
      if (pass.extra) {
        for (const w of pass.extra.split(' ')) {
          const v = this.id(w);
          if (!m.has(v)) m.set(v, [1, FIELD_EXTRA]);
        }
      }
      if (pass.section >= 0) {
        for (const w of sectionWords[pass.section] ?? []) {
          const v = this.id(w);
          if (!m.has(v)) m.set(v, [1, FIELD_SECTION]);
        }
      }
      lengths[p] = seq.length;
      total += seq.length;
      perPassage.push(m);
      seqParts.push(seq);
    }
    const avg = total / Math.max(1, this.n);
    const V = this.vocab.length;
    const df = new Int32Array(V);
    for (const m of perPassage) for (const v of m.keys()) df[v]!++;
    this.postStart = new Int32Array(V + 1);
    for (let v = 0; v < V; v++) this.postStart[v + 1] = this.postStart[v]! + df[v]!;
    const size = this.postStart[V]!;
    this.postPassage = new Int32Array(size);
    this.postField = new Float32Array(size);
    this.postTf = new Float32Array(size);
    const fill = this.postStart.slice(0, V);
    perPassage.forEach((m, p) => {
      const norm = K1 * (1 - B + (B * lengths[p]!) / avg);
      for (const [v, [tf, field]] of m) {
        const k = fill[v]!++;
        this.postPassage[k] = p;
        this.postField[k] = field;
        this.postTf[k] = (tf * (K1 + 1)) / (tf + norm);
      }
    });
    this.idf = new Float32Array(V);
    for (let v = 0; v < V; v++) {
      this.idf[v] = Math.log(1 + (this.n - df[v]! + 0.5) / (df[v]! + 0.5));
    }
    this.seqStart = new Int32Array(this.n + 1);
    seqParts.forEach((s, p) => (this.seqStart[p + 1] = this.seqStart[p]! + s.length));
    this.seq = new Int32Array(this.seqStart[this.n]!);
    seqParts.forEach((s, p) => this.seq.set(s, this.seqStart[p]!));
    this.tokStart = new Int32Array(this.seq.length);
    this.tokEnd = new Int32Array(this.seq.length);
    startParts.forEach((s, p) => this.tokStart.set(s, this.seqStart[p]!));
    endParts.forEach((s, p) => this.tokEnd.set(s, this.seqStart[p]!));
    this.sortedVocab = [...this.vocab.keys()].sort((a, b) =>
      this.vocab[a]! < this.vocab[b]! ? -1 : 1,
    );
    this.masks = new Int32Array(this.vocab.length);
    this.vocab.forEach((w, v) => {
      this.masks[v] = letterMask(w);
      const s = stem(w);
      const list = this.byStem.get(s);
      if (list) list.push(v);
      else this.byStem.set(s, [v]);
      (this.byLength[w.length] ??= []).push(v);
    });
  }

  /** Glossary surfaces (term, acronyms, phrases, expansions) indexed by their first stem. */
  private buildSurfaces(): void {
    for (const term of this.data.terms) {
      const forms = new Set<string>([
        term.term,
        ...term.acronyms,
        ...term.phrases,
        ...Object.values(term.expansion).filter((x): x is string => !!x),
      ]);
      for (const f of forms) {
        const ws = words(f);
        const content = ws.filter((w) => !isStopword(w));
        const stems = (content.length ? content : ws).map(stem);
        const first = stems[0];
        if (!first) continue;
        const list = this.surfaces.get(first) ?? [];
        if (!list.some((s) => s.term === term && s.stems.join(' ') === stems.join(' '))) {
          list.push({ term, stems });
        }
        this.surfaces.set(first, list);
      }
    }
  }

  // ---- word matching -------------------------------------------------------------------------

  private df(v: number): number {
    return this.postStart[v + 1]! - this.postStart[v]!;
  }

  private prefixRange(prefix: string): number[] {
    const sv = this.sortedVocab;
    let lo = 0;
    let hi = sv.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[sv[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sv.length && this.vocab[sv[i]!]!.startsWith(prefix); i++) out.push(sv[i]!);
    return out;
  }

  private prefixesOf(len: number): Map<string, number[]> {
    let m = this.prefixes.get(len);
    if (!m) {
      m = new Map();
      for (let l = len + 1; l < this.byLength.length; l++) {
        for (const v of this.byLength[l] ?? []) {
          const pre = this.vocab[v]!.slice(0, len);
          const list = m.get(pre);
          if (list) list.push(v);
          else m.set(pre, [v]);
        }
      }
      this.prefixes.set(len, m);
    }
    return m;
  }

  /** Vocabulary words a query word stands for, with a weight in (0, 1]. Cached per word. */
  private matchWord(q: string, open: boolean): WordMatches {
    const key = (open ? '*' : '') + q;
    const hit = this.wordCache.get(key);
    if (hit) return hit;
    const res: WordMatches = new Map();
    const add = (v: number, w: number) => {
      if (w > (res.get(v) ?? 0)) res.set(v, w);
    };
    const exact = this.vocabId.get(q);
    if (exact !== undefined) add(exact, 1);
    const stop = isStopword(q);
    if (!stop || open) {
      for (const v of this.byStem.get(stem(q)) ?? []) add(v, 0.95);
      if (q.length >= (open ? 1 : 3)) {
        const base = open ? 0.9 : 0.75;
        let range = this.prefixRange(q);
        if (range.length > MAX_PREFIX_WORDS) {
          // A short prefix stands for its most frequent completions (keeps keystrokes fast).
          range = range.sort((a, b) => this.df(b) - this.df(a)).slice(0, MAX_PREFIX_WORDS);
        }
        for (const v of range) {
          add(v, base * (0.6 + (0.4 * q.length) / this.vocab[v]!.length));
        }
      }
    }
    if (!stop) {
      const k = allowedTypos(q.length);
      const qm = letterMask(q);
      if (k > 0) {
        for (let len = q.length - k; len <= q.length + k; len++) {
          for (const v of this.byLength[len] ?? []) {
            if (popcount(qm ^ this.masks[v]!) > 2 * k || res.has(v)) continue;
            const d = editDistance(q, this.vocab[v]!, k);
            if (d <= k) add(v, d === 1 ? 0.7 : 0.5);
          }
        }
      }
      if (open && q.length >= 5) {
        // A typo in a word still being typed: compare with the start of longer words.
        for (const [pre, ids] of this.prefixesOf(q.length)) {
          if (popcount(qm ^ letterMask(pre)) > 2 || editDistance(q, pre, 1) > 1) continue;
          for (const v of ids) add(v, 0.5);
        }
      }
      if (q.length >= 4) {
        // OCR glued a short word in front ("lajustice", "aMalines").
        for (let len = q.length + 1; len <= q.length + 3; len++) {
          for (const v of this.byLength[len] ?? []) {
            if (this.vocab[v]!.endsWith(q)) add(v, 0.7);
          }
        }
      }
      const targets = LEXICON.get(q) ?? LEXICON.get(stem(q));
      for (const t of targets ?? []) {
        const tv = this.vocabId.get(t);
        if (tv !== undefined) add(tv, 0.85);
        for (const v of this.byStem.get(stem(t)) ?? []) add(v, 0.8);
        if (t.length >= 5) for (const v of this.prefixRange(t)) add(v, 0.7);
      }
    }
    if (this.wordCache.size > 2000) this.wordCache.clear();
    this.wordCache.set(key, res);
    return res;
  }

  /** Two known words glued into one (with a linking s or e), each with its matches. */
  private decompound(w: string): [WordMatches, WordMatches] | null {
    if (w.length < 7) return null;
    const known = (x: string) =>
      LEXICON.has(x) || this.vocabId.has(x) || (x.length >= 4 && this.byStem.has(stem(x)));
    for (let i = w.length - 3; i >= 3; i--) {
      const tail = w.slice(i);
      if (!known(tail)) continue;
      for (const head of [w.slice(0, i), w.slice(0, i - 1)]) {
        if (head.length < 3 || !known(head) || isStopword(head)) continue;
        if (head.length === i - 1 && !/[se]/.test(w[i - 1]!)) continue;
        const a = this.matchWord(head, false);
        const b = this.matchWord(tail, false);
        if (a.size && b.size) return [a, b];
      }
    }
    return null;
  }

  // ---- glossary terms and phrases ------------------------------------------------------------

  /** Passages that contain the word sequence (each step a set of vocabulary ids), in order. */
  private findSequence(steps: WordMatches[], maxGap: number): Set<number> {
    const out = new Set<number>();
    if (!steps.length || steps.some((s) => s.size === 0)) return out;
    // Candidates: passages holding the rarest step.
    let rarest = steps[0]!;
    let rarestSize = Infinity;
    for (const s of steps) {
      let size = 0;
      for (const v of s.keys()) size += this.postStart[v + 1]! - this.postStart[v]!;
      if (size < rarestSize) {
        rarest = s;
        rarestSize = size;
      }
    }
    const cands = new Set<number>();
    for (const v of rarest.keys()) {
      for (let k = this.postStart[v]!; k < this.postStart[v + 1]!; k++) {
        cands.add(this.postPassage[k]!);
      }
    }
    for (const p of cands) {
      const a = this.seqStart[p]!;
      const b = this.seqStart[p + 1]!;
      outer: for (let i = a; i < b; i++) {
        if (!steps[0]!.has(this.seq[i]!)) continue;
        let at = i;
        for (let s = 1; s < steps.length; s++) {
          let found = -1;
          for (let j = at + 1; j <= Math.min(b - 1, at + 1 + maxGap); j++) {
            if (steps[s]!.has(this.seq[j]!)) {
              found = j;
              break;
            }
          }
          if (found < 0) continue outer;
          at = found;
        }
        out.add(p);
        break;
      }
    }
    return out;
  }

  private stemSet(st: string): WordMatches {
    const m: WordMatches = new Map();
    for (const v of this.byStem.get(st) ?? []) m.set(v, 1);
    return m;
  }

  /** Passages that name a glossary entry: the term matcher's finds plus any alias in the text. */
  private aliasPassages(term: IndexedTerm): Set<number> {
    const hit = this.aliasCache.get(term.id);
    if (hit) return hit;
    const out = new Set<number>(term.passages.filter((p) => p < this.n));
    if (this.data.aliasesResolved) {
      this.aliasCache.set(term.id, out);
      return out;
    }
    for (const list of this.surfaces.values()) {
      for (const s of list) {
        if (s.term !== term) continue;
        const found = this.findSequence(
          s.stems.map((st) => this.stemSet(st)),
          3,
        );
        for (const p of found) out.add(p);
      }
    }
    this.aliasCache.set(term.id, out);
    return out;
  }

  /**
   * Finds glossary surfaces in the query words (longest first). Returns for each query word the
   * alias group it belongs to (or -1), and the groups' entries.
   */
  private findAliases(qw: string[], open: boolean): { at: number[]; groups: IndexedTerm[][] } {
    const at = qw.map(() => -1);
    const groups: IndexedTerm[][] = [];
    const content = qw.map((w, i) => ({ w, i })).filter((x) => !isStopword(x.w));
    const seqs = content.length ? content : qw.map((w, i) => ({ w, i }));
    for (let c = 0; c < seqs.length;) {
      const first = seqs[c]!;
      const cands = this.surfaces.get(stem(first.w)) ?? [];
      let bestLen = 0;
      let best: IndexedTerm[] = [];
      for (const s of cands) {
        if (s.stems.length < bestLen || c + s.stems.length > seqs.length) continue;
        let ok = true;
        for (let k = 0; k < s.stems.length && ok; k++) {
          const qword = seqs[c + k]!;
          const isLast = qword.i === qw.length - 1;
          const qs = stem(qword.w);
          ok =
            qs === s.stems[k] ||
            (open && isLast && qword.w.length >= 3 && s.stems[k]!.startsWith(qword.w));
        }
        if (!ok) continue;
        if (s.stems.length > bestLen) {
          bestLen = s.stems.length;
          best = [s.term];
        } else if (!best.includes(s.term)) best.push(s.term);
      }
      if (bestLen) {
        const g = groups.push(best) - 1;
        const from = seqs[c]!.i;
        const to = seqs[c + bestLen - 1]!.i;
        for (let i = from; i <= to; i++) at[i] = g;
        c += bestLen;
      } else c++;
    }
    return { at, groups };
  }

  // ---- search --------------------------------------------------------------------------------

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const parsed = parseQuery(query);
    const limit = options.limit ?? 30;
    const year = options.year ?? null;
    const cacheKey = `${parsed.key}|${limit}|${year ?? ''}`;
    const cached = this.cache.get(cacheKey);
    if (cached) {
      // Refresh its place in the LRU order.
      this.cache.delete(cacheKey);
      this.cache.set(cacheKey, cached);
      return cached;
    }
    const res = this.run(parsed, limit, year);
    this.cache.set(cacheKey, res);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    return res;
  }

  private buildParts(parsed: ReturnType<typeof parseQuery>): Part[] {
    const parts: Part[] = [];
    const qw = parsed.words;
    const { at, groups } = this.findAliases(qw, parsed.open);
    const allStop = qw.every(isStopword) && parsed.phrases.length === 0;
    const done = new Set<number>();
    qw.forEach((w, i) => {
      const g = at[i]!;
      if (g >= 0) {
        if (done.has(g)) return;
        done.add(g);
        const terms = groups[g]!;
        const passages = new Set<number>();
        const markStems = new Set<string>();
        for (const t of terms) {
          for (const p of this.aliasPassages(t)) passages.add(p);
          for (const list of this.surfaces.values()) {
            for (const s of list) if (s.term === t) s.stems.forEach((x) => markStems.add(x));
          }
        }
        parts.push({ kind: 'alias', importance: 1.2, passages, terms, markStems });
        return;
      }
      const open = parsed.open && i === qw.length - 1;
      const stop = isStopword(w) && !open && !allStop;
      const matches = this.matchWord(w, open);
      if (matches.size === 0) {
        // A Dutch or German compound ("grenscontroles"): its parts, if both are known.
        const split = this.decompound(w);
        if (split) {
          for (const m of split) parts.push({ kind: 'word', importance: 1, matches: m });
          return;
        }
      }
      parts.push({ kind: 'word', importance: stop ? 0.1 : 1, matches });
    });
    for (const ph of parsed.phrases) {
      const steps = ph.map((w): WordMatches => {
        const v = this.vocabId.get(w);
        return new Map(v === undefined ? [] : [[v, 1]]);
      });
      parts.push({
        kind: 'phrase',
        importance: 1.5,
        passages: this.findSequence(steps, 0),
        sequence: steps,
        required: true,
      });
    }
    return parts;
  }

  private run(parsed: ReturnType<typeof parseQuery>, limit: number, year: string | null) {
    const empty: SearchResponse = {
      key: parsed.key,
      terms: [],
      passages: [],
      total: 0,
      years: [],
      suggestions: [],
    };
    if (!parsed.words.length && !parsed.phrases.length) return empty;
    const parts = this.buildParts(parsed);
    const { cov, rel, tmpM, tmpR, seen } = this;
    const touched: number[] = [];
    let maxIdf = 1;
    for (const part of parts) {
      const local: number[] = [];
      if (part.matches) {
        for (const [v, w] of part.matches) {
          const idf = this.idf[v]!;
          if (idf > maxIdf) maxIdf = idf;
          for (let k = this.postStart[v]!, e = this.postStart[v + 1]!; k < e; k++) {
            const p = this.postPassage[k]!;
            const fw = this.postField[k]! * w;
            if (tmpM[p] === 0) local.push(p);
            if (fw > tmpM[p]!) tmpM[p] = fw;
            const r = fw * idf * this.postTf[k]!;
            if (r > tmpR[p]!) tmpR[p] = r;
          }
        }
      } else if (part.passages) {
        const size = part.passages.size;
        const idf = Math.log(1 + (this.n - size + 0.5) / (size + 0.5));
        if (idf > maxIdf) maxIdf = idf;
        for (const p of part.passages) {
          local.push(p);
          tmpM[p] = 1;
          tmpR[p] = idf * (K1 + 1) * 0.6;
        }
      }
      for (const p of local) {
        cov[p] = cov[p]! + part.importance * tmpM[p]!;
        rel[p] = rel[p]! + part.importance * tmpR[p]!;
        tmpM[p] = 0;
        tmpR[p] = 0;
        if (!seen[p]) {
          seen[p] = 1;
          touched.push(p);
        }
      }
    }
    const required = parts.filter((p) => p.required && p.passages);
    const norm = maxIdf * (K1 + 1) * parts.length;
    const candidates: number[] = [];
    const score = this.score;
    const yearCounts = new Map<string, number>();
    const perDoc = this.docCounts.fill(0);
    for (const p of touched) {
      const c = cov[p]!;
      const r = rel[p]!;
      cov[p] = 0;
      rel[p] = 0;
      seen[p] = 0;
      if (c < MIN_COVERAGE) continue;
      if (required.some((part) => !part.passages!.has(p))) continue;
      const d = this.docOf[p]!;
      perDoc[d]!++;
      if (year && this.docYear[d] !== year) continue;
      candidates.push(p);
      score[p] = c * 10 + (3 * r) / norm;
    }
    perDoc.forEach((count, d) => {
      const y = this.docYear[d]!;
      if (count) yearCounts.set(y, (yearCounts.get(y) ?? 0) + count);
    });
    const total = [...yearCounts.values()].reduce((a, b) => a + b, 0);
    const years: Facet[] = [...yearCounts]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, count]) => ({ key, label: key, count }));
    if (!total) return { ...empty, suggestions: this.suggest(parsed.words.join(' '), 3) };

    const byScore = (a: number, b: number) => score[b]! - score[a]! || a - b;
    // Proximity re-ranks the head: query words next to each other, in order.
    const head = topK(candidates, limit + 20, (p) => score[p]!);
    const wordParts = parts.filter((p) => p.kind === 'word' && p.importance >= 1);
    if (wordParts.length > 1) {
      for (const p of head) score[p] = score[p]! + this.proximity(p, wordParts);
    }
    head.sort(byScore);
    const ranked = head.slice(0, limit + 4);

    // Glossary entries the query names come first, each with its best passage.
    const claimed = new Set<number>();
    const terms: TermHit[] = [];
    const aliasParts = parts.filter((p) => p.kind === 'alias');
    const named: { term: IndexedTerm; set: Set<number> }[] = [];
    for (const part of aliasParts) {
      for (const t of part.terms!) named.push({ term: t, set: this.aliasPassages(t) });
    }
    // Only for one word that is no word of the texts, not even the start of one (Fuse costs ~ms).
    const [only] = parsed.words;
    const unknownWord =
      parsed.words.length === 1 &&
      only!.length >= 4 &&
      !this.vocabId.has(only!) &&
      !this.byStem.has(stem(only!)) &&
      this.prefixRange(only!).length === 0;
    if (!named.length && unknownWord) {
      // A typo'd term name ("Eurpol"): show the entry if it explains one of the top results.
      const [best] = this.suggest(only!, 1, 0.3);
      if (best) {
        const set = this.aliasPassages(best);
        if (ranked.slice(0, 5).some((p) => set.has(p))) named.push({ term: best, set });
      }
    }
    for (const { term, set } of named.slice(0, 2)) {
      const p = ranked.find((x) => set.has(x) && !claimed.has(x));
      if (p !== undefined) claimed.add(p);
      const docCount = new Set([...set].map((x) => this.data.passages[x]!.doc)).size;
      terms.push({
        term,
        passageCount: set.size,
        docCount,
        passage: p === undefined ? null : this.hit(p, score[p]!, parts),
      });
    }
    const passages = ranked
      .filter((p) => !claimed.has(p))
      .slice(0, limit)
      .map((p) => this.hit(p, score[p]!, parts));
    return { key: parsed.key, terms, passages, total, years, suggestions: [] };
  }

  private proximity(p: number, parts: Part[]): number {
    const a = this.seqStart[p]!;
    const b = this.seqStart[p + 1]!;
    let bonus = 0;
    for (let k = 0; k + 1 < parts.length; k++) {
      const m1 = parts[k]!.matches!;
      const m2 = parts[k + 1]!.matches!;
      for (let i = a; i < b; i++) {
        if (!m1.has(this.seq[i]!)) continue;
        const next = this.seq[i + 1];
        const next2 = this.seq[i + 2];
        if ((i + 1 < b && m2.has(next!)) || (i + 2 < b && m2.has(next2!))) {
          bonus += 1.5;
          break;
        }
      }
    }
    return bonus;
  }

  private hit(p: number, score: number, parts: Part[]): PassageHit {
    const pass = this.data.passages[p]!;
    const a = this.seqStart[p]!;
    const b = this.seqStart[p + 1]!;
    const marks: Mark[] = [];
    const mark = (i: number, j: number, group: number) =>
      marks.push({ start: this.tokStart[i]!, end: this.tokEnd[j]!, group });
    parts.forEach((part, g) => {
      if (part.matches) {
        if (part.importance < 1) return;
        for (let i = a; i < b; i++) {
          if ((part.matches.get(this.seq[i]!) ?? 0) >= 0.5) mark(i, i, g);
        }
      } else if (part.markStems) {
        for (let i = a; i < b; i++) {
          const w = this.vocab[this.seq[i]!]!;
          if (!isStopword(w) && part.markStems.has(stem(w))) mark(i, i, g);
        }
      } else if (part.sequence) {
        const steps = part.sequence;
        for (let i = a; i + steps.length <= b; i++) {
          let ok = true;
          for (let s = 0; s < steps.length && ok; s++) ok = steps[s]!.has(this.seq[i + s]!);
          if (ok) mark(i, i + steps.length - 1, g);
        }
      }
    });
    const doc = this.data.documents[pass.doc]!;
    return {
      index: p,
      id: pass.id,
      doc,
      section: pass.section >= 0 ? (this.data.sections[pass.section] ?? null) : null,
      score,
      snippet: makeSnippet(pass.text, dedupeMarks(marks)),
    };
  }

  termPassages(term: IndexedTerm): number[] {
    return [...this.aliasPassages(term)].sort((a, b) => a - b);
  }

  clearCache(): void {
    this.cache.clear();
    this.wordCache.clear();
  }

  suggest(query: string, limit = 3, maxScore = 0.4): IndexedTerm[] {
    // Fuse.js over the distinct words of the glossary's surfaces, one query word at a time (short
    // patterns keep Bitap cheap); a term scores by its best-matching word for each query word.
    const qwords = [...new Set(words(query).filter((w) => w.length >= 2 && !isStopword(w)))];
    if (!qwords.length) return [];
    if (!this.fuse) {
      const byWord = new Map<string, Set<IndexedTerm>>();
      for (const term of this.data.terms) {
        const forms = [
          term.term,
          ...term.acronyms,
          ...term.phrases,
          ...Object.values(term.expansion).filter((x): x is string => !!x),
        ];
        for (const w of forms.flatMap((f) => words(f))) {
          if (isStopword(w)) continue;
          const set = byWord.get(w) ?? new Set();
          set.add(term);
          byWord.set(w, set);
        }
      }
      this.fuse = new Fuse(
        [...byWord].map(([text, terms]) => ({ text, terms: [...terms] })),
        { keys: ['text'], includeScore: true, threshold: maxScore, ignoreLocation: true },
      );
    }
    const scores = new Map<IndexedTerm, number>();
    for (const w of qwords.slice(0, 4)) {
      const best = new Map<IndexedTerm, number>();
      for (const r of this.fuse.search(w.slice(0, 24), { limit: 30 })) {
        const value = 1 - (r.score ?? 1);
        if ((r.score ?? 1) > maxScore) continue;
        for (const t of r.item.terms) best.set(t, Math.max(best.get(t) ?? 0, value));
      }
      for (const [t, v] of best) scores.set(t, (scores.get(t) ?? 0) + v);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([t]) => t);
  }
}

/** Overlapping marks (a word matched by two parts) collapse into one. */
function dedupeMarks(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end > last.end) last.end = m.end;
    } else out.push({ ...m });
  }
  return out;
}

/** The k best items by key (descending), without sorting everything. */
function topK(items: number[], k: number, key: (x: number) => number): number[] {
  if (items.length <= k) return [...items];
  // Threshold from a partial selection: keep a small sorted buffer.
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
