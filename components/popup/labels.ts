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

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "11 juin 2018" */
export function formatDate(iso: string, lang: UiLang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(lang, f);
  }
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}
