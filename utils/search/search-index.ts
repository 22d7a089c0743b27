/**
 * Build step: turns the corpus and glossary into the search data the popup loads (the runtime
 * index is built from it in a few milliseconds, see engine.ts). Runs in Node only; the popup must
 * not import this file (it loads a French word list).
 */
import { createRequire } from 'node:module';
import type { Corpus } from '../corpus-types';
import type { GlossaryEntry } from '../glossary-types';
import { foldWord, tokenize } from './normalize';
import { createSearchEngine } from './engine';
import type { IndexedPassage, IndexedTerm, SearchIndexData } from './types';

export type { SearchIndexData } from './types';

let dictionary: Set<string> | null | undefined;

/** Folded French word list (an-array-of-french-words), or null when it is not installed. */
function frenchWords(): Set<string> | null {
  if (dictionary !== undefined) return dictionary;
  try {
    const list = createRequire(import.meta.url)('an-array-of-french-words') as string[];
    dictionary = new Set(list.map((w) => foldWord(w).replace(/[^a-z0-9]/g, '')));
  } catch {
    dictionary = null;
  }
  return dictionary;
}

// Letters OCR commonly misreads, as [seen, meant]: "Iégislation", "ceuvre", "frangaise", "slireté".
const CONFUSIONS: [string, string][] = [
  ['i', 'l'],
  ['l', 'i'],
  ['ce', 'oe'],
  ['g', 'c'],
  ['li', 'u'],
  ['rn', 'm'],
  ['gu', 'u'],
];

// Words OCR glues to the next one ("lajustice", "arenforcer", "aMalines", "sappuyant").
const GLUED_HEADS = new Set([
  'a',
  'au',
  'aux',
  'ala',
  'd',
  'de',
  'des',
  'du',
  'en',
  'l',
  'la',
  'le',
  'les',
  'n',
  's',
  'qu',
  'qui',
  'ce',
  'et',
  'un',
  'une',
]);

/**
 * Readings of an OCR-damaged word that are real French words: letter confusions, a glued
 * article or preposition, two glued words.
 */
function readings(w: string, dict: Set<string>): string[] {
  const out = new Set<string>();
  for (const [seen, meant] of CONFUSIONS) {
    for (let i = w.indexOf(seen); i >= 0; i = w.indexOf(seen, i + 1)) {
      const cand = w.slice(0, i) + meant + w.slice(i + seen.length);
      if (dict.has(cand)) out.add(cand);
    }
  }
  for (let i = 1; i < w.length - 2; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (GLUED_HEADS.has(head) && dict.has(tail)) out.add(tail);
    else if (head.length >= 4 && tail.length >= 4 && dict.has(head) && dict.has(tail)) {
      out.add(head);
      out.add(tail);
    }
  }
  return [...out];
}

/** Extra folded words for one passage: OCR readings and words of the original text. */
function extraWords(text: string, original: string, dict: Set<string> | null): string {
  const toks = tokenize(text).map((t) => t.norm);
  const have = new Set(toks);
  const extra = new Set<string>();
  for (const w of tokenize(original).map((t) => t.norm)) if (!have.has(w)) extra.add(w);
  if (dict) {
    const known = (w: string) => dict.has(w) || /^\d+$/.test(w);
    toks.forEach((w, i) => {
      if (known(w)) return;
      for (const r of readings(w, dict)) if (!have.has(r)) extra.add(r);
      // A word split in two ("national es", "homol ogues", "lai sser").
      const next = toks[i + 1];
      if (next && dict.has(w + next) && !have.has(w + next)) extra.add(w + next);
      const prev = toks[i - 1];
      if (prev && dict.has(prev + w) && !have.has(prev + w)) extra.add(prev + w);
    });
  }
  return [...extra].join(' ');
}

export function buildSearchIndex(corpus: Corpus, glossary: GlossaryEntry[]): SearchIndexData {
  const dict = frenchWords();
  const docIndex = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const sections: string[] = [];
  const sectionIndex = new Map<string, number>();
  const passageIndex = new Map<string, number>();
  const passages: IndexedPassage[] = corpus.passages.map((p, i) => {
    passageIndex.set(p.id, i);
    let section = -1;
    if (p.section.length) {
      const label = p.section.join(' › ');
      section = sectionIndex.get(label) ?? -1;
      if (section < 0) {
        section = sections.push(label) - 1;
        sectionIndex.set(label, section);
      }
    }
    const extra = extraWords(p.text, p.original, dict);
    return {
      id: p.id,
      doc: docIndex.get(p.doc) ?? 0,
      order: p.order,
      section,
      text: p.text,
      ...(extra ? { extra } : {}),
    };
  });
  const byTerm = new Map<string, { passages: Set<number>; count: number }>();
  for (const o of corpus.occurrences) {
    const at = passageIndex.get(o.passage);
    if (at === undefined) continue;
    let t = byTerm.get(o.term);
    if (!t) byTerm.set(o.term, (t = { passages: new Set(), count: 0 }));
    t.passages.add(at);
    t.count++;
  }
  const terms: IndexedTerm[] = glossary.map((g) => {
    const occ = byTerm.get(g.id);
    return {
      id: g.id,
      term: g.term,
      kind: g.kind,
      expansion: g.expansion,
      explanation: g.explanation,
      acronyms: g.acronyms ?? [],
      phrases: g.phrases ?? [],
      passages: occ ? [...occ.passages].sort((a, b) => a - b) : [],
      count: occ?.count ?? 0,
    };
  });
  const data: SearchIndexData = {
    version: 2,
    documents: corpus.documents.map((d) => ({
      id: d.id,
      title: d.title,
      date: d.date,
      kind: d.kind,
    })),
    sections,
    passages,
    terms,
  };
  // Resolve each term's passages once, here, so the popup does not match aliases at run time.
  const engine = createSearchEngine(data);
  const resolved = terms.map((t) => ({ ...t, passages: engine.termPassages(t) }));
  return { ...data, terms: resolved, aliasesResolved: true };
}
