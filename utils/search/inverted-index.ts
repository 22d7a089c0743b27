/**
 * The search's inverted index over folded words (passage text, OCR readings, section headings),
 * built from the prebuilt search data in a few milliseconds: vocabulary, BM25 postings, each
 * passage's word sequence with UTF-16 offsets (for phrases, proximity and marks).
 */
import { letterMask } from './fuzzy';
import { stem, tokenize, words } from './normalize';
import type { SearchIndexData } from './types';

const FIELD_TEXT = 1;
const FIELD_EXTRA = 0.9;
const FIELD_SECTION = 0.5;
export const K1 = 1.2;
const B = 0.75;

export interface InvertedIndex {
  /** Number of passages. */
  n: number;
  vocab: string[];
  vocabId: Map<string, number>;
  /** Vocabulary ids in alphabetical order (prefix lookups). */
  sortedVocab: number[];
  byStem: Map<string, number[]>;
  byLength: number[][];
  /** letterMask of each word (cheap typo pre-filter). */
  masks: Int32Array;
  /** Postings of word v: [postStart[v], postStart[v + 1]). */
  postStart: Int32Array;
  postPassage: Int32Array;
  postField: Float32Array;
  /** BM25 term-frequency factor. */
  postTf: Float32Array;
  idf: Float32Array;
  /** Words of passage p: seq[seqStart[p] .. seqStart[p + 1]). */
  seqStart: Int32Array;
  seq: Int32Array;
  /** UTF-16 offsets of each `seq` word in its passage text. */
  tokStart: Int32Array;
  tokEnd: Int32Array;
}

export function buildInvertedIndex(data: SearchIndexData): InvertedIndex {
  const { passages, sections } = data;
  const n = passages.length;
  const vocab: string[] = [];
  const vocabId = new Map<string, number>();
  const id = (word: string): number => {
    let v = vocabId.get(word);
    if (v === undefined) {
      v = vocab.push(word) - 1;
      vocabId.set(word, v);
    }
    return v;
  };
  const sectionWords = sections.map((s) => [...new Set(words(s))]);
  // Per passage: vid → [tf, field]
  const perPassage: Map<number, [number, number]>[] = [];
  const seqParts: number[][] = [];
  const startParts: number[][] = [];
  const endParts: number[][] = [];
  const lengths = new Float32Array(n);
  let total = 0;
  for (let p = 0; p < n; p++) {
    const pass = passages[p]!;
    const m = new Map<number, [number, number]>();
    const seq: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (const t of tokenize(pass.text)) {
      const v = id(t.norm);
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
        const v = id(w);
        if (!m.has(v)) m.set(v, [1, FIELD_EXTRA]);
      }
    }
    if (pass.section >= 0) {
      for (const w of sectionWords[pass.section] ?? []) {
        const v = id(w);
        if (!m.has(v)) m.set(v, [1, FIELD_SECTION]);
      }
    }
    lengths[p] = seq.length;
    total += seq.length;
    perPassage.push(m);
    seqParts.push(seq);
  }
  const avg = total / Math.max(1, n);
  const V = vocab.length;
  const df = new Int32Array(V);
  for (const m of perPassage) for (const v of m.keys()) df[v]!++;
  const postStart = new Int32Array(V + 1);
  for (let v = 0; v < V; v++) postStart[v + 1] = postStart[v]! + df[v]!;
  const size = postStart[V]!;
  const postPassage = new Int32Array(size);
  const postField = new Float32Array(size);
  const postTf = new Float32Array(size);
  const fill = postStart.slice(0, V);
  perPassage.forEach((m, p) => {
    const norm = K1 * (1 - B + (B * lengths[p]!) / avg);
    for (const [v, [tf, field]] of m) {
      const k = fill[v]!++;
      postPassage[k] = p;
      postField[k] = field;
      postTf[k] = (tf * (K1 + 1)) / (tf + norm);
    }
  });
  const idf = new Float32Array(V);
  for (let v = 0; v < V; v++) idf[v] = Math.log(1 + (n - df[v]! + 0.5) / (df[v]! + 0.5));
  const seqStart = new Int32Array(n + 1);
  seqParts.forEach((s, p) => (seqStart[p + 1] = seqStart[p]! + s.length));
  const seq = new Int32Array(seqStart[n]!);
  seqParts.forEach((s, p) => seq.set(s, seqStart[p]!));
  const tokStart = new Int32Array(seq.length);
  const tokEnd = new Int32Array(seq.length);
  startParts.forEach((s, p) => tokStart.set(s, seqStart[p]!));
  endParts.forEach((s, p) => tokEnd.set(s, seqStart[p]!));
  const sortedVocab = [...vocab.keys()].sort((a, b) => (vocab[a]! < vocab[b]! ? -1 : 1));
  const masks = new Int32Array(V);
  const byStem = new Map<string, number[]>();
  const byLength: number[][] = [];
  vocab.forEach((w, v) => {
    masks[v] = letterMask(w);
    const s = stem(w);
    const list = byStem.get(s);
    if (list) list.push(v);
    else byStem.set(s, [v]);
    (byLength[w.length] ??= []).push(v);
  });
  return {
    n,
    vocab,
    vocabId,
    sortedVocab,
    byStem,
    byLength,
    masks,
    postStart,
    postPassage,
    postField,
    postTf,
    idf,
    seqStart,
    seq,
    tokStart,
    tokEnd,
  };
}

/** Number of passages that hold word v. */
export function docFreq(ix: InvertedIndex, v: number): number {
  return ix.postStart[v + 1]! - ix.postStart[v]!;
}

/** Vocabulary ids of the words that start with `prefix`. */
export function prefixRange(ix: InvertedIndex, prefix: string): number[] {
  const sv = ix.sortedVocab;
  let lo = 0;
  let hi = sv.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.vocab[sv[mid]!]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sv.length && ix.vocab[sv[i]!]!.startsWith(prefix); i++) out.push(sv[i]!);
  return out;
}
