/** The `reportTerms` payload from the scanner's per-term counts (pure). */

const TERM_ID = /^[a-z0-9][a-z0-9-]*$/;
const MAX_TERMS = 500;

export interface TermCount {
  term: string;
  count: number;
}

/** Valid ids only, most frequent first, at most 500 (the message schema's limit). */
export function buildTermReport(counts: ReadonlyMap<string, number>): TermCount[] {
  const out: TermCount[] = [];
  for (const [term, count] of counts) {
    if (count > 0 && term.length <= 80 && TERM_ID.test(term)) {
      out.push({ term, count: Math.floor(count) });
    }
  }
  out.sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return out.slice(0, MAX_TERMS);
}

/** Stable key of a report, to skip sending what the background already has. */
export function reportKey(report: readonly TermCount[]): string {
  return report.map((t) => `${t.term}:${t.count}`).join(',');
}
