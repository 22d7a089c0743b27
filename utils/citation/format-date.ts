/** The one date formatter of the card, popup, reader and citations. */

export type CitationLang = 'fr' | 'en' | 'nl';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "11 juin 2018" (fr), "11 June 2018" (en), "11 juni 2018" (nl), "1er mai 2023" (French ordinal
 * for the 1st). The ISO string itself when it is no valid date or Intl cannot format it.
 */
export function formatDate(iso: string, locale = 'fr'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== +m[2]! - 1) return iso;
  let f = formats.get(locale);
  try {
    if (!f) {
      f = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      formats.set(locale, f);
    }
  } catch {
    return iso;
  }
  const out = f.format(date);
  return locale.toLowerCase().startsWith('fr') ? out.replace(/^1(?=\s)/, '1er') : out;
}

/** The citation language for a UI locale ("en-GB" → "en"); French by default. */
export function citationLang(locale: string | undefined): CitationLang {
  const l = (locale ?? 'fr').slice(0, 2).toLowerCase();
  return l === 'en' || l === 'nl' ? l : 'fr';
}
