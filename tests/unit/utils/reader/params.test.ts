import { describe, expect, it } from 'vitest';
import { excerptOf, parseReaderParams } from '../../../../utils/reader/params';
import { readerSearch } from '../../../../utils/reader-url';

describe('parseReaderParams', () => {
  it('reads the contract parameters', () => {
    const r = parseReaderParams('?doc=declaration-2018-06-11&passage=p-c66c6302bd17&term=pnr');
    expect(r).toEqual({
      doc: 'declaration-2018-06-11',
      passage: 'p-c66c6302bd17',
      term: 'pnr',
      q: null,
      problems: [],
    });
  });

  it('normalises the query and keeps accents', () => {
    const r = parseReaderParams('?doc=x&q=%20%C3%A9quipes%20%20communes%0A');
    expect(r.q).toBe('équipes communes');
  });

  it('rejects markup in ids with a printable excerpt', () => {
    const r = parseReaderParams('?doc=%3Cscript%3Ealert(1)%3C/script%3E');
    expect(r.doc).toBeNull();
    expect(r.problems).toEqual([
      { param: 'doc', code: 'invalid', excerpt: '<script>alert(1)</script>' },
    ]);
  });

  it('rejects 10 KB values and clips the excerpt', () => {
    const big = 'a'.repeat(10_000);
    const r = parseReaderParams(`?doc=x&passage=${big}&q=${big}`);
    expect(r.passage).toBeNull();
    expect(r.q).toBeNull();
    expect(r.problems.map((p) => [p.param, p.code])).toEqual([
      ['passage', 'too-long'],
      ['q', 'too-long'],
    ]);
    expect(r.problems[0]!.excerpt.length).toBeLessThan(50);
  });

  it('keeps the term when both term and q are given', () => {
    const r = parseReaderParams('?doc=x&term=PNR&q=hello');
    expect(r.term).toBe('pnr');
    expect(r.q).toBeNull();
    expect(r.problems[0]!.code).toBe('both-term-and-q');
  });

  it('treats empty and missing values alike, and never throws', () => {
    expect(parseReaderParams('').doc).toBeNull();
    expect(parseReaderParams('?doc=&passage=').problems).toEqual([]);
    expect(() => parseReaderParams('?%E0%A4%A=1&doc=%')).not.toThrow();
  });

  it('builds links in contract order', () => {
    expect(readerSearch({ doc: 'd', passage: 'p-1', q: 'a b' })).toBe('?doc=d&passage=p-1&q=a+b');
    expect(readerSearch({ doc: 'd', term: 't', q: 'ignored' })).toBe('?doc=d&term=t');
  });

  it('strips control characters from excerpts', () => {
    expect(excerptOf('a\u0000b\u202ec')).toBe('a b c');
  });
});
