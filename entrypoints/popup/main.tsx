import { render } from 'preact';
import { uiLang } from '../../components/popup/labels';
import { Popup } from '../../components/popup/Popup';
import { applyTheme } from '../../components/options/theme';
import { loadSettings } from '../../utils/settings-store';
import { loadEngine } from './engine-loader';
import './style.css';
import '../../components/visually-hidden.css';

document.documentElement.lang = uiLang();
void loadSettings().then((s) => applyTheme(s.theme));

const params = new URLSearchParams(location.search);
const app = document.getElementById('app');
if (app) {
  render(
    <Popup
      loadEngine={loadEngine}
      initialQuery={(params.get('q') ?? '').slice(0, 200)}
      asTab={params.has('tab') || params.has('q')}
    />,
    app,
  );
}
