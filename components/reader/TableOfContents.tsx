import { i18n } from '#i18n';
import type { TocEntry } from '../../utils/reader/outline';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" class="side-title">
        {i18n.t('reader.toc')}
      </h2>
      <ol>
        {entries.map((e) => (
          <li key={e.id} class={`toc-level-${e.level}`}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                const el = document.getElementById(e.id);
                if (!el) return;
                ev.preventDefault();
                el.scrollIntoView({ block: 'start' });
                el.setAttribute('tabindex', '-1');
                el.focus({ preventScroll: true });
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
