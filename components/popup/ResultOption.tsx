/** One option of the results listbox: a passage, or a glossary entry with its best passage. */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { PassageHit, TermHit } from '../../utils/search/types';
import { Highlighted } from './Highlighted';
import { formatDate, localised, type UiLang } from './labels';

interface OptionProps {
  id: string;
  active: boolean;
  lang: UiLang;
  onOpen(): void;
  onHover(): void;
}

function PassageMeta({ hit, lang }: { hit: PassageHit; lang: UiLang }) {
  return (
    <>
      <div class="meta">
        <span class="doc-title" title={hit.doc.title}>
          {hit.doc.title}
        </span>
        <time class="date" dateTime={hit.doc.date}>
          {formatDate(hit.doc.date, lang)}
        </time>
      </div>
      {hit.section ? (
        <div class="section" title={hit.section}>
          {hit.section}
        </div>
      ) : null}
    </>
  );
}

/** The option element itself: id, selection, the passage it opens, pointer handling. */
function OptionShell(
  o: OptionProps & {
    class: string;
    passage: PassageHit;
    term?: string;
    children: ComponentChildren;
  },
) {
  return (
    <div
      role="option"
      id={o.id}
      class={o.class}
      aria-selected={o.active}
      data-doc={o.passage.doc.id}
      data-passage={o.passage.id}
      data-term={o.term}
      onClick={o.onOpen}
      onMouseMove={o.active ? undefined : o.onHover}
    >
      {o.children}
    </div>
  );
}

export function PassageOption({ hit, ...o }: OptionProps & { hit: PassageHit }) {
  return (
    <OptionShell {...o} class="opt" passage={hit}>
      <PassageMeta hit={hit} lang={o.lang} />
      <Highlighted snippet={hit.snippet} />
    </OptionShell>
  );
}

export function TermOption({
  hit,
  ...o
}: OptionProps & { hit: TermHit & { passage: PassageHit } }) {
  const { term } = hit;
  const expansion = localised(term.expansion, o.lang);
  return (
    <OptionShell {...o} class="opt term" passage={hit.passage} term={term.id}>
      <div class="term-head">
        <span class="badge">{i18n.t('popup.glossaryEntry')}</span>
        <strong class="term-name">{term.term}</strong>
        {expansion !== term.term ? <span class="expansion">{expansion}</span> : null}
      </div>
      <p class="explanation">{localised(term.explanation, o.lang)}</p>
      <div class="counts">
        {i18n.t('popup.mentions', hit.passageCount)}
        {hit.docCount ? ` · ${i18n.t('popup.inDocs', hit.docCount)}` : ''}
      </div>
      <div class="first-passage">{i18n.t('popup.firstPassage')}</div>
      <PassageMeta hit={hit.passage} lang={o.lang} />
      <Highlighted snippet={hit.passage.snippet} />
    </OptionShell>
  );
}
