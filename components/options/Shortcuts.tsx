/** The extension's keyboard commands with the keys actually bound (browser.commands.getAll). */
import { i18n } from '#i18n';
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Keys } from './controls';

interface Command {
  name: string;
  shortcut: string;
  description: string;
}

/** Our commands' descriptions in the page's language; MV2 names the toolbar button's differently. */
const COMMAND_MESSAGES = new Map<string, 'cmdOpenPopup' | 'cmdToggleSite' | 'cmdShowCard'>([
  ['_execute_action', 'cmdOpenPopup'],
  ['_execute_browser_action', 'cmdOpenPopup'],
  ['toggle-site', 'cmdToggleSite'],
  ['show-card', 'cmdShowCard'],
]);

function describe(c: { name?: string; description?: string }): string {
  const key = c.name ? COMMAND_MESSAGES.get(c.name) : undefined;
  return key ? i18n.t(key) : c.description || c.name || '';
}

/** Chrome and Firefox: open the browser's own shortcut editor (not reachable through a link). */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (typeof commands?.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function Shortcuts() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    const load = () =>
      // Firefox for Android has no commands API (no keyboard shortcuts there).
      (browser.commands?.getAll() ?? Promise.resolve([]))
        .then((all) =>
          setCommands(
            all
              .filter((c) => c.name)
              .map((c) => ({
                name: c.name!,
                shortcut: c.shortcut ?? '',
                description: describe(c),
              })),
          ),
        )
        .catch(() => setCommands([]));
    void load();
    // Shortcuts are changed in another tab: read them again when the user comes back.
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  return (
    <>
      {commands && (
        <KeysTable class="shortcuts" caption={i18n.t('options.shortcutsTitle')}>
          {commands.map((c) => (
            <tr key={c.name} data-command={c.name}>
              <td>{c.description}</td>
              <td>
                {c.shortcut ? (
                  <Keys shortcut={c.shortcut} />
                ) : (
                  <span class="muted">{i18n.t('options.shortcutsNone')}</span>
                )}
              </td>
            </tr>
          ))}
        </KeysTable>
      )}
      <CardKeys />
      <p class="actions">
        <button
          type="button"
          class="vdl-button"
          id="edit-shortcuts"
          onClick={() => void openShortcutSettings()}
        >
          {i18n.t('options.shortcutsEdit')}
        </button>
        <span class="hint">{i18n.t('options.shortcutsEditHint')}</span>
      </p>
    </>
  );
}

/** Keys inside an open card (fixed, not browser commands): stepping from term to term. */
const CARD_KEYS: { id: string; keys: string[]; label: () => string }[] = [
  { id: 'next', keys: ['N', 'Alt+↓'], label: () => i18n.t('options.cardKeysNext') },
  { id: 'prev', keys: ['P', 'Alt+↑'], label: () => i18n.t('options.cardKeysPrev') },
  { id: 'close', keys: ['Esc'], label: () => i18n.t('options.cardKeysClose') },
];

function CardKeys() {
  return (
    <>
      <h3 class="subhead">{i18n.t('options.cardKeysTitle')}</h3>
      <p class="hint">{i18n.t('options.cardKeysOpen')}</p>
      <KeysTable class="card-keys" caption={i18n.t('options.cardKeysTitle')}>
        {CARD_KEYS.map((k) => (
          <tr key={k.id} data-card-key={k.id}>
            <td>{k.label()}</td>
            <td>
              {k.keys.map((s, i) => (
                <Fragment key={s}>
                  {i > 0 && ' / '}
                  <Keys shortcut={s} />
                </Fragment>
              ))}
            </td>
          </tr>
        ))}
      </KeysTable>
    </>
  );
}

/** An action → keys table, its caption for screen readers only. */
function KeysTable(props: { class: string; caption: string; children: ComponentChildren }) {
  return (
    <table class={props.class}>
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('options.shortcutsAction')}</th>
          <th scope="col">{i18n.t('options.shortcutsKeys')}</th>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
