/**
 * The card's headline block: the words the reader hovered, then the expansion in the card's
 * language, then the declarations' own (French) term, each only when it adds something.
 */
import type { TermCardData } from './messages';

/** Folded for comparing headline lines: case, accents, punctuation and spacing ignored. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function headLines(
  hovered: string,
  data: Pick<TermCardData, 'title' | 'expansion' | 'expansionLang'> | undefined,
): { headline: string; expansion: string | null; declTerm: string | null } {
  const headline = hovered.replace(/\s+/g, ' ').trim() || data?.title || '';
  if (!data) return { headline, expansion: null, declTerm: null };
  const seen = [fold(headline)];
  // "PNR ferroviaire (données des passagers des trains)" under a headline "PNR ferroviaire": only
  // the part in brackets is new.
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(data.expansion);
  const bare = fold(paren ? paren[1]! : data.expansion);
  let expansion: string | null = data.expansion;
  if (seen.includes(fold(data.expansion))) expansion = null;
  else if (seen.includes(bare)) expansion = paren?.[2]?.trim() || null;
  seen.push(fold(data.expansion), bare);
  const declTerm = seen.includes(fold(data.title)) ? null : data.title;
  return { headline, expansion, declTerm };
}
