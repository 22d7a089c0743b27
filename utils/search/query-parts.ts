/**
 * A query as "parts": the glossary terms it names (with all their aliases), its free words (each
 * with the vocabulary words it stands for) and its quoted phrases (exact, required).
 */
import { findSequence, type AliasIndex } from './aliases';
import type { InvertedIndex } from './inverted-index';
import { isStopword, type ParsedQuery } from './normalize';
import type { IndexedTerm } from './types';
import type { WordExpander, WordMatches } from './word-expansion';

export interface Part {
  kind: 'word' | 'alias' | 'phrase';
  /** A meaningful word, a term name or a phrase (function words are not, unless alone). */
  content: boolean;
  /** A meaningful word that matches nothing in the texts, not even as a typo. */
  unknown: boolean;
  /** word: vocabulary id → match weight. */
  matches?: WordMatches;
  /** alias/phrase: passages that contain it. */
  passages?: Set<number>;
  /** alias: the glossary entries named. */
  terms?: IndexedTerm[];
  /** phrase: vocabulary ids in order. */
  sequence?: WordMatches[];
  /** phrase: a passage without it is not listed. */
  required?: boolean;
}

export function queryParts(
  ix: InvertedIndex,
  expander: WordExpander,
  aliases: AliasIndex,
  parsed: ParsedQuery,
): Part[] {
  const parts: Part[] = [];
  const qw = parsed.words;
  const { at, groups } = aliases.find(qw, parsed.open);
  const allStop = qw.every(isStopword) && parsed.phrases.length === 0;
  const done = new Set<number>();
  const meaningful = qw.filter((w) => !isStopword(w)).length + parsed.phrases.length;
  qw.forEach((w, i) => {
    const g = at[i]!;
    if (g >= 0) {
      if (done.has(g)) return;
      done.add(g);
      const terms = groups[g]!;
      const passages = new Set<number>();
      for (const t of terms) for (const p of aliases.passages(t)) passages.add(p);
      parts.push({ kind: 'alias', content: true, unknown: false, passages, terms });
      return;
    }
    const open = parsed.open && i === qw.length - 1;
    const content = !isStopword(w) || open || allStop;
    const matches = expander.match(w, open, meaningful <= 1);
    if (matches.size === 0 && content) {
      // A Dutch or German compound ("grenscontroles"): its parts, if both are known.
      const split = expander.decompound(w);
      if (split) {
        for (const m of split) parts.push({ kind: 'word', content, unknown: false, matches: m });
        return;
      }
    }
    parts.push({ kind: 'word', content, unknown: content && matches.size === 0, matches });
  });
  for (const ph of parsed.phrases) {
    const steps = ph.map((w): WordMatches => {
      const v = ix.vocabId.get(w);
      return new Map(v === undefined ? [] : [[v, 1]]);
    });
    parts.push({
      kind: 'phrase',
      content: true,
      unknown: false,
      passages: findSequence(ix, steps, 0),
      sequence: steps,
      required: true,
    });
  }
  return parts;
}
