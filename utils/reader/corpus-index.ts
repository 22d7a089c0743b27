/** Lookup tables over the generated corpus, built once per page. */
import type { Corpus, DocumentMeta, Heading, Passage, TermOccurrence } from '../corpus-types';

export interface CorpusIndex {
  /** Documents in chronological order (the timeline 2017 → 2023). */
  documents: DocumentMeta[];
  docById: Map<string, DocumentMeta>;
  /** Passages of each document, in reading order. */
  passagesByDoc: Map<string, Passage[]>;
  /** First passage with each id, per document ("doc\u0000id"), then across the corpus. */
  passageInDoc: Map<string, Passage>;
  passageById: Map<string, Passage>;
  headingsByDoc: Map<string, Heading[]>;
  occurrencesByTerm: Map<string, TermOccurrence[]>;
  /** Position of each document in `documents`. */
  docRank: Map<string, number>;
}

const key = (doc: string, id: string) => `${doc}\u0000${id}`;

/** Items by key, in their original order (not Map.groupBy: Chrome 117+, the Highlight API is 105+). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(keyOf(item));
    if (list) list.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const documents = [...corpus.documents].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const docById = new Map(documents.map((d) => [d.id, d]));
  const docRank = new Map(documents.map((d, i) => [d.id, i]));
  const passagesByDoc = new Map<string, Passage[]>(documents.map((d) => [d.id, []]));
  const passageInDoc = new Map<string, Passage>();
  const passageById = new Map<string, Passage>();
  for (const p of corpus.passages) {
    passagesByDoc.get(p.doc)?.push(p);
    if (!passageInDoc.has(key(p.doc, p.id))) passageInDoc.set(key(p.doc, p.id), p);
    if (!passageById.has(p.id)) passageById.set(p.id, p);
  }
  for (const list of passagesByDoc.values()) list.sort((a, b) => a.order - b.order);
  const headingsByDoc = groupBy(corpus.headings ?? [], (h) => h.doc);
  for (const list of headingsByDoc.values()) list.sort((a, b) => a.before - b.before);
  const occurrencesByTerm = groupBy(corpus.occurrences ?? [], (o) => o.term);
  return {
    documents,
    docById,
    passagesByDoc,
    passageInDoc,
    passageById,
    headingsByDoc,
    occurrencesByTerm,
    docRank,
  };
}

export function findPassage(index: CorpusIndex, doc: string, id: string): Passage | undefined {
  return index.passageInDoc.get(key(doc, id));
}
