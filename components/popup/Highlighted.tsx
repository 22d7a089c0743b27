/** Snippet text with the matched words in <mark>: text nodes only, never HTML. */
import { snippetPieces } from '../../utils/search/snippet';
import type { Snippet } from '../../utils/search/types';

export function Highlighted({ snippet }: { snippet: Snippet }) {
  return (
    <p class="snippet">
      {snippet.cutStart ? '… ' : ''}
      {snippetPieces(snippet).map((piece, i) =>
        piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
      {snippet.cutEnd ? ' …' : ''}
    </p>
  );
}
