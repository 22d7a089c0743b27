/** The sites where the extension is off: add (a URL or a host) and remove. */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import { normalizeHost } from '../../utils/settings';

export function SitesList(props: { sites: string[]; onChange(sites: string[]): void }) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    if (!host) {
      setMessage({ kind: 'error', text: i18n.t('options.sitesInvalid') });
      inputRef.current?.focus();
      return;
    }
    if (props.sites.includes(host)) {
      setMessage({ kind: 'error', text: i18n.t('options.sitesDuplicate', [host]) });
      return;
    }
    props.onChange([...props.sites, host]);
    setDraft('');
    setMessage({ kind: 'ok', text: i18n.t('options.sitesAdded', [host]) });
  };

  const remove = (host: string, index: number) => {
    props.onChange(props.sites.filter((h) => h !== host));
    setMessage({ kind: 'ok', text: i18n.t('options.sitesRemoved', [host]) });
    // Keep keyboard users in place: focus the next remove button, or the field when none is left.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? inputRef.current)?.focus();
    });
  };

  const invalid = message?.kind === 'error';
  return (
    <div class="sites">
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">{i18n.t('options.sitesAddLabel')}</label>
        <div class="row">
          <input
            id="site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={i18n.t('options.sitesPlaceholder')}
            value={draft}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby="site-hint site-status"
            onInput={(e) => {
              setDraft(e.currentTarget.value);
              if (invalid) setMessage(null);
            }}
          />
          <button type="submit" class="vdl-button primary">
            {i18n.t('options.sitesAdd')}
          </button>
        </div>
        <p class="hint" id="site-hint">
          {i18n.t('options.sitesHint')}
        </p>
        <p id="site-status" class={`status ${message?.kind ?? ''}`} role="status">
          {message?.text ?? ''}
        </p>
      </form>
      {props.sites.length === 0 ? (
        <p class="empty">{i18n.t('options.sitesEmpty')}</p>
      ) : (
        <ul class="site-list" ref={listRef} aria-label={i18n.t('options.sitesListLabel')}>
          {props.sites.map((host, i) => (
            <li key={host}>
              <span class="host">{host}</span>
              <button
                type="button"
                class="vdl-button danger small"
                aria-label={i18n.t('options.sitesRemoveLabel', [host])}
                onClick={() => remove(host, i)}
              >
                {i18n.t('options.sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
