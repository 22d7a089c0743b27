import { render } from 'preact';
import corpus from '../../data/generated/corpus.json';
import type { Corpus } from '../../utils/corpus-types';

const data = corpus as Corpus;

function Reader() {
  const params = new URLSearchParams(location.search);
  const doc = data.documents.find((d) => d.id === params.get('doc'));
  if (!doc) return <p>Document inconnu.</p>;
  return (
    <article>
      <h1>{doc.title}</h1>
      {data.passages
        .filter((p) => p.doc === doc.id)
        .map((p) => (
          <p key={p.id} id={p.id}>
            {p.text}
          </p>
        ))}
    </article>
  );
}

const app = document.getElementById('app');
if (app) render(<Reader />, app);
