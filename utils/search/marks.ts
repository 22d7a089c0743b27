/**
 * Which words of a listed passage made it match, as marks for its snippet: the query's
 * meaningful words (and their typos, stems, translations), the surfaces of the glossary terms it
 * names (the whole name, not the words of its definition) and its quoted phrases.
 */
import type { GroupedMark } from '../snippet';
import { sequenceSpans, type AliasIndex } from './aliases';
import type { InvertedIndex } from './inverted-index';
import type { Part } from './query-parts';

/** Weakest word match still marked (typos are, loose prefixes of long words are not). */
const MARK_WEIGHT = 0.5;

export function passageMarks(
  ix: InvertedIndex,
  aliases: AliasIndex,
  parts: Part[],
  p: number,
): GroupedMark[] {
  const a = ix.seqStart[p]!;
  const b = ix.seqStart[p + 1]!;
  const marks: GroupedMark[] = [];
  const mark = (i: number, j: number, group: number) =>
    marks.push([ix.tokStart[i]!, ix.tokEnd[j]!, group]);
  parts.forEach((part, g) => {
    if (part.matches) {
      if (!part.content) return;
      for (let i = a; i < b; i++) {
        if ((part.matches.get(ix.seq[i]!) ?? 0) >= MARK_WEIGHT) mark(i, i, g);
      }
    } else if (part.terms) {
      for (const t of part.terms) for (const [i, j] of aliases.spans(t, p)) mark(i, j, g);
    } else if (part.sequence) {
      for (const [i, j] of sequenceSpans(ix, p, part.sequence, 0)) mark(i, j, g);
    }
  });
  return marks;
}
