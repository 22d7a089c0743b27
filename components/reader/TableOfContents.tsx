import { i18n } from '#i18n';
import type { TocEntry } from '../../utils/reader/outline';
import { SideNav } from './SideNav';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <SideNav name="toc" title={i18n.t('reader.toc')}>
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
    </SideNav>
  );
}
