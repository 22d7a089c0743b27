/**
 * Glossary terms in queries and passages: every surface of a term (name, acronyms, phrases,
 * expansions in each language) as a sequence of stems. Finds the surfaces a query names (longest
 * first, tolerating a typo in a long word of a multi-word name), the passages that hold a term,
 * and where in a passage its surfaces are (for marks).
 */
import { allowedTypos, editDistance } from './fuzzy';
import type { InvertedIndex } from './inverted-index';
import { isStopword, stem, words } from './normalize';
import type { IndexedTerm } from './types';
import type { WordMatches } from './word-expansion';

export interface Surface {
  term: IndexedTerm;
  /** Stems of the surface's content words, in order. */
  stems: string[];
}

/** Most words an alias's words may be apart in a passage ("mandat d'arrêt européen"). */
const ALIAS_GAP = 3;

export function termForms(term: IndexedTerm): string[] {
  return [
    term.term,
    ...term.acronyms,
    ...term.phrases,
    ...Object.values(term.expansion).filter((x): x is string => !!x),
  ];
}

export class AliasIndex {
  /** Surfaces by their first stem. */
  private readonly byFirst = new Map<string, Surface[]>();
  private readonly byTerm = new Map<string, Surface[]>();
  private readonly passageCache = new Map<string, Set<number>>();

  constructor(
    private readonly ix: InvertedIndex,
    terms: IndexedTerm[],
    /** Term passages already include alias matches (done by the build). */
    private readonly resolved: boolean,
  ) {
    for (const term of terms) {
      const own: Surface[] = [];
      for (const f of termForms(term)) {
        const ws = words(f);
        const content = ws.filter((w) => !isStopword(w));
        const stems = (content.length ? content : ws).map(stem);
        const first = stems[0];
        if (!first || own.some((s) => s.stems.join(' ') === stems.join(' '))) continue;
        const surface = { term, stems };
        own.push(surface);
        const list = this.byFirst.get(first) ?? [];
        list.push(surface);
        this.byFirst.set(first, list);
      }
      this.byTerm.set(term.id, own);
    }
  }

  /** Passages that name a term: the term matcher's finds plus any alias in the text. */
  passages(term: IndexedTerm): Set<number> {
    const hit = this.passageCache.get(term.id);
    if (hit) return hit;
    const out = new Set<number>(term.passages.filter((p) => p < this.ix.n));
    if (!this.resolved) {
      for (const s of this.byTerm.get(term.id) ?? []) {
        for (const p of findSequence(this.ix, s.stems.map(this.stemSet), ALIAS_GAP)) out.add(p);
      }
    }
    this.passageCache.set(term.id, out);
    return out;
  }

  private readonly stemSet = (st: string): WordMatches => {
    const m: WordMatches = new Map();
    for (const v of this.ix.byStem.get(st) ?? []) m.set(v, 1);
    return m;
  };

  /** Token spans [from, to] (indices into ix.seq) of the term's surfaces in passage p. */
  spans(term: IndexedTerm, p: number): [number, number][] {
    const out: [number, number][] = [];
    for (const s of this.byTerm.get(term.id) ?? []) {
      out.push(...sequenceSpans(this.ix, p, s.stems.map(this.stemSet), ALIAS_GAP));
    }
    return out;
  }

