/** Small label helpers shared by the card's components. */
import { i18n } from '#i18n';

export function kindLabel(kind: string | undefined): string {
  switch (kind) {
    case 'communication':
      return i18n.t('card.kinds.communication');
    case 'declaration':
      return i18n.t('card.kinds.declaration');
    case 'press-article':
      return i18n.t('card.kinds.pressArticle');
    case 'press-conference':
      return i18n.t('card.kinds.pressConference');
    default:
      return '';
  }
}

/** "11 juin 2018" in the card's language; the ISO date when Intl cannot format it. */
export function formatDate(iso: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  try {
    const s = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
    return lang === 'fr' ? s.replace(/^1(?=\s)/, '1er') : s;
  } catch {
    return iso;
  }
}
