import type { DocumentMeta, Passage } from '../../utils/corpus-types';
import type { Range } from '../../utils/reader/marks';
import type { Block, HeadingBlock, PassageItem } from '../../utils/reader/outline';
import type { LinkParams } from '../../utils/reader/params';
import { PassageView, type PassageHandlers } from './PassageView';

export interface DocumentBodyProps extends PassageHandlers {
  blocks: Block[];
  doc: DocumentMeta;
  target: Passage | null;
  marks: Map<string, Range[]>;
  focusParams: Pick<LinkParams, 'term' | 'q'>;
  originalAll: boolean;
  originalOpen: ReadonlySet<string>;
}

function HeadingView({ block, showOriginal }: { block: HeadingBlock; showOriginal: boolean }) {
  // The document title is the h1; section levels start at h2.
  const Tag = `h${Math.min(6, block.level + 1)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <>
      <Tag id={block.id} class={`section-heading rank-${Math.min(block.rank, 4)}`}>
        {block.text}
      </Tag>
      {showOriginal && block.original !== block.text ? (
        <p class="original original-heading">{block.original}</p>
      ) : null}
    </>
  );
}

export function DocumentBody(props: DocumentBodyProps) {
  const { blocks, target, marks, originalAll, originalOpen } = props;
  const item = (it: PassageItem, as: 'p' | 'li') => {
    const isTarget = !!target && it.domId === target.id;
    return (
      <PassageView
        key={it.domId}
        item={it}
        as={as}
        doc={props.doc}
        isTarget={isTarget}
        ranges={marks.get(it.passage.id)}
        showOriginal={originalAll || originalOpen.has(it.passage.id)}
        focusParams={props.focusParams}
        onToggleOriginal={props.onToggleOriginal}
        onCopyCitation={props.onCopyCitation}
        onCopyText={props.onCopyText}
        citationFor={props.citationFor}
        citationFormat={props.citationFormat}
        onCitationFormat={props.onCitationFormat}
        navigate={props.navigate}
      />
    );
  };
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'heading':
            return <HeadingView key={b.id} block={b} showOriginal={originalAll} />;
          case 'paragraph':
            return item(b.item, 'p');
          case 'list':
            return (
              <ul key={`l-${i}`} class="passage-list">
                {b.items.map((it) => item(it, 'li'))}
              </ul>
            );
          case 'quote':
            return (
              <figure key={`q-${i}`} class="quote-box">
                {b.caption ? (
                  <figcaption id={b.caption.id} class="quote-caption">
                    {b.caption.text}
                  </figcaption>
                ) : null}
                <blockquote>{b.items.map((it) => item(it, 'p'))}</blockquote>
              </figure>
            );
        }
      })}
    </>
  );
}
