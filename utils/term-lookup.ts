/**
 * Builds the hover card's data for one term from the corpus and the glossary (pure; runs in the
 * background): expansion and explanation in the reader's language, the timeline of the five texts,
 * and the passages that mention the term, most relevant first, each with a snippet and a link.
 */
import type { Corpus, DocumentKind, DocumentMeta, Passage } from './corpus-types';
import type { GlossaryEntry } from './glossary-types';
import type { CardLang } from './page-language';
import type { TermCardData, TermPassageRef } from './messages';
import { buildSnippet } from './snippet';
import { foldCompact } from './text-normalize';

type Lang = CardLang;

/** How many passages the card receives (the total is reported separately). */
export const MAX_CARD_PASSAGES = 8;

/** The joint declarations are the commitments; the press texts report them. */
const KIND_WEIGHT: Record<DocumentKind, number> = {
  declaration: 2,
  communication: 1.5,
  'press-conference': 0.25,
  'press-article': 0,
};

export interface PassageRankInput {
  passage: Pick<Passage, 'id' | 'order'>;
  doc: Pick<DocumentMeta, 'kind' | 'date'>;
  /** Occurrences of the term in the passage. */
  count: number;
  /** The term appears in the passage's section path. */
  inSection: boolean;
}

/** Relevance of one passage for a term (higher first). */
export function passageScore(p: PassageRankInput): number {
  // Diminishing returns: the third mention says less than the first.
  const mentions = p.count <= 0 ? 0 : 2 + Math.log2(p.count);
  return mentions + (p.inSection ? 2.5 : 0) + (KIND_WEIGHT[p.doc.kind] ?? 0);
}

/** Orders passages: score, then the more recent document, then document order. */
export function comparePassages(a: PassageRankInput, b: PassageRankInput): number {
  return (
    passageScore(b) - passageScore(a) ||
    b.doc.date.localeCompare(a.doc.date) ||
    a.passage.order - b.passage.order ||
    a.passage.id.localeCompare(b.passage.id)
  );
}

/** Does a section path mention the term (by its acronyms, case-sensitively, or its surfaces)? */
export function sectionMentions(
  section: readonly string[],
  acronyms: readonly string[],
  surfaces: readonly string[],
): boolean {
  if (!section.length) return false;
  const raw = section.join(' \n ');
  for (const a of acronyms) {
    if (!a) continue;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRe(a)}(?![\\p{L}\\p{N}])`, 'u');
    if (re.test(raw)) return true;
  }
  const folded = ` ${foldCompact(raw).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  for (const s of surfaces) {
    const f = foldCompact(s)
      .replace(/[^\p{L}\p{N}']+/gu, ' ')
      .trim();
    if (f.length >= 3 && folded.includes(` ${f} `)) return true;
  }
  return false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function buildTermCardData(
  corpus: Corpus,
  glossary: GlossaryEntry[],
  termId: string,
  lang: Lang,
  readerUrl: (doc: string, passage: string, term: string) => string,
): TermCardData | null {
  const entry = glossary.find((e) => e.id === termId);
  if (!entry) return null;

  const docs = [...corpus.documents].sort(
    (a, b) => a.date.localeCompare(b.date) || KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind],
  );
  const docById = new Map(docs.map((d) => [d.id, d]));
  const passageById = new Map(corpus.passages.map((p) => [p.id, p]));

  // Occurrences of this term, grouped by passage.
  const byPassage = new Map<string, [number, number][]>();
  for (const o of corpus.occurrences) {
    if (o.term !== termId) continue;
    let list = byPassage.get(o.passage);
    if (!list) byPassage.set(o.passage, (list = []));
    list.push([o.start, o.end]);
  }

  // The surfaces actually met in the corpus, plus the glossary's, to spot the term in headings.
  const surfaces = new Set<string>(entry.phrases ?? []);
  const ranked: (PassageRankInput & { p: Passage; d: DocumentMeta; marks: [number, number][] })[] =
    [];
  const perDoc = new Map<string, number>();
  for (const [pid, marks] of byPassage) {
    const p = passageById.get(pid);
    const d = p && docById.get(p.doc);
    if (!p || !d) continue;
    for (const [s, e] of marks) {
      const surface = p.text.slice(s, e);
      if (!/^[\p{Lu}\p{N}-]+$/u.test(surface)) surfaces.add(surface);
    }
    perDoc.set(d.id, (perDoc.get(d.id) ?? 0) + marks.length);
    ranked.push({ passage: p, doc: d, count: marks.length, inSection: false, p, d, marks });
  }
  const acronyms = entry.acronyms ?? [];
  for (const r of ranked) r.inSection = sectionMentions(r.p.section, acronyms, [...surfaces]);
  ranked.sort(comparePassages);

  const passages: TermPassageRef[] = ranked.slice(0, MAX_CARD_PASSAGES).map((r) => ({
    doc: r.d.id,
    docTitle: r.d.title,
    docKind: r.d.kind,
    date: r.d.date,
    passage: r.p.id,
    section: r.p.section,
    // Short enough for two or three passages above the fold of a 900 px high window.
    snippet: buildSnippet(r.p.text, r.marks, { maxLength: 170 }),
    count: r.count,
    readerUrl: readerUrl(r.d.id, r.p.id, entry.id),
  }));

  const expansion = entry.expansion[lang];
  const otherExpansions: { lang: string; text: string }[] = [];
  const shown = new Set([foldCompact(expansion ?? entry.expansion.fr)]);
  for (const l of ['fr', 'en', 'nl', 'de'] as const) {
    const t = entry.expansion[l];
    if (!t || shown.has(foldCompact(t))) continue;
    shown.add(foldCompact(t));
    otherExpansions.push({ lang: l, text: t });
  }

  const explanation = entry.explanation[lang];

  const related: { term: string; title: string }[] = [];
  for (const id of entry.related ?? []) {
    const e = glossary.find((g) => g.id === id);
    if (e) related.push({ term: e.id, title: e.term });
  }

  return {
    term: entry.id,
    title: entry.term,
    kind: entry.kind,
    salience: entry.salience,
    expansion: expansion ?? entry.expansion.fr,
    expansionLang: expansion ? lang : 'fr',
    otherExpansions,
    explanation,
    timeline: docs.map((d) => ({
      doc: d.id,
      title: d.title,
      date: d.date,
      kind: d.kind,
      count: perDoc.get(d.id) ?? 0,
    })),
    passages,
    totalPassages: ranked.length,
    related,
  };
}
