/** Formatting helpers for the popup (UI language from the browser). */
import type { LocalisedText } from '../../utils/glossary-types';

export type UiLang = 'fr' | 'en' | 'nl';

export function uiLang(): UiLang {
  let l = 'fr';
  try {
    l = browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  } catch {
    // Outside the extension (tests): French, the default.
  }
  return l === 'en' || l === 'nl' ? l : 'fr';
}

export function localised(text: Partial<LocalisedText> & { fr: string }, lang: UiLang): string {
  return text[lang] ?? text.fr;
}

/** "11 juin 2018" (one formatter for card, popup, reader, citations). */
export { formatDate } from '../../utils/citation/format-date';
