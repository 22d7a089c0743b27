/**
 * The popup's search. A query becomes "parts" (query-parts.ts): glossary terms it names (with all
 * their aliases, aliases.ts), free words (word-expansion.ts) and quoted phrases. Passages the
 * parts support are ranked (ranking.ts) over an inverted index (inverted-index.ts); each listed
 * passage gets a snippet around the words that made it match (marks.ts, utils/snippet.ts).
 */
import { buildSnippet } from '../snippet';
import { AliasIndex, termForms } from './aliases';
import { allowedTypos, editDistance } from './fuzzy';
import { buildInvertedIndex, prefixRange, type InvertedIndex } from './inverted-index';
import { passageMarks } from './marks';
import { isStopword, parseQuery, stem, words, type ParsedQuery } from './normalize';
import { queryParts, type Part } from './query-parts';
import { Ranker } from './ranking';
import { TermSuggester } from './suggest';
import type {
  IndexedTerm,
  PassageHit,
  SearchIndexData,
  SearchOptions,
  SearchResponse,
  TermHit,
} from './types';
import { WordExpander } from './word-expansion';

const CACHE_SIZE = 200;
/** Fuse score a typo'd term name may have to be shown (0 = exact). */
const TYPO_NAME_SCORE = 0.3;
const SUGGEST_SCORE = 0.4;
const SNIPPET_LENGTH = 220;

export interface SearchEngine {
  data: SearchIndexData;
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Glossary entries closest to a query (Fuse.js), for typo'd term names. */
  suggest(query: string, limit?: number, maxScore?: number): IndexedTerm[];
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
  private readonly ix: InvertedIndex;
  private readonly expander: WordExpander;
  private readonly aliases: AliasIndex;
  private readonly ranker: Ranker;
  private suggester: TermSuggester | null = null;
  private readonly cache = new Map<string, SearchResponse>();

  constructor(data: SearchIndexData) {
    this.data = data;
    this.ix = buildInvertedIndex(data);
    this.expander = new WordExpander(this.ix);
    this.aliases = new AliasIndex(this.ix, data.terms, !!data.aliasesResolved);
    this.ranker = new Ranker(
      this.ix,
      Int32Array.from(data.passages, (p) => p.doc),
      data.documents.map((d) => d.date.slice(0, 4)),
    );
  }

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

  private run(parsed: ParsedQuery, limit: number, year: string | null): SearchResponse {
    const empty: SearchResponse = {
      key: parsed.key,
      terms: [],
      passages: [],
      total: 0,
      years: [],
      suggestions: [],
    };
    if (!parsed.words.length && !parsed.phrases.length) return empty;
    const parts = queryParts(this.ix, this.expander, this.aliases, parsed);
    const { ranked, score, total, years } = this.ranker.rank(parts, limit, year);
    if (!total) return { ...empty, suggestions: this.closeNames(parsed.words) };

    // Glossary entries the query names come first, each with its best passage.
    const named: { term: IndexedTerm; set: Set<number> }[] = [];
    for (const part of parts) {
      if (part.kind !== 'alias') continue;
      for (const t of part.terms!) named.push({ term: t, set: this.aliases.passages(t) });
    }
    const typoName = named.length ? null : this.typoName(parsed);
    if (typoName) {
      // A typo'd term name ("Eurpol"): show the entry if it explains one of the top results.
      const set = this.aliases.passages(typoName);
      if (ranked.slice(0, 5).some((p) => set.has(p))) named.push({ term: typoName, set });
    }
    const claimed = new Set<number>();
    const terms: TermHit[] = [];
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

  /** For one word that is no word of the texts, not even the start of one: a close term name. */
  private typoName(parsed: ParsedQuery): IndexedTerm | null {
    const [only] = parsed.words;
    if (parsed.words.length !== 1 || only!.length < 4) return null;
    const ix = this.ix;
    if (ix.vocabId.has(only!) || ix.byStem.has(stem(only!)) || prefixRange(ix, only!).length) {
      return null;
    }
    return this.suggest(only!, 1, TYPO_NAME_SCORE)[0] ?? null;
  }

  /**
   * When nothing matched: term names that a query word the texts do not hold is a plausible
   * misspelling of (one or two edits), never merely "the closest" name ("Mbappé" gets none).
   */
  private closeNames(qwords: string[]): IndexedTerm[] {
    const ix = this.ix;
    const meaningful = qwords.filter((w) => !isStopword(w));
    // A long query with nothing in the texts is about something else, not a typo'd name.
    if (meaningful.length > 2) return [];
    const typos = meaningful.filter(
      (w) => w.length >= 4 && !/^\d+$/.test(w) && !ix.vocabId.has(w) && !ix.byStem.has(stem(w)),
    );
    if (!typos.length) return [];
    const close = (w: string, tw: string) => {
      const k = Math.max(1, allowedTypos(Math.min(w.length, tw.length)));
      return editDistance(w, tw, k) <= k;
    };
    return this.suggest(typos.join(' '), 3, SUGGEST_SCORE).filter((t) =>
      termForms(t)
        .flatMap((f) => words(f))
        .some((tw) => typos.some((w) => close(w, tw))),
    );
  }

  private hit(p: number, score: number, parts: Part[]): PassageHit {
    const pass = this.data.passages[p]!;
    const doc = this.data.documents[pass.doc]!;
    return {
      index: p,
      id: pass.id,
      doc,
      section: pass.section >= 0 ? (this.data.sections[pass.section] ?? null) : null,
      score,
      snippet: buildSnippet(pass.text, passageMarks(this.ix, this.aliases, parts, p), {
        maxLength: SNIPPET_LENGTH,
        lead: 0.25,
      }),
    };
  }

  termPassages(term: IndexedTerm): number[] {
    return [...this.aliases.passages(term)].sort((a, b) => a - b);
  }

  clearCache(): void {
    this.cache.clear();
    this.expander.clear();
  }

  suggest(query: string, limit = 3, maxScore = SUGGEST_SCORE): IndexedTerm[] {
    this.suggester ??= new TermSuggester(this.data.terms);
    return this.suggester.suggest(query, limit, maxScore);
  }
}
