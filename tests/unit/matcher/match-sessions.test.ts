/**
 * The matcher's background half: a frame's texts sent in batches give the matches and the
 * confirmations of one in-page pass over the same texts in the same order (the reference below
 * is the second stage's former in-page matcher: a scan per text against the page's evidence,
 * ambiguous matches checked at once and again after each text).
 */
import { describe, expect, it } from 'vitest';
import { MATCH_FIELDS, type MatchTextsReply } from '../../../utils/match-protocol';
import { MAX_SESSIONS, createMatchSessions } from '../../../utils/match-sessions';
import { createMatcher } from '../../../utils/term-matcher';
import { corpusPassages, table } from './fixtures';

interface Shown {
  text: number;
  term: string;
  start: number;
  end: number;
}

const key = (m: Shown) => `${m.text}:${m.start}-${m.end}:${m.term}`;

/** The former in-page flow: what it showed by the end of the pass. */
function reference(texts: readonly string[]): string[] {
  const m = createMatcher(table);
  const ev = m.newEvidence();
  const shown: Shown[] = [];
  let pending: { x: ReturnType<typeof m.scan>[number]; s: Shown }[] = [];
  texts.forEach((text, t) => {
    for (const x of m.scan(text, ev)) {
      if (x.ambiguous && x.near === 'anti') continue;
      const s = { text: t, term: x.term, start: x.start, end: x.end };
      if (x.ambiguous && !m.isConfirmed(x, ev)) pending.push({ x, s });
      else shown.push(s);
    }
    pending = pending.filter((p) => !(m.isConfirmed(p.x, ev) && shown.push(p.s)));
  });
  return shown.map(key).sort();
}

/** The same texts through a session, `per` texts per request. */
function remote(texts: readonly string[], per: number): string[] {
  const sessions = createMatchSessions(table);
  const shown: Shown[] = [];
  const waiting = new Map<number, Shown>();
  for (let i = 0; i < texts.length; i += per) {
    const reply = sessions.match('1:0:page', texts.slice(i, i + per));
    reply.matches.forEach((flat, k) => {
      for (let f = 0; f < flat.length; f += MATCH_FIELDS) {
        const s = {
          text: i + k,
          term: table.terms[flat[f]!]!,
          start: flat[f + 1]!,
          end: flat[f + 2]!,
        };
        if (flat[f + 3]! >= 0) waiting.set(flat[f + 3]!, s);
        else shown.push(s);
      }
    });
    for (const id of reply.confirmed) {
      shown.push(waiting.get(id)!);
      waiting.delete(id);
    }
  }
  return shown.map(key).sort();
}

function only(reply: MatchTextsReply, k = 0): [string, number, number, boolean][] {
  const flat = reply.matches[k]!;
  const out: [string, number, number, boolean][] = [];
  for (let f = 0; f < flat.length; f += MATCH_FIELDS) {
    out.push([table.terms[flat[f]!]!, flat[f + 1]!, flat[f + 2]!, flat[f + 3]! >= 0]);
  }
  return out;
}

