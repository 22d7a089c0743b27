/**
 * The second stage's matcher: texts go to the background's sessions (here called directly) and
 * come back as matches with pending checks that turn true once the background confirms them.
 */
import { describe, expect, it } from 'vitest';
import * as generated from '../../../data/generated/matcher-table.json';
import { createPageMatcher } from '../../../entrypoints/lookup.content/page-matcher';
import { createMatchSessions } from '../../../utils/match-sessions';
import type { Message, Reply } from '../../../utils/messages';
import type { MatcherTable } from '../../../utils/term-matcher';

const table = { ...generated, version: 1 } as unknown as MatcherTable;

function wired() {
  const sessions = createMatchSessions(table);
  const sent: Message<'matchTexts'>[] = [];
  const send = (m: Message<'matchTexts'>): Promise<Reply<'matchTexts'>> => {
    sent.push(m);
    return Promise.resolve(sessions.match(`1:0:${m.session}`, m.texts));
  };
  return { sent, matcher: createPageMatcher(send) };
}

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
