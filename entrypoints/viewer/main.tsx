import { render } from 'preact';
import { i18n } from '#i18n';
import { applyTheme } from '../../components/options/theme';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import type { TermLayer } from '../../components/viewer/term-layer';
import { setupViewerCard } from '../../components/viewer/viewer-card';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import './style.css';

// The page speaks the browser's language (the PDF's own text is left as it is).
document.documentElement.lang = (i18n.t('@@ui_locale') || 'fr').split('_')[0] || 'fr';
document.title = i18n.t('viewer.title');

void loadSettings().then((initial) => {
  let settings = initial;
  let layer: TermLayer | null = null;
  applyTheme(settings.theme);
  watchSettings((s) => {
    settings = s;
    applyTheme(s.theme);
    layer?.applySettings(s);
  });
  const pagesEl = document.getElementById('pages')!;
  let stopCard: (() => void) | null = null;
  const onLayer = (l: TermLayer) => {
    layer = l;
    stopCard?.();
    stopCard = setupViewerCard(l, () => settings);
  };
  render(
    <ViewerApp
      fileParam={new URLSearchParams(location.search).get('file')}
      pagesEl={pagesEl}
      settings={settings}
      onLayer={onLayer}
    />,
    document.getElementById('app')!,
  );
});
