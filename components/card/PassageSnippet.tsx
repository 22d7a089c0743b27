/** A passage snippet with the term's occurrences in <mark> (built from offsets, never from HTML). */
import type { Snippet } from '../../utils/snippet';
import { snippetParts } from '../../utils/snippet';

export function PassageSnippet({ snippet, class: cls }: { snippet: Snippet; class?: string }) {
  return (
    <span class={cls}>
      {snippet.cutStart ? '… ' : ''}
      {snippetParts(snippet).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
      {snippet.cutEnd ? ' …' : ''}
    </span>
  );
}
