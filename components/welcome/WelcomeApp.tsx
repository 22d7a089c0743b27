/** First-run page: what the extension does, what it reads, and how to turn it off on a site. */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import iconUrl from '../../assets/icon.svg';
import { Keys } from '../options/controls';
import { applyTheme } from '../options/theme';
import { loadSettings, watchSettings } from '../../utils/settings-store';

/** The reader on the 2018 declaration, the text most of the vocabulary comes from. */
export const TRY_READER_HREF = '/reader.html?doc=declaration-2018-06-11';

function useToggleShortcut(): string {
  const [keys, setKeys] = useState('Alt+Shift+D');
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => {
        const c = all.find((x) => x.name === 'toggle-site');
        if (c) setKeys(c.shortcut ?? '');
      })
      .catch(() => {});
  }, []);
  return keys;
}

export function WelcomeApp() {
  const toggleKeys = useToggleShortcut();

  useEffect(() => {
    void loadSettings().then((s) => applyTheme(s.theme));
    return watchSettings((s) => applyTheme(s.theme));
  }, []);

  return (
    <main class="welcome">
      <header class="hero">
        <img src={iconUrl} alt="" class="hero-icon" />
        <div>
          <p class="product">Val Duchesse Lookup</p>
          <h1>{i18n.t('welcome.title')}</h1>
          <p class="lead">{i18n.t('welcome.lead')}</p>
        </div>
      </header>

      <div class="points">
        <section class="point" aria-labelledby="w-does">
          <h2 id="w-does">{i18n.t('welcome.doesTitle')}</h2>
          <p>{i18n.t('welcome.doesText')}</p>
        </section>
        <section class="point" aria-labelledby="w-reads">
          <h2 id="w-reads">{i18n.t('welcome.readsTitle')}</h2>
          <p>{i18n.t('welcome.readsText')}</p>
        </section>
        <section class="point" aria-labelledby="w-private">
          <h2 id="w-private">{i18n.t('welcome.privateTitle')}</h2>
          <p>{i18n.t('welcome.privateText')}</p>
        </section>
      </div>

      <section class="off" aria-labelledby="w-off">
        <h2 id="w-off">{i18n.t('welcome.offTitle')}</h2>
        <ul>
          <li>{i18n.t('welcome.offPopup')}</li>
          <li>
            {toggleKeys ? (
              <>
                {i18n.t('welcome.offShortcut')} <Keys shortcut={toggleKeys} />
              </>
            ) : (
              i18n.t('welcome.offShortcutUnset')
            )}
          </li>
          <li>{i18n.t('welcome.offOptions')}</li>
        </ul>
      </section>

      <nav class="next" aria-label={i18n.t('welcome.nextLabel')}>
        <a class="vdl-button primary" href={TRY_READER_HREF}>
          {i18n.t('welcome.tryReader')}
        </a>
        <a class="vdl-button" href="/options.html">
          {i18n.t('welcome.openOptions')}
        </a>
      </nav>
    </main>
  );
}
