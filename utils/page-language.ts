/**
 * The hover card's language: the reader's choice, else the language the page declares for the
 * hovered text (`lang` of the closest element, then of the document), else a cheap guess from
 * the page's own words, else the browser's language, else French. Pure: the content script
 * gathers the inputs.
 */

export type CardLang = 'fr' | 'en' | 'nl';

export const CARD_LANGS: readonly CardLang[] = ['fr', 'en', 'nl'];

/** "nl-BE", "EN_gb", " fr " → the card language it names; null for others or empty tags. */
export function cardLangOf(tag: string | null | undefined): CardLang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' || primary === 'nl' ? primary : null;
}

/**
 * Short, frequent words that belong to one of the three languages only (« de », « in », « is »,
 * « en » are shared between two of them and left out).
 */
const MARKERS: Record<CardLang, ReadonlySet<string>> = {
  fr: new Set(
    'le la les des du une est et dans pour qui que sur au aux par pas avec sont été cette ces il elle ont leur'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the and of to that for with was on are by this from has have were which its their been will'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'het een van niet op voor met dat zijn worden ook werd door naar bij maar deze wordt nog er hun'.split(
      ' ',
    ),
  ),
};

/** How many words of the text are read at most (the guess needs a few sentences, not a page). */
const MAX_WORDS = 400;
/** Fewer marker words than this: no guess. */
const MIN_HITS = 6;

/**
 * Guesses fr, en or nl from marker words; null when the text is too short or no language clearly
 * leads (the winner needs 1.5× the runner-up).
 */
export function guessCardLang(text: string): CardLang | null {
  const counts: Record<CardLang, number> = { fr: 0, en: 0, nl: 0 };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const n = Math.min(words.length, MAX_WORDS);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    for (const l of CARD_LANGS) if (MARKERS[l].has(w)) counts[l]++;
  }
  const [first, second] = [...CARD_LANGS].sort((a, b) => counts[b] - counts[a]);
  const top = counts[first!];
  if (top < MIN_HITS || top < 1.5 * counts[second!]) return null;
  return first!;
}

export interface CardLangInputs {
  /** The setting: 'auto' or a forced language (anything else counts as 'auto'). */
  setting: string | undefined;
  /** `lang` of the closest element carrying one around the hovered text (may be the root's). */
  elementLang?: string | null | undefined;
  /** `lang` of the document element. */
  documentLang?: string | null | undefined;
  /**
   * The guess from the page's text near the term (`guessCardLang`), asked only when no lang
   * attribute is declared (the caller may cache it: pointer moves ask again and again).
   */
  guess?: (() => CardLang | null) | undefined;
  /** The browser's language (navigator.language). */
  browserLang?: string | null | undefined;
}

export function resolveCardLang(inp: CardLangInputs): CardLang {
  const forced = cardLangOf(inp.setting);
  if (forced) return forced;
  // A declared language wins, even one the card does not speak: a German page is not guessed.
  const declared = (inp.elementLang ?? '').trim() || (inp.documentLang ?? '').trim();
  if (declared) return cardLangOf(declared) ?? cardLangOf(inp.browserLang) ?? 'fr';
  return inp.guess?.() ?? cardLangOf(inp.browserLang) ?? 'fr';
}
