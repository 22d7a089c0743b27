import { render } from 'preact';
import { i18n } from '#i18n';
import { applyTheme } from '../../components/options/theme';
import { ViewerApp } from '../../components/viewer/ViewerApp';
import { startWorker } from '../../components/viewer/pdf-document';
import type { TermLayer } from '../../components/viewer/term-layer';
import { setupViewerCard } from '../../components/viewer/viewer-card';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { loadSettings, watchSettings } from '../../utils/settings-store';
import './style.css';

// The page speaks the browser's language (the PDF's own text is left as it is).
document.documentElement.lang = (i18n.t('@@ui_locale') || 'fr').split('_')[0] || 'fr';
document.title = i18n.t('viewer.title');

const fileParam = new URLSearchParams(location.search).get('file');
// The worker starts while the PDF downloads and the settings are read.
if (fileParam) startWorker();

let settings: Settings = DEFAULT_SETTINGS;
let layer: TermLayer | null = null;
const apply = (s: Settings) => {
  settings = s;
  applyTheme(s.theme);
  layer?.applySettings(s);
};
void loadSettings().then(apply);
watchSettings(apply);

let stopCard: (() => void) | null = null;
render(
  <ViewerApp
    fileParam={fileParam}
    pagesEl={document.getElementById('pages')!}
    getSettings={() => settings}
    onLayer={(l) => {
      layer = l;
      stopCard?.();
      stopCard = setupViewerCard(l, () => settings);
    }}
  />,
  document.getElementById('app')!,
);
