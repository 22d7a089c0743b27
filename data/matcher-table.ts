import type { GlossaryEntry } from '../utils/glossary-types';
import { foldSurface, packedTrieFor, type MatcherTable } from '../utils/term-matcher';
import { compileCandidateFilter } from './candidate-filter';

/**
 * The general cooperation vocabulary that supports an ambiguous acronym (ECE, CTE, SIS, JIT…) when
 * it is near the match or, two distinct words at least, anywhere on the page. Folded; '*' = any
 * ending. Kept specific: words such as "sécurité", "migration" or "intelligence" also live in
 * engineering, IT or school pages.
 */
export const GENERAL_CONTEXT = [
  'enquete*',
  'judiciair*',
  'justice',
  'justitie',
  'justiz',
  'procureur*',
  'prosecut*',
  'parquet federal',
  'magistrat*',
  'police',
  'polici*',
  'politie*',
  'polizei*',
  'gendarm*',
  'douane*',
  'douanier*',
  'customs',
  'terroris*',
  'antiterror*',
  'counterterror*',
  'counter terror*',
  'djihad*',
  'jihad*',
  'radicalis*',
  'radicaliz*',
  'schengen',
  'frontiere*',
  'frontalier*',
  'border*',
  'grenscontrole*',
  'extradi*',
  'europol',
  'eurojust',
  'interpol',
  'crimin*',
  'investigat*',
  'renseignement*',
  'law enforcement',
  'home affairs',
  'affaires interieures',
  'binnenlandse zaken',
  'immigra*',
  'asile',
  'asylum',
  'asiel',
  'detenu*',
  'penitentiair*',
  'suspect*',
  'verdacht*',
];

const KIND_CODE: Record<GlossaryEntry['kind'], string> = {
  acronym: 'a',
  body: 'b',
  instrument: 'i',
  programme: 'p',
  place: 'l',
  event: 'e',
  concept: 'c',
};

/** Compiles the glossary into the compact table the content script ships (JSON-serialisable). */
export function compileMatcherTable(entries: GlossaryEntry[]): MatcherTable {
  const context: string[] = [...GENERAL_CONTEXT.map(foldContext)];
  const ctxIndex = (w: string) => {
    const f = foldContext(w);
    let k = context.indexOf(f);
    if (k < 0) k = context.push(f) - 1;
    return k;
  };
  const surfaces: string[] = [];
  const termContext: string[] = [];
  let meta = '';
  for (const e of entries) {
    meta += (e.salience === 'core' ? 'c' : 'm') + KIND_CODE[e.kind];
    const amb = new Set(
      e.ambiguous ? (e.ambiguousSurfaces ?? e.acronyms ?? []) : (e.ambiguousSurfaces ?? []),
    );
    const list: string[] = [];
    const add = (s: string) => {
      if (s && !list.includes(s)) list.push(s);
    };
    for (const a of e.acronyms ?? []) add((amb.has(a) ? '?' : '') + '=' + a.trim());
    for (const p of e.phrases ?? []) add((amb.has(p) ? '?' : '') + foldSurface(p));
    surfaces.push(list.join('|'));
    const pos = (e.context ?? []).map(ctxIndex);
    const anti = (e.antiContext ?? []).map(ctxIndex);
    termContext.push(pos.length || anti.length ? `${pos.join(',')};${anti.join(',')}` : '');
  }
  const table: MatcherTable = {
    version: 1,
    terms: entries.map((e) => e.id),
    meta,
    surfaces,
    context,
    general: GENERAL_CONTEXT.length,
    termContext,
  };
  // Built here so that a page load only unpacks the trie, it does not build it (issue 12).
  table.trie = packedTrieFor(table);
  table.candidates = compileCandidateFilter(table);
  return table;
}

function foldContext(w: string): string {
  const prefix = w.endsWith('*');
  const f = foldSurface(prefix ? w.slice(0, -1) : w);
  return prefix ? f + '*' : f;
}
