import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Corpus } from '../../utils/corpus-types';
import type { GlossaryEntry } from '../../utils/glossary-types';
import { buildCorpusIndex } from '../../utils/reader/corpus-index';
import { hitsFor, type Focus } from '../../utils/reader/hits';
import { parseReaderParams, type LinkParams } from '../../utils/reader/params';
import { readerSearch } from '../../utils/reader-url';
import { resolveTarget, type PassageAliases } from '../../utils/reader/resolve';
import { DocumentList } from './DocumentList';
import { DocumentView } from './DocumentView';
import { Notices } from './Notices';

export interface ReaderAppProps {
  corpus: Corpus;
  glossary: GlossaryEntry[];
  /** Old passage id → current id, when the build provides such a map. */
  aliases?: PassageAliases;
}

export type Navigate = (to: LinkParams, opts?: { replace?: boolean }) => void;

/** The reader: the URL is the state; links are ordinary hrefs, handled without reloading. */
export function ReaderApp({ corpus, glossary, aliases }: ReaderAppProps) {
  const index = useMemo(() => buildCorpusIndex(corpus), [corpus]);
  const [search, setSearch] = useState(() => location.search);
  // Bumped on every navigation so the target scrolls into view even when it did not change.
  const [navSeq, setNavSeq] = useState(0);
  // In-page steps scroll smoothly; loads and history moves jump.
  const [smooth, setSmooth] = useState(false);

  useEffect(() => {
    const onPop = () => {
      setSearch(location.search);
      setSmooth(false);
      setNavSeq((n) => n + 1);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback<Navigate>((to, opts) => {
    const next = readerSearch(to);
    if (opts?.replace) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
    setSearch(next);
    setSmooth(true);
    setNavSeq((n) => n + 1);
  }, []);

  const params = useMemo(() => parseReaderParams(search), [search]);
  const resolution = useMemo(() => resolveTarget(index, params, aliases), [index, params, aliases]);
  const entry = useMemo(
    () => (params.term ? glossary.find((g) => g.id === params.term) : undefined),
    [glossary, params.term],
  );
  const focus: Focus | null = params.term
    ? { kind: 'term', term: params.term }
    : params.q
      ? { kind: 'query', q: params.q }
      : null;
  const hits = useMemo(() => hitsFor(index, focus, entry), [index, params.term, params.q, entry]);

  const { doc, passage, notices } = resolution;
  useEffect(() => {
    const app = i18n.t('reader.appName');
    document.title = doc ? `${doc.title} — ${app}` : `${i18n.t('reader.homeTitle')} — ${app}`;
  }, [doc]);

  if (!doc) {
    return (
      <div class="home">
        <Notices problems={params.problems} notices={notices} index={index} />
        <DocumentList index={index} />
      </div>
    );
  }
  return (
    <DocumentView
      key={doc.id}
      index={index}
      doc={doc}
      target={passage}
      focus={focus}
      entry={entry}
      hits={hits}
      problems={params.problems}
      notices={notices}
      navigate={navigate}
      navSeq={navSeq}
      smooth={smooth}
    />
  );
}
