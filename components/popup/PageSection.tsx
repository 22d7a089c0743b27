/**
 * "Sur cette page": the glossary terms the content script found in the active tab (asked to the
 * background with the typed getPageTerms message), and the site / global switches. Hidden when the
 * popup is open as a tab of its own (?tab=1, e.g. from the context menu).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { PageTermsResponse } from '../../utils/messages';
import { sendMessage } from '../../utils/send-message';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings-store';
import { normalizeHost, type Settings } from '../../utils/settings';

type PageTerm = PageTermsResponse['terms'][number];

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function PageSection({ onSearch }: { onSearch(q: string): void }) {
  const [terms, setTerms] = useState<PageTerm[] | null>(null);
  const [host, setHost] = useState('');
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const tab = await activeTab().catch(() => undefined);
      if (!alive || !tab?.id || tab.url?.startsWith(browser.runtime.getURL('/'))) return;
      if (tab.url && /^https?:/.test(tab.url)) setHost(normalizeHost(tab.url));
      const res = await sendMessage({ type: 'getPageTerms', tabId: tab.id }).catch(() => null);
      if (alive && res?.ok) setTerms([...res.terms].sort((a, b) => b.count - a.count));
    })();
    void loadSettings().then((s) => alive && setSettings(s));
    const stop = watchSettings((s) => alive && setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  if (!terms && !settings) return null;
  const siteOn = !!settings && !!host && !settings.disabledSites.includes(host);
  return (
    <section class="page-section" aria-label={i18n.t('popup.onPage')}>
      {terms ? (
        <>
          <h2>{i18n.t('popup.onPage')}</h2>
          {terms.length ? (
            <ul class="chips">
              {terms.slice(0, 12).map((t) => (
                <li key={t.term}>
                  <button
                    type="button"
                    class="chip"
                    title={t.expansion}
                    onClick={() => onSearch(t.title)}
                  >
                    {t.title} <span class="count">{t.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{i18n.t('popup.onPageEmpty')}</p>
          )}
        </>
      ) : null}
      {settings ? (
        <div class="switches">
          {host ? (
            <label class="switch">
              <input
                type="checkbox"
                checked={siteOn}
                disabled={!settings.enabled}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const rest = settings.disabledSites.filter((h) => h !== host);
                  void updateSettings({ disabledSites: on ? rest : [...rest, host] });
                }}
              />
              {i18n.t('popup.siteSwitch', [host])}
            </label>
          ) : null}
          <label class="switch">
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) =>
                void updateSettings({ enabled: (e.currentTarget as HTMLInputElement).checked })
              }
            />
            {i18n.t('popup.globalSwitch')}
          </label>
        </div>
      ) : null}
    </section>
  );
}
