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

/** "11 juin 2018" in the card's language (one formatter for card, popup, reader, citations). */
export { formatDate } from '../../utils/citation/format-date';