  /**
   * Glossary surfaces in the query words (longest first). Returns for each query word the alias
   * group it belongs to (or -1), and the groups' entries.
   */
  find(qw: string[], open: boolean): { at: number[]; groups: IndexedTerm[][] } {
    const at = qw.map(() => -1);
    const groups: IndexedTerm[][] = [];
    const content = qw.map((w, i) => ({ w, i })).filter((x) => !isStopword(x.w));
    const seqs = content.length ? content : qw.map((w, i) => ({ w, i }));
    for (let c = 0; c < seqs.length;) {
      let bestLen = 0;
      let best: IndexedTerm[] = [];
      for (const s of this.candidates(seqs[c]!.w)) {
        if (s.stems.length < bestLen || c + s.stems.length > seqs.length) continue;
        let exact = 0;
        let ok = true;
        for (let k = 0; k < s.stems.length && ok; k++) {
          const qword = seqs[c + k]!;
          const qs = stem(qword.w);
          const isLast = qword.i === qw.length - 1;
          if (qs === s.stems[k]) exact++;
          else if (open && isLast && qword.w.length >= 3 && s.stems[k]!.startsWith(qword.w))
            exact++;
          else ok = s.stems.length > 1 && closeWord(qs, s.stems[k]!);
        }
        // A typo'd multi-word name needs at least one word spelt right ("mandat d arret europen").
        if (!ok || exact === 0) continue;
        if (s.stems.length > bestLen) {
          bestLen = s.stems.length;
          best = [s.term];
        } else if (!best.includes(s.term)) best.push(s.term);
      }
      if (bestLen) {
        const g = groups.push(best) - 1;
        for (let i = seqs[c]!.i; i <= seqs[c + bestLen - 1]!.i; i++) at[i] = g;
        c += bestLen;
      } else c++;
    }
    return { at, groups };
  }

  /** Surfaces whose first word is this query word, or a typo of it. */
  private candidates(w: string): Surface[] {
    const st = stem(w);
    const exact = this.byFirst.get(st) ?? [];
    if (w.length < 5) return exact;
    const out = [...exact];
    for (const [first, list] of this.byFirst) {
      if (Math.abs(first.length - st.length) > 2 || first === st) continue;
      if (closeWord(st, first)) out.push(...list.filter((s) => s.stems.length > 1));
    }
    return out;
  }
}

/** A typo of a long word (one edit from 5 letters, two from 8). */
function closeWord(a: string, b: string): boolean {
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  const k = Math.min(allowedTypos(len), len >= 8 ? 2 : 1);
  return editDistance(a, b, k) <= k;
}

/** Passages that contain the word sequence (each step a set of vocabulary ids), in order. */
export function findSequence(ix: InvertedIndex, steps: WordMatches[], maxGap: number): Set<number> {
  const out = new Set<number>();
  if (!steps.length || steps.some((s) => s.size === 0)) return out;
  // Candidates: passages holding the rarest step.
  let rarest = steps[0]!;
  let rarestSize = Infinity;
  for (const s of steps) {
    let size = 0;
    for (const v of s.keys()) size += ix.postStart[v + 1]! - ix.postStart[v]!;
    if (size < rarestSize) {
      rarest = s;
      rarestSize = size;
    }
  }
  const cands = new Set<number>();
  for (const v of rarest.keys()) {
    for (let k = ix.postStart[v]!; k < ix.postStart[v + 1]!; k++) cands.add(ix.postPassage[k]!);
  }
  for (const p of cands) if (sequenceSpans(ix, p, steps, maxGap, true).length) out.add(p);
  return out;
}

/** Token spans of the sequence in passage p (the first only when `first`). */
export function sequenceSpans(
  ix: InvertedIndex,
  p: number,
  steps: WordMatches[],
  maxGap: number,
  first = false,
): [number, number][] {
  const out: [number, number][] = [];
  if (!steps.length || steps.some((s) => s.size === 0)) return out;
  const a = ix.seqStart[p]!;
  const b = ix.seqStart[p + 1]!;
  outer: for (let i = a; i < b; i++) {
    if (!steps[0]!.has(ix.seq[i]!)) continue;
    let at = i;
    for (let s = 1; s < steps.length; s++) {
      let found = -1;
      for (let j = at + 1; j <= Math.min(b - 1, at + 1 + maxGap); j++) {
        if (steps[s]!.has(ix.seq[j]!)) {
          found = j;
          break;
        }
      }
      if (found < 0) continue outer;
      at = found;
    }
    out.push([i, at]);
    if (first) break;
    i = at;
  }
  return out;
}
