import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/welcome/welcome.css';
import '../../components/visually-hidden.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

document.documentElement.lang = i18n.t('options.htmlLang');
document.title = `${i18n.t('welcome.title')} — Val Duchesse Lookup`;

const app = document.getElementById('app');
if (app) render(<WelcomeApp />, app);
