import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../utils/reader/corpus-index';
import { countByDoc, navigate, queryHits, termHits } from '../../../../utils/reader/hits';
import { resolveTarget } from '../../../../utils/reader/resolve';
import { corpus } from './fixtures';

const index = buildCorpusIndex(corpus);

describe('corpus index', () => {
  it('orders documents along the timeline', () => {
    expect(index.documents.map((d) => d.id)).toEqual([
      'declaration-2018-06-11',
      'declaration-2023-05-05',
    ]);
  });
});

describe('resolveTarget', () => {
  it('finds an exact passage', () => {
    const r = resolveTarget(index, { doc: 'declaration-2018-06-11', passage: 'p-a2' });
    expect(r.passage?.id).toBe('p-a2');
    expect(r.notices).toEqual([]);
  });

  it('shows the document with a notice for an unknown passage', () => {
    const r = resolveTarget(index, { doc: 'declaration-2018-06-11', passage: 'p-zz' });
    expect(r.doc?.id).toBe('declaration-2018-06-11');
    expect(r.passage).toBeNull();
    expect(r.notices).toEqual([{ kind: 'unknown-passage', passage: 'p-zz' }]);
  });

  it('reports an unknown document (home view)', () => {
    const r = resolveTarget(index, { doc: 'nope', passage: null });
    expect(r.doc).toBeNull();
    expect(r.notices[0]).toEqual({ kind: 'unknown-doc', doc: 'nope' });
  });

  it('follows a passage into its real document', () => {
    const r = resolveTarget(index, { doc: 'declaration-2023-05-05', passage: 'p-a1' });
    expect(r.doc?.id).toBe('declaration-2018-06-11');
    expect(r.notices).toEqual([{ kind: 'doc-corrected', doc: 'declaration-2018-06-11' }]);
    const r2 = resolveTarget(index, { doc: 'gone', passage: 'p-a1' });
    expect(r2.doc?.id).toBe('declaration-2018-06-11');
    expect(r2.notices.map((n) => n.kind)).toEqual(['doc-corrected']);
  });

  it('follows aliases from older builds, without looping', () => {
    const r = resolveTarget(
      index,
      { doc: 'declaration-2018-06-11', passage: 'p-old' },
      { 'p-old': 'p-older', 'p-older': 'p-a3' },
    );
    expect(r.passage?.id).toBe('p-a3');
    expect(r.notices[0]?.kind).toBe('moved-passage');
    const loop = resolveTarget(
      index,
      { doc: 'declaration-2018-06-11', passage: 'p-x' },
      { 'p-x': 'p-y', 'p-y': 'p-x' },
    );
    expect(loop.passage).toBeNull();
  });
});

describe('hits and prev/next', () => {
  const hits = termHits(index, 'pnr');

  it('lists term occurrences along the timeline', () => {
    expect(hits.map((h) => h.passage)).toEqual(['p-a1', 'p-a3', 'p-b2']);
    expect(countByDoc(hits).get('declaration-2018-06-11')).toBe(2);
  });

  it('steps within and across documents', () => {
    const n = navigate(index, hits, 'declaration-2018-06-11', 2);
    expect(n.prev?.passage).toBe('p-a1');
    expect(n.prevInDoc?.passage).toBe('p-a1');
    expect(n.next?.passage).toBe('p-b2');
    expect(n.nextInDoc).toBeNull();
    expect([n.positionInDoc, n.inDoc, n.total]).toEqual([2, 2, 3]);
  });

  it('from a passage without the term, goes to the nearest ones', () => {
    const n = navigate(index, hits, 'declaration-2018-06-11', 1);
    expect(n.current).toBe(-1);
    expect(n.prev?.passage).toBe('p-a1');
    expect(n.next?.passage).toBe('p-a3');
  });

  it('from the top of a document, next is its first hit', () => {
    const n = navigate(index, hits, 'declaration-2023-05-05', null);
    expect(n.next?.passage).toBe('p-b2');
    expect(n.prev?.passage).toBe('p-a3');
  });

  it('falls back to glossary surfaces when the build lists no occurrence', () => {
    const noOcc = buildCorpusIndex({ ...corpus, occurrences: [] });
    const entry = {
      id: 'pnr',
      term: 'PNR',
      kind: 'instrument' as const,
      salience: 'core' as const,
      expansion: { fr: 'données des dossiers passagers' },
      explanation: { fr: '', en: '', nl: '' },
      acronyms: ['PNR'],
    };
    expect(termHits(noOcc, 'pnr', entry).map((h) => h.passage)).toEqual(['p-a1', 'p-a3', 'p-b2']);
    expect(termHits(noOcc, 'pnr')).toEqual([]);
  });

  it('finds query hits requiring every word', () => {
    expect(queryHits(index, 'équipe enquête').map((h) => h.passage)).toEqual(['p-a2']);
    expect(queryHits(index, 'Europol PNR').map((h) => h.passage)).toEqual([
      'p-a1',
      'p-a3',
      'p-b2',
      'p-b3',
    ]);
  });
});
