/** How often each of the five texts (2017 → 2023) mentions the term: one small bar per text. */
import { i18n } from '#i18n';
import type { TermCardData } from '../../utils/messages';
import { kindLabel } from './labels';

export function Timeline({ rows }: { rows: TermCardData['timeline'] }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ol class="timeline" aria-label={i18n.t('card.timeline')}>
      {rows.map((r) => (
        <li
          key={r.doc}
          class="tl"
          title={`${r.title} (${r.date}) — ${i18n.t('card.mentions', r.count)}`}
          aria-label={`${r.date.slice(0, 4)} ${kindLabel(r.kind)}: ${i18n.t('card.mentions', r.count)}`}
        >
          <span class="tl-n" aria-hidden="true">
            {r.count}
          </span>
          <span class="tl-track" aria-hidden="true">
            <span
              class={r.count ? 'tl-bar' : 'tl-bar zero'}
              style={{ height: `${r.count ? Math.max(4, Math.round((r.count / max) * 22)) : 2}px` }}
            />
          </span>
          <span class="tl-y" aria-hidden="true">
            {r.date.slice(0, 4)}
          </span>
          <span class="tl-k" aria-hidden="true">
            {kindLabel(r.kind)}
          </span>
        </li>
      ))}
    </ol>
  );
}
