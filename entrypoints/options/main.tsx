import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/options/options.css';
import '../../components/visually-hidden.css';
import { OptionsApp } from '../../components/options/OptionsApp';

document.documentElement.lang = i18n.t('options.htmlLang');
document.title = `${i18n.t('options.title')} — Val Duchesse Lookup`;

const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
