/** Snippet text with the matched words in <mark>: text nodes only, never HTML. */
import { snippetParts } from '../../utils/snippet';
import type { Snippet } from '../../utils/snippet';

export function Highlighted({ snippet }: { snippet: Snippet }) {
  return (
    <p class="snippet">
      {snippet.cutStart ? '… ' : ''}
      {snippetParts(snippet).map((piece, i) =>
        piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
      {snippet.cutEnd ? ' …' : ''}
    </p>
  );
}
