import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../../utils/search/aliases';
import { buildInvertedIndex } from '../../../utils/search/inverted-index';
import { data } from './fixtures';

const ix = buildInvertedIndex(data);
const aliases = new AliasIndex(ix, data.terms, false);
const named = (q: string) =>
  aliases.find(q.split(' '), false).groups.map((g) => g.map((t) => t.id));
const text = (p: number, [i, j]: [number, number]) =>
  data.passages[p]!.text.slice(ix.tokStart[i]!, ix.tokEnd[j]!);

describe('glossary aliases', () => {
  it('finds a term name in any of its languages, longest first', () => {
    expect(named('mandat d arret europeen')).toEqual([['mandat-arret-europeen']]);
    expect(named('european arrest warrant')).toEqual([['mandat-arret-europeen']]);
    expect(named('joint investigation team france')).toEqual([['ece']]);
  });

  it('tolerates a typo in a long word of a multi-word name, not in every word', () => {
    expect(named('mandat d arret europen')).toEqual([['mandat-arret-europeen']]);
    expect(named('mandta d arrte europen')).toEqual([]);
  });

  it('marks the name found in a passage, whole, not the words of its definition', () => {
    const europol = data.terms.find((t) => t.id === 'europol')!;
    const p = data.passages.findIndex((x) => x.id === 'p-b2');
    expect(aliases.spans(europol, p).map((s) => text(p, s))).toEqual(['Europol']);
    const ece = data.terms.find((t) => t.id === 'ece')!;
    const c1 = data.passages.findIndex((x) => x.id === 'p-c1');
    expect(aliases.spans(ece, c1).map((s) => text(c1, s))).toEqual(["équipe d'enquête commune"]);
  });
});
