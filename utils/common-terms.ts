/**
 * Examples of « common » terms for the options page, taken from the glossary itself so the text
 * can never promise that a term is off by default while the scanner underlines it (issue 13:
 * the page named Europol, a core term, as off by default).
 */
import type { GlossaryEntry } from './glossary-types';

/** Everyday news words shown first when the glossary has them as common terms. */
const PREFERRED = ['terrorisme', 'rgpd', 'union-europeenne', 'espace-schengen', 'radicalisation'];

/** Up to `n` display names of terms that are not highlighted by default. */
export function commonTermExamples(entries: readonly GlossaryEntry[], n = 4): string[] {
  const common = entries.filter((e) => e.salience !== 'core');
  const rank = (e: GlossaryEntry) => {
    const i = PREFERRED.indexOf(e.id);
    return i < 0 ? PREFERRED.length : i;
  };
  return [...common]
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, n)
    .map((e) => e.term);
}
