/**
 * A document's reading structure: headings (from the build, or derived from the passages' section
 * paths when the build gives none), paragraphs, lists grouped into one list, quotes grouped into
 * one quote box, and the table of contents.
 */
import type { Heading, Passage } from '../corpus-types';

export interface HeadingBlock {
  type: 'heading';
  /** DOM id, unique in the page. */
  id: string;
  /** 1 = top level under the document title (for the h2…h6 tag: no skipped levels). */
  level: number;
  /** The heading's level as built (1: title-like, 2: section, 3: numbered point, 4: "Évaluation"…). */
  rank: number;
  text: string;
  original: string;
}

export interface PassageItem {
  passage: Passage;
  /** DOM id: the passage id, or a suffixed id for a repeated passage id in the same document. */
  domId: string;
  /** 1-based paragraph number in the document (for citations and the margin). */
  number: number;
}

export type Block =
  | HeadingBlock
  | { type: 'paragraph'; item: PassageItem }
  | { type: 'list'; items: PassageItem[] }
  | { type: 'quote'; items: PassageItem[]; caption?: HeadingBlock };

export interface TocEntry {
  id: string;
  /** Indentation depth from 1. */
  level: number;
  text: string;
}

/** Headings implied by changes in the passages' section paths. */
export function headingsFromSections(doc: string, passages: Passage[]): Heading[] {
  const out: Heading[] = [];
  let prev: string[] = [];
  for (const p of passages) {
    const path = p.section ?? [];
    let same = 0;
    while (same < path.length && same < prev.length && path[same] === prev[same]) same++;
    for (let lvl = same; lvl < path.length; lvl++) {
      const text = path[lvl]!;
      out.push({ doc, before: p.order, level: lvl + 1, text, original: text });
    }
    prev = path;
  }
  return out;
}

export function buildBlocks(passages: Passage[], headings: Heading[]): Block[] {
  const blocks: Block[] = [];
  const sortedHeadings = [...headings].sort((a, b) => a.before - b.before);
  const minLevel = Math.min(...sortedHeadings.map((h) => h.level), 1);
  const seen = new Map<string, number>();
  let h = 0;
  const pushHeadingsUpTo = (order: number) => {
    while (h < sortedHeadings.length && sortedHeadings[h]!.before <= order) {
      const hd = sortedHeadings[h]!;
      blocks.push({
        type: 'heading',
        id: `h-${hd.before}-${h}`,
        level: Math.max(1, hd.level - minLevel + 1),
        rank: hd.level,
        text: hd.text,
        original: hd.original,
      });
      h++;
    }
  };
  passages.forEach((p, i) => {
    pushHeadingsUpTo(p.order);
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    const item: PassageItem = { passage: p, domId: n === 1 ? p.id : `${p.id}-${n}`, number: i + 1 };
    const last = blocks[blocks.length - 1];
    if (p.kind === 'list-item') {
      if (last?.type === 'list') last.items.push(item);
      else blocks.push({ type: 'list', items: [item] });
    } else if (p.kind === 'quote') {
      if (last?.type === 'quote') last.items.push(item);
      else if (last?.type === 'heading' && last.text === p.section?.[p.section.length - 1]) {
        // A heading that names the quote box ("LA PHRASE") becomes its caption.
        blocks.pop();
        blocks.push({ type: 'quote', items: [item], caption: last });
      } else blocks.push({ type: 'quote', items: [item] });
    } else {
      blocks.push({ type: 'paragraph', item });
    }
  });
  pushHeadingsUpTo(Number.POSITIVE_INFINITY);
  return blocks;
}

/** Table of contents: headings down to rank `maxRank` (not "Évaluation" / "Prochaines étapes"). */
export function tableOfContents(
  blocks: Block[],
  { maxRank = 3, skipTitleLike = false }: { maxRank?: number; skipTitleLike?: boolean } = {},
): TocEntry[] {
  let hs = blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.rank <= maxRank);
  // In the build's headings, rank 1 is title-like (it repeats the document title): leave it out
  // when there are sections below it.
  if (skipTitleLike && hs.some((h) => h.rank > 1)) hs = hs.filter((h) => h.rank > 1);
  const min = Math.min(...hs.map((h) => h.rank));
  return hs.map((b) => ({ id: b.id, level: b.rank - min + 1, text: b.text }));
}

/** The headings to use for a document: the build's, else derived from section paths. */
export function documentHeadings(doc: string, passages: Passage[], built: Heading[]): Heading[] {
  return built.length ? built : headingsFromSections(doc, passages);
}
