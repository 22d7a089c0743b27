import { describe, expect, it } from 'vitest';
import { MessageSchemas } from '../../../utils/messages';
import * as v from 'valibot';
import { buildTermReport, reportKey } from '../../../utils/term-report';

describe('buildTermReport', () => {
  it('sorts by count, drops zero counts and invalid ids, and fits the message schema', () => {
    const counts = new Map<string, number>([
      ['pnr', 3],
      ['ece', 5],
      ['sis', 0],
      ['Bad Id', 2],
      ['europol', 3],
    ]);
    const report = buildTermReport(counts);
    expect(report).toEqual([
      { term: 'ece', count: 5 },
      { term: 'europol', count: 3 },
      { term: 'pnr', count: 3 },
    ]);
    expect(
      v.safeParse(MessageSchemas.reportTerms, { type: 'reportTerms', terms: report }).success,
    ).toBe(true);
  });

  it('caps the list at the schema limit', () => {
    const counts = new Map(Array.from({ length: 700 }, (_, i) => [`t${i}`, i + 1] as const));
    const report = buildTermReport(counts);
    expect(report).toHaveLength(500);
    expect(report[0]).toEqual({ term: 't699', count: 700 });
  });

  it('keys reports so unchanged counts are not sent again', () => {
    const a = buildTermReport(new Map([['pnr', 1]]));
    expect(reportKey(a)).toBe(reportKey(buildTermReport(new Map([['pnr', 1]]))));
    expect(reportKey(a)).not.toBe(reportKey(buildTermReport(new Map([['pnr', 2]]))));
  });
});
