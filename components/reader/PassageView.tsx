import { memo } from 'preact/compat';
import { i18n } from '#i18n';
import type { CitationFormat } from '../../utils/citation/build-citation';
import { CITATION_FORMATS, isCitationFormat } from '../../utils/citation/formats';
import type { DocumentMeta, Passage } from '../../utils/corpus-types';
import type { Range } from '../../utils/reader/marks';
import type { PassageItem } from '../../utils/reader/outline';
import type { LinkParams } from '../../utils/reader/params';
import { linkHandler } from './links';
import { Marked } from './Marked';
import { formatName, readerHref } from './ui';

export interface PassageHandlers {
  onToggleOriginal(id: string): void;
  onCopyCitation(p: Passage): void;
  onCopyText(p: Passage): void;
  citationFor(p: Passage): string;
  /** The citation format the copy button uses (remembered by the reader). */
  citationFormat: CitationFormat;
  onCitationFormat(f: CitationFormat): void;
  navigate(to: LinkParams): void;
}

interface Props extends PassageHandlers {
  item: PassageItem;
  as: 'p' | 'li';
  doc: DocumentMeta;
  isTarget: boolean;
  ranges: Range[] | undefined;
  showOriginal: boolean;
  focusParams: Pick<LinkParams, 'term' | 'q'>;
}

function Original({ passage }: { passage: Passage }) {
  return (
    <div class="original" data-original-of={passage.id}>
      <p class="original-caption">{i18n.t('reader.originalCaption')}</p>
      <p class="original-text">{passage.original}</p>
      {passage.original === passage.text ? (
        <p class="original-same">{i18n.t('reader.originalSame')}</p>
      ) : null}
    </div>
  );
}

function Tools(props: Props & { originalShown: boolean }) {
  const p = props.item.passage;
  return (
    <div class="passage-tools" role="group" aria-label={i18n.t('reader.targetLabel')}>
      <span class="cite-control">
        <button
          type="button"
          class="btn"
          data-action="copy-citation"
          data-format={props.citationFormat}
          data-copy={props.citationFor(p)}
          aria-keyshortcuts="c"
          aria-describedby={`cite-format-${p.id}`}
          onClick={() => props.onCopyCitation(p)}
        >
          {i18n.t('reader.copyCitation')}
        </button>
        {/* A native select: keyboard and screen-reader behaviour for free, compact on phones. */}
        <select
          id={`cite-format-${p.id}`}
          class="btn cite-format"
          data-action="citation-format"
          aria-label={i18n.t('reader.citationFormat')}
          title={i18n.t('reader.citationFormat')}
          value={props.citationFormat}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isCitationFormat(v)) props.onCitationFormat(v);
          }}
        >
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>
              {formatName(f)}
            </option>
          ))}
        </select>
      </span>
      <button
        type="button"
        class="btn"
        data-action="copy-text"
        data-copy={p.text}
        onClick={() => props.onCopyText(p)}
      >
        {i18n.t('reader.copyText')}
      </button>
      <button
        type="button"
        class="btn"
        data-action="toggle-original"
        aria-pressed={props.originalShown}
        aria-keyshortcuts="o"
        onClick={() => props.onToggleOriginal(p.id)}
      >
        {i18n.t('reader.original')}
      </button>
    </div>
  );
}

/** One passage: its anchor (id = passage id), its text with marks, its original, its tools. */
export const PassageView = memo(function PassageView(props: Props) {
  const { item, as, isTarget, ranges, showOriginal } = props;
  const p = item.passage;
  const to: LinkParams = { doc: p.doc, passage: p.id, ...props.focusParams };
  const anchor = (
    <a
      class="pnum"
      href={readerHref(to)}
      data-n={item.number}
      aria-label={i18n.t('reader.paragraphLink', [String(item.number)])}
      onClick={linkHandler(props.navigate, to)}
    />
  );
  const cls = `passage kind-${p.kind}${isTarget ? ' is-target' : ''}${ranges?.length ? ' has-marks' : ''}`;
  const common = {
    id: item.domId,
    class: cls,
    'data-passage': p.id,
    tabIndex: isTarget ? -1 : undefined,
    'aria-current': isTarget ? ('location' as const) : undefined,
  };
  const extras = (
    <>
      {showOriginal ? <Original passage={p} /> : null}
      {isTarget ? <Tools {...props} originalShown={showOriginal} /> : null}
    </>
  );
  if (as === 'li') {
    return (
      <li {...common}>
        {anchor}
        <Marked text={p.text} ranges={ranges} />
        {extras}
      </li>
    );
  }
  return (
    <div class={`passage-block${isTarget ? ' is-target' : ''}`}>
      <p {...common}>
        {anchor}
        <Marked text={p.text} ranges={ranges} />
      </p>
      {extras}
    </div>
  );
});
