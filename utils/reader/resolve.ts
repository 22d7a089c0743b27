/**
 * Which document and passage a reader link lands on. Links in the wild outlive builds, so the
 * resolution is forgiving: a passage id found in another document wins over a wrong doc id, an
 * id retired by a later build follows the alias map (old id → new id, when the build provides
 * one), and anything else shows the document with a clear "passage not found" notice.
 */
import type { DocumentMeta, Passage } from '../corpus-types';
import { findPassage, type CorpusIndex } from './corpus-index';
import type { ReaderParams } from './params';

export type ResolutionNotice =
  | { kind: 'unknown-doc'; doc: string }
  | { kind: 'unknown-passage'; passage: string }
  | { kind: 'moved-passage'; passage: string; to: string }
  | { kind: 'doc-corrected'; doc: string };

export interface Resolution {
  /** null: show the list of documents (the reader's home). */
  doc: DocumentMeta | null;
  passage: Passage | null;
  notices: ResolutionNotice[];
}

/** Old passage id → the id of the passage that replaced it (split: the first part; merged: the whole). */
export type PassageAliases = Readonly<Record<string, string>>;

export function resolveTarget(
  index: CorpusIndex,
  params: Pick<ReaderParams, 'doc' | 'passage'>,
  aliases: PassageAliases = {},
): Resolution {
  const notices: ResolutionNotice[] = [];
  let doc = params.doc ? (index.docById.get(params.doc) ?? null) : null;
  if (params.doc && !doc) notices.push({ kind: 'unknown-doc', doc: params.doc });
  if (!params.passage) return { doc, passage: null, notices };

  const lookup = (id: string): Passage | null => {
    if (doc) {
      const inDoc = findPassage(index, doc.id, id);
      if (inDoc) return inDoc;
    }
    return index.passageById.get(id) ?? null;
  };

  let passage = lookup(params.passage);
  const seen = new Set<string>([params.passage]);
  let id = params.passage;
  // Follow aliases (bounded: a chain, never a loop).
  while (!passage && Object.hasOwn(aliases, id)) {
    const next = aliases[id];
    if (!next || seen.has(next)) break;
    seen.add(next);
    id = next;
    passage = lookup(id);
    if (passage) notices.push({ kind: 'moved-passage', passage: params.passage, to: id });
  }
  if (!passage) {
    notices.push({ kind: 'unknown-passage', passage: params.passage });
    return { doc, passage: null, notices };
  }
  if (!doc || doc.id !== passage.doc) {
    const real = index.docById.get(passage.doc) ?? null;
    if (doc || params.doc) notices.push({ kind: 'doc-corrected', doc: passage.doc });
    // An unknown doc id with a known passage: the passage tells where to go.
    const idx = notices.findIndex((n) => n.kind === 'unknown-doc');
    if (idx >= 0) notices.splice(idx, 1);
    doc = real;
  }
  return { doc, passage, notices };
}
