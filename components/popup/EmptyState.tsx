/** What can be searched, with example queries to click. */
import { i18n } from '#i18n';

/** Examples of each kind of query the search understands. */
const EXAMPLES = [
  'ECE',
  'radicalisation en prison',
  'European arrest warrant',
  'trafic de stupefiants',
  '"coopération policière"',
];

export function EmptyState({ onSearch }: { onSearch(q: string): void }) {
  return (
    <div class="empty">
      <h1>{i18n.t('popup.emptyTitle')}</h1>
      <p>{i18n.t('popup.emptyIntro')}</p>
      <h2>{i18n.t('popup.examples')}</h2>
      <ul class="chips">
        {EXAMPLES.map((q) => (
          <li key={q}>
            <button type="button" class="chip" onClick={() => onSearch(q)}>
              {q}
            </button>
          </li>
        ))}
      </ul>
      <p class="muted small">{i18n.t('popup.keyboardHelp')}</p>
    </div>
  );
}

export function NoResults(props: {
  query: string;
  suggestions: { id: string; term: string }[];
  onSearch(q: string): void;
}) {
  return (
    <div class="no-results" role="status">
      <p>{i18n.t('popup.noResults', [props.query.trim()])}</p>
      <p class="muted">{i18n.t('popup.noResultsHint')}</p>
      {props.suggestions.length ? (
        <>
          <h2>{i18n.t('popup.closest')}</h2>
          <ul class="chips">
            {props.suggestions.map((t) => (
              <li key={t.id}>
                <button type="button" class="chip" onClick={() => props.onSearch(t.term)}>
                  {t.term}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
