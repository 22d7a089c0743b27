/**
 * Glossary entries whose names are close to the query's words (Fuse.js over the distinct words
 * of every term's surfaces), for a typo'd term name ("Eurpol"). One Fuse index per threshold:
 * Fuse prunes with the threshold it was built with, so sharing one index between callers with
 * different thresholds made the answers depend on who asked first.
 */
import Fuse from 'fuse.js';
import { termForms } from './aliases';
import { isStopword, words } from './normalize';
import type { IndexedTerm } from './types';

type Entry = { text: string; terms: IndexedTerm[] };

/** A word of the term's own name or acronyms outranks the same word in another's expansion. */
const NAME_BONUS = 0.05;

export class TermSuggester {
  private readonly entries: Entry[];
  private readonly fuses = new Map<number, Fuse<Entry>>();

  constructor(terms: IndexedTerm[]) {
    const byWord = new Map<string, Set<IndexedTerm>>();
    for (const term of terms) {
      for (const w of termForms(term).flatMap((f) => words(f))) {
        if (isStopword(w)) continue;
        const set = byWord.get(w) ?? new Set();
        set.add(term);
        byWord.set(w, set);
      }
    }
    this.entries = [...byWord].map(([text, set]) => ({ text, terms: [...set] }));
  }

  private fuse(threshold: number): Fuse<Entry> {
    let f = this.fuses.get(threshold);
    if (!f) {
      f = new Fuse(this.entries, {
        keys: ['text'],
        includeScore: true,
        threshold,
        ignoreLocation: true,
      });
      this.fuses.set(threshold, f);
    }
    return f;
  }

  /**
   * The `limit` entries whose words best match the query's words, one query word at a time
   * (short patterns keep Bitap cheap); a term scores by its best-matching word for each word.
   */
  suggest(query: string, limit: number, maxScore: number): IndexedTerm[] {
    const qwords = [...new Set(words(query).filter((w) => w.length >= 2 && !isStopword(w)))];
    if (!qwords.length) return [];
    const fuse = this.fuse(maxScore);
    const scores = new Map<IndexedTerm, number>();
    for (const w of qwords.slice(0, 4)) {
      const best = new Map<IndexedTerm, number>();
      for (const r of fuse.search(w.slice(0, 24), { limit: 30 })) {
        const score = r.score ?? 1;
        if (score > maxScore) continue;
        for (const t of r.item.terms) {
          const own = [t.term, ...t.acronyms].some((f) => words(f).includes(r.item.text));
          best.set(t, Math.max(best.get(t) ?? 0, 1 - score + (own ? NAME_BONUS : 0)));
        }
      }
      for (const [t, v] of best) scores.set(t, (scores.get(t) ?? 0) + v);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([t]) => t);
  }
}
