/**
 * The places a reader can step through: occurrences of a glossary term (from the build's
 * occurrence list) or passages matching a free query. Ordered along the timeline, then reading
 * order, so "next" walks the five texts from 2017 to 2023.
 */
import type { Passage } from '../corpus-types';
import type { GlossaryEntry } from '../glossary-types';
import type { CorpusIndex } from './corpus-index';
import { findPhraseRanges, findWordRanges, queryWords, type Range } from './marks';

export interface Hit {
  doc: string;
  passage: string;
  /** Order of the passage in its document. */
  order: number;
  ranges: Range[];
}

export type Focus = { kind: 'term'; term: string } | { kind: 'query'; q: string };

function sortHits(index: CorpusIndex, hits: Hit[]): Hit[] {
  const rank = (d: string) => index.docRank.get(d) ?? Number.MAX_SAFE_INTEGER;
  return hits.sort((a, b) => rank(a.doc) - rank(b.doc) || a.order - b.order);
}

/** Surfaces of a glossary entry found in a text (used when the build lists no occurrence). */
export function glossaryRanges(text: string, entry: GlossaryEntry): Range[] {
  const out: Range[] = [];
  for (const a of entry.acronyms ?? []) out.push(...findPhraseRanges(text, a, true));
  for (const p of entry.phrases ?? []) out.push(...findPhraseRanges(text, p));
  return out;
}

/** One hit per passage, ranges grouped, timeline order. */
export function termHits(index: CorpusIndex, term: string, entry?: GlossaryEntry): Hit[] {
  const byPassage = new Map<string, Hit>();
  const occurrences = index.occurrencesByTerm.get(term) ?? [];
  for (const o of occurrences) {
    const p = index.passageById.get(o.passage);
    if (!p) continue;
    const k = `${p.doc}\u0000${p.id}`;
    const hit = byPassage.get(k) ?? { doc: p.doc, passage: p.id, order: p.order, ranges: [] };
    hit.ranges.push({ start: o.start, end: o.end });
    byPassage.set(k, hit);
  }
  if (!occurrences.length && entry) {
    // The build has not listed this term's occurrences: find its surfaces ourselves.
    for (const list of index.passagesByDoc.values()) {
      for (const p of list) addHit(byPassage, p, glossaryRanges(p.text, entry));
    }
  }
  return sortHits(index, [...byPassage.values()]);
}

function addHit(map: Map<string, Hit>, p: Passage, ranges: Range[]) {
  if (!ranges.length) return;
  const k = `${p.doc}\u0000${p.id}`;
  if (map.has(k)) return; // a duplicate id later in the same document
  map.set(k, { doc: p.doc, passage: p.id, order: p.order, ranges });
}

/** Passages where every useful query word appears (or, failing that, any of them). */
export function queryHits(index: CorpusIndex, q: string): Hit[] {
  const words = queryWords(q);
  if (!words.length) return [];
  const all = new Map<string, Hit>();
  const any = new Map<string, Hit>();
  for (const list of index.passagesByDoc.values()) {
    for (const p of list) {
      const ranges = findWordRanges(p.text, words);
      if (!ranges.length) continue;
      addHit(any, p, ranges);
      if (words.every((w) => findWordRanges(p.text, [w]).length > 0)) addHit(all, p, ranges);
    }
  }
  return sortHits(index, [...(all.size ? all : any).values()]);
}

export function hitsFor(index: CorpusIndex, focus: Focus | null, entry?: GlossaryEntry): Hit[] {
  if (!focus) return [];
  return focus.kind === 'term' ? termHits(index, focus.term, entry) : queryHits(index, focus.q);
}

export interface HitNavigation {
  /** Index of the current passage in `hits`, or -1 when it is not a hit. */
  current: number;
  prev: Hit | null;
  next: Hit | null;
  prevInDoc: Hit | null;
  nextInDoc: Hit | null;
  /** Hits in the current document, and the 1-based position of the current one among them. */
  inDoc: number;
  positionInDoc: number;
  total: number;
}

/**
 * Previous and next hits around a position (document + passage order). Without a target passage
 * the position is the top of the document, so "next" is its first hit.
 */
export function navigate(
  index: CorpusIndex,
  hits: Hit[],
  doc: string,
  order: number | null,
): HitNavigation {
  const rank = index.docRank.get(doc) ?? -1;
  const at = order ?? -0.5;
  const cmp = (h: Hit) => {
    const r = index.docRank.get(h.doc) ?? Number.MAX_SAFE_INTEGER;
    return r !== rank ? r - rank : h.order - at;
  };
  let current = -1;
  let prev: Hit | null = null;
  let next: Hit | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const c = cmp(h);
    if (c < 0) prev = h;
    else if (c === 0) current = i;
    else if (!next) next = h;
  }
  const docHits = hits.filter((h) => h.doc === doc);
  const prevInDoc = prev && prev.doc === doc ? prev : null;
  const nextInDoc = next && next.doc === doc ? next : null;
  const positionInDoc = current >= 0 ? docHits.findIndex((h) => h === hits[current]) + 1 : 0;
  return {
    current,
    prev,
    next,
    prevInDoc,
    nextInDoc,
    inDoc: docHits.length,
    positionInDoc,
    total: hits.length,
  };
}

/** Number of occurrences (marked ranges) per document id. */
export function countByDoc(hits: Hit[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const h of hits) out.set(h.doc, (out.get(h.doc) ?? 0) + Math.max(1, h.ranges.length));
  return out;
}
