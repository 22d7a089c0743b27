/** Per-term overrides over the glossary: default, always highlighted, never highlighted. */
import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import { glossary } from '../../data/glossary';
import type { GlossaryEntry } from '../../utils/glossary-types';
import type { HighlightScope } from '../../utils/settings';

type Choice = 'default' | 'on' | 'off';

/** Lowercase, no accents, one kind of apostrophe: what the search box compares. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}

function expansionIn(entry: GlossaryEntry, lang: string): string {
  const e = entry.expansion as Record<string, string | undefined>;
  return e[lang] ?? entry.expansion.fr;
}

function haystack(entry: GlossaryEntry): string {
  return fold(
    [
      entry.term,
      entry.id,
      ...Object.values(entry.expansion),
      ...(entry.acronyms ?? []),
      ...(entry.phrases ?? []),
    ].join(' '),
  );
}

export function TermOverrides(props: {
  scope: HighlightScope;
  overrides: Record<string, boolean>;
  lang: string;
  onChange(overrides: Record<string, boolean>): void;
}) {
  const [query, setQuery] = useState('');
  const entries = useMemo(
    () =>
      [...glossary]
        .sort((a, b) => a.term.localeCompare(b.term, 'fr', { sensitivity: 'base' }))
        .map((e) => ({ entry: e, text: haystack(e) })),
    [],
  );
  const q = fold(query.trim());
  const shown = q ? entries.filter((x) => x.text.includes(q)) : entries;
  const overridden = Object.keys(props.overrides).length;

  const byDefault = (e: GlossaryEntry) =>
    props.scope === 'all' || (props.scope === 'core' && e.salience === 'core');

  const set = (id: string, choice: Choice) => {
    const next = { ...props.overrides };
    if (choice === 'default') delete next[id];
    else next[id] = choice === 'on';
    props.onChange(next);
  };

  return (
    <div class="terms">
      <div class="terms-toolbar">
        <div class="search-field">
          <label for="term-search">{i18n.t('options.termsSearchLabel')}</label>
          <input
            id="term-search"
            type="search"
            autoComplete="off"
            spellcheck={false}
            value={query}
            placeholder={i18n.t('options.termsSearchPlaceholder')}
            aria-controls="term-list"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
        {overridden > 0 && (
          <button
            type="button"
            class="vdl-button"
            onClick={() => {
              props.onChange({});
              // The button goes away with the last override: keep the focus in the list's tools.
              document.getElementById('term-search')?.focus();
            }}
          >
            {i18n.t('options.termsClearOverrides', [String(overridden)])}
          </button>
        )}
      </div>
      <p class="hint" role="status">
        {i18n.t('options.termsCount', [String(shown.length), String(entries.length)])}
      </p>
      <ul class="term-list" id="term-list" aria-label={i18n.t('options.termsListLabel')}>
        {shown.map(({ entry: e }) => {
          const id = `term-${e.id}`;
          const value: Choice =
            props.overrides[e.id] === undefined ? 'default' : props.overrides[e.id] ? 'on' : 'off';
          return (
            <li key={e.id} class={value === 'default' ? '' : 'overridden'}>
              <label for={id} class="term-name">
                <strong>{e.term}</strong>
                {e.salience === 'core' && <span class="tag">{i18n.t('options.termsCoreTag')}</span>}
                <span class="term-expansion">{expansionIn(e, props.lang)}</span>
              </label>
              <select
                id={id}
                value={value}
                onChange={(ev) => set(e.id, ev.currentTarget.value as Choice)}
              >
                <option value="default">
                  {byDefault(e)
                    ? i18n.t('options.termsDefaultOn')
                    : i18n.t('options.termsDefaultOff')}
                </option>
                <option value="on">{i18n.t('options.termsAlways')}</option>
                <option value="off">{i18n.t('options.termsNever')}</option>
              </select>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p class="empty">{i18n.t('options.termsNoMatch')}</p>}
    </div>
  );
}
