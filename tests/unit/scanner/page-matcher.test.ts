/**
 * The second stage's matcher: texts go to the background's sessions (here called directly) and
 * come back as matches with pending checks that turn true once the background confirms them.
 */
import { describe, expect, it } from 'vitest';
import * as generated from '../../../data/generated/matcher-table.json';
import { createPageMatcher } from '../../../entrypoints/lookup/page-matcher';
import { createMatchSessions } from '../../../utils/match-sessions';
import type { Message, Reply } from '../../../utils/messages';
import type { MatcherTable } from '../../../utils/term-matcher';

const table = { ...generated, version: 1 } as unknown as MatcherTable;

function wired() {
  let sessions = createMatchSessions(table);
  const sent: Message<'matchTexts'>[] = [];
  const send = (m: Message<'matchTexts'>): Promise<Reply<'matchTexts'>> => {
    sent.push(m);
    return Promise.resolve(sessions.match(`1:0:${m.session}`, m.texts, m.restore));
  };
  // The service worker stopped and started again: every session is gone.
  const restartWorker = () => (sessions = createMatchSessions(table));
  return { sent, matcher: createPageMatcher(send), restartWorker };
}

const CONTEXT = 'La police et Europol ont mené une enquête sur le terrorisme.';

describe('page matcher (second stage)', () => {
  it('answers each text with its terms and offsets', async () => {
    const { matcher, sent } = wired();
    const texts = ['Le PNR des passagers.', "Les équipes communes d'enquête (ECE) d'Eurojust."];
    const found = (await matcher.match(texts))?.found;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.texts).toEqual(texts);
    expect(sent[0]!.session).toMatch(/^[0-9a-z]{6,40}$/);
    expect(found!.map((list, k) => list.map((m) => texts[k]!.slice(m.start, m.end)))).toEqual([
      ['PNR'],
      ["équipes communes d'enquête", 'ECE', 'Eurojust'],
    ]);
    expect(found!.flat().every((m) => m.pending === null)).toBe(true);
    expect(matcher.salienceOf(found![0]![0]!.term)).toBe('core');
  });

  it("turns a pending acronym's check true once later text confirms it, once", async () => {
    const { matcher } = wired();
    const cte = (await matcher.match(['Le CTE se réunit jeudi.']))!.found[0]![0];
    expect(cte!.pending).not.toBeNull();
    expect(cte!.pending!()).toBe(false);
    await matcher.match(['La police et Europol ont mené une enquête sur le terrorisme.']);
    expect(cte!.pending!()).toBe(true);
    expect(cte!.pending!()).toBe(false);
  });

  it("keeps the page's context across a worker restart: earlier text still confirms", async () => {
    const { matcher, sent, restartWorker } = wired();
    await matcher.match([CONTEXT]);
    restartWorker();
    const cte = (await matcher.match(['Le CTE se réunit jeudi.']))!.found[0]![0];
    // The reply said the session was new: the page gave back what it kept, and the rebuilt
    // session confirmed the acronym by the text read before the restart.
    expect(sent).toHaveLength(3);
    expect(sent[2]!.texts).toEqual([]);
    expect(sent[2]!.restore!.context.length).toBeGreaterThan(2);
    expect(sent[2]!.restore!.pending).toEqual([]);
    expect(cte!.pending!()).toBe(true);
  });

  it('keeps the waiting acronyms across a worker restart: later text confirms them', async () => {
    const { matcher, sent, restartWorker } = wired();
    const cte = (await matcher.match(['Le CTE se réunit jeudi.']))!.found[0]![0];
    restartWorker();
    await matcher.match([CONTEXT]);
    expect(sent).toHaveLength(3);
    expect(sent[2]!.restore!.pending).toHaveLength(2);
    expect(cte!.pending!()).toBe(true);
    // A first request, or one the worker answers from a living session, sends nothing more.
    await matcher.match(['Le PNR.']);
    matcher.reset();
    await matcher.match(['Le PNR.']);
    expect(sent).toHaveLength(5);
  });

  it('starts a new session on reset, and drops the answer of the old one', async () => {
    let release: (r: Reply<'matchTexts'>) => void = () => {};
    const sessions: string[] = [];
    const matcher = createPageMatcher((m) => {
      sessions.push(m.session);
      return new Promise((r) => (release = r));
    });
    const late = matcher.match(['Le PNR.']);
    matcher.reset();
    release({ ok: true, matches: [[0, 3, 6, -1]], confirmed: [] });
    expect(await late).toBeNull();
    void matcher.match(['Le PNR.']);
    expect(sessions[1]).not.toBe(sessions[0]);
  });

  it('gives null for an error or a missing answer, and skips unknown term indices', async () => {
    const bad = createPageMatcher(() => Promise.resolve({ ok: false, error: 'no tab' }));
    expect(await bad.match(['x'])).toBeNull();
    const none = createPageMatcher(() => Promise.resolve(undefined));
    expect(await none.match(['x'])).toBeNull();
    const odd = createPageMatcher(() =>
      Promise.resolve({ ok: true, matches: [[99_999, 0, 1, -1, 0, 0, 3, -1]], confirmed: [] }),
    );
    const answer = await odd.match(['PNR']);
    expect(answer!.found[0]!.map((m) => [m.start, m.end])).toEqual([[0, 3]]);
    // The worker's time is only in the benchmark build's answers.
    expect(answer!.workerMs).toBe(0);
  });
});
