/**
 * The toolbar popup: a combobox search over the declarations. Results update on every keystroke;
 * ↑ ↓ move the active option (aria-activedescendant), Enter or a click opens the reader in a new
 * tab, Escape clears. `popup.html?q=…` starts with a query (context-menu search).
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchEngine } from '../../utils/search/engine';
import type { PassageHit, TermHit } from '../../utils/search/types';
import { EmptyState, NoResults } from './EmptyState';
import { readerUrl } from '../../utils/reader-url';
import { uiLang } from './labels';
import { OpenInViewer } from './OpenInViewer';
import { PageSection } from './PageSection';
import { PassageOption, TermOption } from './ResultOption';

type Opt =
  | { kind: 'term'; id: string; hit: TermHit & { passage: PassageHit } }
  | { kind: 'passage'; id: string; hit: PassageHit };

const LIST_ID = 'vdl-results';

export function Popup(props: {
  /** Fetches and builds the index (its own chunk, see entrypoints/popup/engine-loader.ts). */
  loadEngine: () => Promise<SearchEngine>;
  initialQuery: string;
  asTab: boolean;
}) {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [query, setQuery] = useState(props.initialQuery);
  const [year, setYear] = useState<string | null>(null);
  // The active option belongs to one result list: a new list starts with none, at once (an
  // effect that reset it would run after paint, and could undo an arrow key pressed meanwhile).
  const [selection, setSelection] = useState<{ of: unknown; index: number }>({
    of: null,
    index: -1,
  });
  const input = useRef<HTMLInputElement>(null);
  const lang = useMemo(uiLang, []);

  const res = useMemo(
    () => (query.trim() && engine ? engine.search(query, { year, limit: 30 }) : null),
    [engine, query, year],
  );
  /** A query typed before the index arrived: answered when it does. */
  const pending = !!query.trim() && !engine;
  const options = useMemo<Opt[]>(() => {
    if (!res) return [];
    const terms: Opt[] = res.terms.flatMap((t) =>
      t.passage
        ? [{ kind: 'term' as const, id: `opt-t-${t.term.id}`, hit: { ...t, passage: t.passage } }]
        : [],
    );
    return [
      ...terms,
      ...res.passages.map((hit) => ({ kind: 'passage' as const, id: `opt-${hit.id}`, hit })),
    ];
  }, [res]);
  const active = selection.of === res ? selection.index : -1;
  const setActive = (next: number | ((current: number) => number)) =>
    setSelection((s) => {
      const current = s.of === res ? s.index : -1;
      return { of: res, index: typeof next === 'function' ? next(current) : next };
    });

  useEffect(() => {
    // A year filter that no longer applies to the query is dropped.
    if (year && res && !res.years.some((y) => y.key === year)) setYear(null);
  }, [res, year]);
  useEffect(() => {
    if (active >= 0)
      document.getElementById(options[active]?.id ?? '')?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);
  useEffect(() => {
    if (options.length && !performance.getEntriesByName('vdl-popup-first-results').length) {
      performance.mark('vdl-popup-first-results');
    }
  }, [options]);
  // Focused before the first paint: an effect (run after a frame by Preact) left the first
  // keystrokes of a reader who types at once without a box to go to.
  useLayoutEffect(() => {
    input.current?.focus();
    performance.mark('vdl-popup-input-ready');
  }, []);
  useEffect(() => {
    // After the first paint, so that the box shows (and takes keys) before the index loads.
    requestAnimationFrame(() => {
      setTimeout(() => void props.loadEngine().then(setEngine), 0);
    });
  }, []);

  const search = (q: string) => {
    setQuery(q);
    setYear(null);
    input.current?.focus();
  };

  const open = (o: Opt | undefined) => {
    if (!o) return;
    const passage = o.kind === 'term' ? o.hit.passage : o.hit;
    const url = readerUrl({
      doc: passage.doc.id,
      passage: passage.id,
      ...(o.kind === 'term' ? { term: o.hit.term.id } : { q: query.trim() }),
    });
    void browser.tabs.create({ url });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (options.length) setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length) setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Home' && active >= 0) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && active >= 0) {
      e.preventDefault();
      setActive(options.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(options[active >= 0 ? active : 0]);
    } else if (e.key === 'Escape') {
      // Escape on an empty box lets the browser close the popup.
      if (query) {
        e.preventDefault();
        setQuery('');
        setYear(null);
      }
    }
  };

  const activeId = active >= 0 ? options[active]?.id : undefined;
  const showYears = !!res && res.years.length > 1;
  return (
    <main class={props.asTab ? 'popup as-tab' : 'popup'}>
      <header class="search-bar">
        <label class="visually-hidden" for="vdl-q">
          {i18n.t('popup.searchLabel')}
        </label>
        <input
          ref={input}
          id="vdl-q"
          type="search"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          placeholder={i18n.t('popup.placeholder')}
          aria-expanded={options.length > 0}
          aria-controls={LIST_ID}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </header>
      {res && res.total > 0 ? (
        <div class="summary">
          <span aria-live="polite">{i18n.t('popup.resultCount', res.total)}</span>
          {showYears ? (
            <div class="years" role="group" aria-label={i18n.t('popup.filterLabel')}>
              <button type="button" aria-pressed={!year} onClick={() => setYear(null)}>
                {i18n.t('popup.allYears')}
              </button>
              {res.years.map((y) => (
                <button
                  type="button"
                  key={y.key}
                  aria-pressed={year === y.key}
                  onClick={() => setYear(year === y.key ? null : y.key)}
                >
                  {y.label} <span class="count">{y.count}</span>
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      <div id={LIST_ID} role="listbox" aria-label={i18n.t('popup.results')} class="results">
        {options.map((o, i) => {
          const props = {
            id: o.id,
            active: i === active,
            lang,
            onOpen: () => open(o),
            onHover: () => setActive(i),
          };
          return o.kind === 'term' ? (
            <TermOption key={o.id} {...props} hit={o.hit} />
          ) : (
            <PassageOption key={o.id} {...props} hit={o.hit} />
          );
        })}
      </div>
      {!res && !pending ? <EmptyState onSearch={search} /> : null}
      {res && res.total === 0 ? (
        <NoResults query={query} suggestions={res.suggestions} onSearch={search} />
      ) : null}
      {!res && !pending && !props.asTab ? <OpenInViewer /> : null}
      {!res && !pending && !props.asTab ? (
        // Slot for the page-related part of the popup (terms on this page, site switches).
        <PageSection onSearch={search} />
      ) : null}
    </main>
  );
}
