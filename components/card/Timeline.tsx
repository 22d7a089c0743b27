/** How often each of the five texts (2017 → 2023) mentions the term: one small bar per text. */
import type { TermCardData } from '../../utils/messages';
import { cardLabels, kindLabel, shortDocLabel } from './labels';

export function Timeline({ rows, lang }: { rows: TermCardData['timeline']; lang: string }) {
  const L = cardLabels(lang);
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ol class="timeline" data-part="timeline">
      {rows.map((r) => (
        <li
          key={r.doc}
          class="tl"
          data-doc={r.doc}
          data-count={r.count}
          title={`${r.title} (${r.date}) — ${L.mentions(r.count)}`}
          aria-label={`${shortDocLabel(r, lang)}: ${L.mentions(r.count)}`}
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
            {kindLabel(r.kind, lang)}
          </span>
        </li>
      ))}
    </ol>
  );
}
