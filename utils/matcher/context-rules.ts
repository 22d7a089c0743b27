/**
 * Whether an ambiguous match counts (rules 1–4 of utils/term-matcher.ts): the context words and
 * supporting terms near it in the same text (`markNear`, at scan time) and on the whole page
 * (`isConfirmed`, against the page's evidence).
 */
import {
  NEAR_WINDOW,
  type ContextEvidence,
  type MatcherTable,
  type TermInfo,
  type TermMatch,
} from './types';

export function createContextRules(
  table: MatcherTable,
  infos: readonly TermInfo[],
  byId: ReadonlyMap<string, number>,
) {
  // Terms that support an ambiguous one: core terms, and the common concepts and instruments
  // (terrorisme, radicalisation, RGPD…). Those are common for display only (issue 13: not
  // underlined by default); they still say what a page is about. Common bodies and places (UE,
  // OTAN, Schengen, Benelux) are everyday news words and support nothing.
  const core = infos.map(
    (i) => i.salience === 'core' || i.kind === 'concept' || i.kind === 'instrument',
  );
  const general = table.general;
  const ctxCount = table.context.length;
  const termPos: Set<number>[] = [];
  const termAnti: Set<number>[] = [];
  for (let t = 0; t < table.terms.length; t++) {
    const [pos = '', anti = ''] = (table.termContext[t] ?? '').split(';');
    const ints = (s: string) => new Set(s ? s.split(',').map(Number) : []);
    termPos.push(ints(pos));
    termAnti.push(ints(anti));
  }
  const isPositive = (t: number, k: number) => k < general || termPos[t]!.has(k);

  function markNear(out: TermMatch[], idx: number[], hitPos: number[], hitWhat: number[]): void {
    let lo = 0;
    for (let m = 0; m < out.length; m++) {
      const match = out[m]!;
      if (!match.ambiguous) continue;
      const t = idx[m]!;
      while (lo < hitPos.length && hitPos[lo]! < match.start - NEAR_WINDOW) lo++;
      let pos = false;
      let anti = false;
      for (let h = lo; h < hitPos.length && hitPos[h]! <= match.end + NEAR_WINDOW; h++) {
        const what = hitWhat[h]!;
        if (what >= 0) {
          if (termAnti[t]!.has(what)) anti = true;
          else if (isPositive(t, what)) pos = true;
        } else if (core[-1 - what] || -1 - what === t) pos = true;
      }
      if (anti) match.near = 'anti';
      else if (pos) match.near = 'context';
    }
  }

  function newEvidence(): ContextEvidence {
    return { words: new Uint32Array(ctxCount), terms: new Set() };
  }

  function isConfirmed(match: TermMatch, evidence: ContextEvidence): boolean {
    if (!match.ambiguous) return true;
    if (match.near === 'anti') return false;
    const t = byId.get(match.term);
    if (t === undefined) return false;
    if (evidence.terms.has(t) || match.near === 'context') return true;
    let pos = 0;
    let anti = 0;
    for (let k = 0; k < ctxCount; k++) {
      if (evidence.words[k] === 0) continue;
      if (termAnti[t]!.has(k)) anti++;
      else if (isPositive(t, k)) pos++;
    }
    for (const u of evidence.terms) if (core[u] && u !== t) pos++;
    return pos >= 2 + 2 * anti;
  }

  return { markNear, newEvidence, isConfirmed };
}