describe('match sessions', () => {
  it('answer each text with its matches: term, start, end, and whether it waits for context', () => {
    const sessions = createMatchSessions(table);
    const text = "Le PNR et Europol. L'ECE a été créée.";
    const reply = sessions.match('1:0:a', [text, 'rien ici']);
    expect(reply.ok).toBe(true);
    expect(reply.matches).toHaveLength(2);
    expect(reply.matches[1]).toEqual([]);
    const found = only(reply).map(([t, s, e, p]) => [t, text.slice(s, e), p]);
    expect(found.map(([, surface]) => surface)).toEqual(['PNR', 'Europol', 'ECE']);
    // Europol is a context word: the ECE beside it is confirmed at once.
    expect(found.every(([, , p]) => p === false)).toBe(true);
  });

  it('holds an ambiguous acronym back until later text of the page confirms it', () => {
    const sessions = createMatchSessions(table, () => 0.5);
    const first = sessions.match('1:0:a', ['Le CTE se réunit jeudi.']);
    const [term, , , waits] = only(first)[0]!;
    expect(term).toBe(
      only(createMatchSessions(table).match('k', ['Le CTE se réunit jeudi.']))[0]![0],
    );
    expect(waits).toBe(true);
    // Ids start at the session's random offset (a rebuilt session never reuses a page's ids).
    const id = first.matches[0]![3]!;
    expect(id).toBe(2 ** 39);
    expect(first.confirmed).toEqual([]);
    const later = sessions.match('1:0:a', [
      'La police et Europol ont mené une enquête sur le terrorisme.',
    ]);
    expect(later.confirmed).toEqual([id]);
    // Confirmed once: not listed again.
    expect(sessions.match('1:0:a', ['Europol, encore.']).confirmed).toEqual([]);
  });

  describe('after the worker was stopped (sessions live in its memory only)', () => {
    const CONTEXT = 'La police et Europol ont mené une enquête sur le terrorisme.';
    const AMBIGUOUS = 'Le CTE se réunit jeudi.';

    it("confirms a later acronym by the page's earlier text, once the page gives it back", () => {
      const before = createMatchSessions(table);
      const first = before.match('1:0:p', [CONTEXT]);
      expect(first.fresh).toBe(true);
      expect(first.context!.length).toBeGreaterThan(2);
      // Told again only when it grows.
      expect(before.match('1:0:p', ['Europol.']).context).toBeUndefined();
      const after = createMatchSessions(table);
      const later = after.match('1:0:p', [AMBIGUOUS]);
      expect(later.fresh).toBe(true);
      const id = later.matches[0]![3]!;
      expect(id).toBeGreaterThanOrEqual(0);
      expect(later.confirmed).toEqual([]);
      const restored = after.match('1:0:p', [], { context: first.context!, pending: [] });
      expect(restored.fresh).toBeUndefined();
      expect(restored.confirmed).toEqual([id]);
    });

    it("confirms an acronym that was waiting in the lost session, by the page's later text", () => {
      const before = createMatchSessions(table, () => 0.25);
      const first = before.match('1:0:p', [AMBIGUOUS]);
      const [term, , , id] = first.matches[0]!;
      expect(id).toBe(2 ** 38);
      const after = createMatchSessions(table);
      // The rebuilt session does not know the id: the context alone confirms nothing.
      expect(after.match('1:0:p', [CONTEXT]).confirmed).toEqual([]);
      const restored = after.match('1:0:p', [], { context: [], pending: [id!, term!] });
      expect(restored.confirmed).toEqual([id]);
    });

    it('ignores entries outside the table', () => {
      const sessions = createMatchSessions(table);
      const reply = sessions.match('1:0:p', [AMBIGUOUS], {
        context: [table.context.length, -1 - table.terms.length, 10 ** 9],
        pending: [5, table.terms.length, 6, 10 ** 9],
      });
      expect(reply.confirmed).toEqual([]);
      expect(reply.context).toBeUndefined();
    });
  });

  it('drops an ambiguous acronym beside words of its other senses', () => {
    const sessions = createMatchSessions(table);
    const reply = sessions.match('1:0:a', ['The JIT compiler of the JavaScript engine.']);
    expect(only(reply).map(([t]) => t)).not.toContain(
      table.terms.find((t) => t.startsWith('jit')) ?? 'jit',
    );
  });

  it('keeps the context of each session apart', () => {
    const sessions = createMatchSessions(table);
    sessions.match('1:0:a', ['La police et Europol ont mené une enquête sur le terrorisme.']);
    const other = sessions.match('1:0:b', ['Le CTE se réunit jeudi.']);
    expect(only(other)[0]![3]).toBe(true);
    const same = sessions.match('1:0:a', ['Le CTE se réunit jeudi.']);
    expect(only(same)[0]![3]).toBe(false);
  });

  it("forgets a closed tab's sessions, and the least recently used beyond the limit", () => {
    const sessions = createMatchSessions(table);
    sessions.match('7:0:a', ['x']);
    sessions.match('7:3:b', ['x']);
    sessions.match('17:0:c', ['x']);
    sessions.forget('7:');
    expect(sessions.size).toBe(1);
    for (let i = 0; i < MAX_SESSIONS + 5; i++) sessions.match(`9:0:s${i}`, ['x']);
    expect(sessions.size).toBe(MAX_SESSIONS);
  });

  it('finds and confirms what one in-page pass found, whatever the batches', () => {
    const passages = corpusPassages();
    // A page: corpus passages, then sentences where ambiguous acronyms come before their context.
    const texts = [
      'Le CTE et le SIS ont été évoqués. Les ECE aussi.',
      ...passages.slice(0, 120).map((p) => p.text),
      'JIT compiler benchmarks and the ECE-R44 norm.',
      'La police judiciaire et Europol.',
    ];
    const want = reference(texts);
    expect(want.length).toBeGreaterThan(100);
    // The first text's acronyms waited for the context that came after them.
    expect(want.filter((k) => k.startsWith('0:'))).toHaveLength(3);
    for (const per of [1, 3, 64]) expect(remote(texts, per)).toEqual(want);
  });
});
