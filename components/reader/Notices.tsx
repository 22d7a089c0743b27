import { i18n } from '#i18n';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import type { ParamProblem } from '../../utils/reader/params';
import type { ResolutionNotice } from '../../utils/reader/resolve';

function problemText(p: ParamProblem): string {
  switch (p.code) {
    case 'too-long':
      return i18n.t('reader.problemTooLong', [p.param, p.excerpt]);
    case 'both-term-and-q':
      return i18n.t('reader.problemBoth', [p.excerpt]);
    default:
      return i18n.t('reader.problemInvalid', [p.param, p.excerpt]);
  }
}

function noticeText(n: ResolutionNotice, index: CorpusIndex): string {
  switch (n.kind) {
    case 'unknown-doc':
      return i18n.t('reader.docNotFound', [n.doc]);
    case 'unknown-passage':
      return i18n.t('reader.passageNotFound', [n.passage]);
    case 'moved-passage':
      return i18n.t('reader.passageMoved', [n.passage]);
    case 'doc-corrected':
      return i18n.t('reader.docCorrected', [index.docById.get(n.doc)?.title ?? n.doc]);
  }
}

/** What went wrong with the link, in words (values shown as text, clipped). */
export function Notices({
  problems,
  notices,
  index,
  extra = [],
}: {
  problems: ParamProblem[];
  notices: ResolutionNotice[];
  index: CorpusIndex;
  extra?: string[];
}) {
  const lines = [
    ...notices.map((n) => ({
      text: noticeText(n, index),
      level: n.kind === 'doc-corrected' || n.kind === 'moved-passage' ? 'info' : 'error',
      kind: n.kind,
    })),
    ...problems.map((p) => ({ text: problemText(p), level: 'error', kind: `param-${p.param}` })),
    ...extra.map((text) => ({ text, level: 'info', kind: 'term' })),
  ];
  if (!lines.length) return null;
  return (
    <div class="notices" role="alert">
      {lines.map((l, i) => (
        <p key={i} class={`notice notice-${l.level}`} data-notice={l.kind}>
          {l.text}
        </p>
      ))}
    </div>
  );
}
