/**
 * What one query word stands for in the texts: the word itself, same stem, completions while it
 * is typed, typos, words OCR glued a short word onto, English/Dutch lexicon translations, and
 * the parts of a Dutch compound. Each match carries a weight in (0, 1]: STRONG_MATCH and above
 * for exact, stem and lexicon matches, below for typos and prefixes.
 */
import { allowedTypos, editDistance, letterMask, popcount } from './fuzzy';
import { docFreq, prefixRange, type InvertedIndex } from './inverted-index';
import { LEXICON } from './lexicon';
import { isStopword, stem } from './normalize';

/** Vocabulary id → match weight. */
export type WordMatches = Map<number, number>;

/** Exact, same stem or translated (typos and prefixes weigh less). */
export const STRONG_MATCH = 0.8;
const MAX_PREFIX_WORDS = 40;
const NUMBER = /^\d+$/;

export class WordExpander {
  private readonly cache = new Map<string, WordMatches>();
  /** Per prefix length: distinct prefixes of longer words → their ids (typos while typing). */
  private readonly prefixes = new Map<number, Map<string, number[]>>();

  constructor(private readonly ix: InvertedIndex) {}

  clear(): void {
    this.cache.clear();
  }

  /**
   * Vocabulary words a query word stands for. `open`: the word is still being typed.
   * `shortTypos`: words under five letters may carry a typo too (not beside other words: one
   * edit in four letters is another word, "tour" → "tout", "cour", "pour").
   */
  match(q: string, open: boolean, shortTypos = true): WordMatches {
    const key = (open ? '*' : '') + (shortTypos ? '' : '!') + q;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const res = this.compute(q, open, shortTypos || q.length >= 5);
    if (this.cache.size > 2000) this.cache.clear();
    this.cache.set(key, res);
    return res;
  }

  private compute(q: string, open: boolean, typos: boolean): WordMatches {
    const ix = this.ix;
    const res: WordMatches = new Map();
    const add = (v: number, w: number) => {
      if (w > (res.get(v) ?? 0)) res.set(v, w);
    };
    const exact = ix.vocabId.get(q);
    if (exact !== undefined) add(exact, 1);
    // A number means that number ("2026" is not a typo of "2024"), except while typed.
    if (NUMBER.test(q)) {
      if (open) for (const v of prefixRange(ix, q)) add(v, 0.9);
      return res;
    }
    const stop = isStopword(q);
    if (!stop || open) {
      for (const v of ix.byStem.get(stem(q)) ?? []) add(v, 0.95);
      if (q.length >= (open ? 1 : 3)) {
        const base = open ? 0.9 : 0.75;
        let range = prefixRange(ix, q);
        if (range.length > MAX_PREFIX_WORDS) {
          // A short prefix stands for its most frequent completions (keeps keystrokes fast).
          range = range.sort((a, b) => docFreq(ix, b) - docFreq(ix, a)).slice(0, MAX_PREFIX_WORDS);
        }
        for (const v of range) add(v, base * (0.6 + (0.4 * q.length) / ix.vocab[v]!.length));
      }
    }
    if (stop) return res;
    const k = typos ? allowedTypos(q.length) : 0;
    const qm = letterMask(q);
    if (k > 0) {
      for (let len = q.length - k; len <= q.length + k; len++) {
        for (const v of ix.byLength[len] ?? []) {
          if (popcount(qm ^ ix.masks[v]!) > 2 * k || res.has(v)) continue;
          const d = editDistance(q, ix.vocab[v]!, k);
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
      // OCR glued a short function word in front ("lajustice", "aMalines"; not "retour").
      for (let len = q.length + 1; len <= q.length + 3; len++) {
        for (const v of ix.byLength[len] ?? []) {
          const w = ix.vocab[v]!;
          if (w.endsWith(q) && isStopword(w.slice(0, len - q.length))) add(v, 0.7);
        }
      }
    }
    const targets = LEXICON.get(q) ?? LEXICON.get(stem(q));
    for (const t of targets ?? []) {
      const tv = ix.vocabId.get(t);
      if (tv !== undefined) add(tv, 0.85);
      for (const v of ix.byStem.get(stem(t)) ?? []) add(v, 0.8);
      if (t.length >= 5) for (const v of prefixRange(ix, t)) add(v, 0.7);
    }
    return res;
  }

  private prefixesOf(len: number): Map<string, number[]> {
    let m = this.prefixes.get(len);
    if (!m) {
      m = new Map();
      for (let l = len + 1; l < this.ix.byLength.length; l++) {
        for (const v of this.ix.byLength[l] ?? []) {
          const pre = this.ix.vocab[v]!.slice(0, len);
          const list = m.get(pre);
          if (list) list.push(v);
          else m.set(pre, [v]);
        }
      }
      this.prefixes.set(len, m);
    }
    return m;
  }

  /** Two known words glued into one (with a linking s or e), each with its matches. */
  decompound(w: string): [WordMatches, WordMatches] | null {
    if (w.length < 7) return null;
    const ix = this.ix;
    const known = (x: string) =>
      LEXICON.has(x) || ix.vocabId.has(x) || (x.length >= 4 && ix.byStem.has(stem(x)));
    for (let i = w.length - 3; i >= 3; i--) {
      const tail = w.slice(i);
      if (!known(tail)) continue;
      for (const head of [w.slice(0, i), w.slice(0, i - 1)]) {
        if (head.length < 3 || !known(head) || isStopword(head)) continue;
        if (head.length === i - 1 && !/[se]/.test(w[i - 1]!)) continue;
        const a = this.match(head, false);
        const b = this.match(tail, false);
        if (a.size && b.size) return [a, b];
      }
    }
    return null;
  }
}
