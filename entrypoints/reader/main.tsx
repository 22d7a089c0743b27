import { render } from 'preact';
import { i18n } from '#i18n';
import corpusJson from '../../data/generated/corpus.json';
import { glossary } from '../../data/glossary';
import { ReaderApp } from '../../components/reader/ReaderApp';
import type { Corpus } from '../../utils/corpus-types';
import type { PassageAliases } from '../../utils/reader/resolve';
import './style.css';
import '../../components/visually-hidden.css';

const corpus = corpusJson as unknown as Corpus & { aliases?: PassageAliases };

// The page speaks the browser's language; the document itself says it is French (lang on <article>).
document.documentElement.lang = (i18n.t('@@ui_locale') || 'fr').split('_')[0] || 'fr';

const app = document.getElementById('app');
if (app) {
  render(<ReaderApp corpus={corpus} glossary={glossary} aliases={corpus.aliases} />, app);
}
