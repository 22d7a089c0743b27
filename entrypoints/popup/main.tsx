import { render } from 'preact';
import { uiLang } from '../../components/popup/labels';
import { Popup } from '../../components/popup/Popup';
import { applyTheme } from '../../components/options/theme';
import searchIndex from '../../data/generated/search-index.json';
import { createSearchEngine, type SearchEngine } from '../../utils/search/engine';
import type { SearchIndexData } from '../../utils/search/types';
import { loadSettings } from '../../utils/settings-store';
import './style.css';

document.documentElement.lang = uiLang();
void loadSettings().then((s) => applyTheme(s.theme));

const params = new URLSearchParams(location.search);
let engine: SearchEngine | null = null;
/** The index is built on the first search, or just after the first paint, whichever comes first. */
function getEngine(): SearchEngine {
  if (!engine) {
    performance.mark('vdl-popup-engine-start');
    engine = createSearchEngine(searchIndex as unknown as SearchIndexData);
    performance.measure('vdl-popup-engine', 'vdl-popup-engine-start');
  }
  return engine;
}
const app = document.getElementById('app');
if (app) {
  render(
    <Popup
      engine={getEngine}
      initialQuery={(params.get('q') ?? '').slice(0, 200)}
      asTab={params.has('tab') || params.has('q')}
    />,
    app,
  );
  requestAnimationFrame(() => setTimeout(getEngine, 0));
}
