import { i18n } from '#i18n';

const ROWS: Array<{ keys: string[]; label: () => string }> = [
  { keys: ['n', 'j'], label: () => i18n.t('reader.keyNext') },
  { keys: ['p', 'k'], label: () => i18n.t('reader.keyPrev') },
  { keys: [']'], label: () => i18n.t('reader.keyNextDoc') },
  { keys: ['['], label: () => i18n.t('reader.keyPrevDoc') },
  { keys: ['o'], label: () => i18n.t('reader.keyOriginal') },
  { keys: ['c'], label: () => i18n.t('reader.keyCitation') },
  { keys: ['?'], label: () => i18n.t('reader.keyHelp') },
];

export function ShortcutsHelp({ open, onToggle }: { open: boolean; onToggle(o: boolean): void }) {
  return (
    <details
      class="shortcuts"
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{i18n.t('reader.shortcuts')}</summary>
      <dl>
        {ROWS.map((r) => (
          <div key={r.keys.join()}>
            <dt>
              {r.keys.map((k, i) => (
                <>
                  {i ? ' ' : null}
                  <kbd>{k}</kbd>
                </>
              ))}
            </dt>
            <dd>{r.label()}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
