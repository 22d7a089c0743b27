import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT, MAX_MATCH_TEXT, MAX_MATCH_TEXTS } from '../../../utils/match-protocol';
import { MAX_PROBE_TEXT } from '../../../utils/candidate-test';
import { parseMessage } from '../../../utils/messages';

describe('loadCardUi message', () => {
  it.each([undefined, 'second-stage', 'card-hover', 'renderer', 'both'] as const)(
    'accepts the part %s',
    (part) => {
      const raw = part ? { type: 'loadCardUi', part } : { type: 'loadCardUi' };
      expect(parseMessage(raw, ['loadCardUi'])).toEqual({ ok: true, message: raw });
    },
  );

  it.each([
    ['an unknown part', { type: 'loadCardUi', part: 'everything' }],
    ['a part of the wrong type', { type: 'loadCardUi', part: 1 }],
    ['an extra field', { type: 'loadCardUi', file: '/evil.js' }],
  ])('rejects %s', (_name, raw) => {
    const r = parseMessage(raw, ['loadCardUi']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^invalid message/);
  });
});

describe('probeText message', () => {
  const ok = { type: 'probeText', text: 'Le PNR ferroviaire.', glued: true, load: true };

  it('accepts a chunk of text up to MAX_PROBE_TEXT characters', () => {
    expect(parseMessage(ok, ['probeText'])).toEqual({ ok: true, message: ok });
    const full = { ...ok, text: 'a'.repeat(MAX_PROBE_TEXT), glued: false, load: false };
    expect(parseMessage(full, ['probeText'])).toEqual({ ok: true, message: full });
  });

  it.each([
    ['a longer text', { ...ok, text: 'a'.repeat(MAX_PROBE_TEXT + 1) }],
    ['a text that is not a string', { ...ok, text: ['PNR'] }],
    ['no glued flag', { type: 'probeText', text: 'PNR', load: true }],
    ['a load flag of the wrong type', { ...ok, load: 'yes' }],
    ['an extra field', { ...ok, files: ['/evil.js'] }],
  ])('rejects %s', (_name, raw) => {
    const r = parseMessage(raw, ['probeText']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^invalid message/);
  });
});

describe('matchTexts message', () => {
  const ok = { type: 'matchTexts', session: 'm3x9q2k7a1', texts: ['Le PNR.', ''] };

  it('accepts a session and its texts', () => {
    expect(parseMessage(ok, ['matchTexts'])).toEqual({ ok: true, message: ok });
  });

  it('accepts what a page kept of a lost session: context entries and (id, term) pairs', () => {
    const restore = { context: [0, 4, -3], pending: [2 ** 39, 12, 2 ** 39 + 1, 0] };
    const m = { ...ok, texts: [], restore };
    expect(parseMessage(m, ['matchTexts'])).toEqual({ ok: true, message: m });
  });

  it.each([
    ['a session with other characters', { ...ok, session: 'ab/../cd' }],
    ['a short session', { ...ok, session: 'ab' }],
    ['a text that is not a string', { ...ok, texts: ['a', 3] }],
    ['a text longer than a chunk', { ...ok, texts: ['x'.repeat(MAX_MATCH_TEXT + 1)] }],
    [
      'a batch longer than allowed',
      { ...ok, texts: Array.from({ length: 17 }, () => 'x'.repeat(MAX_MATCH_TEXT)) },
    ],
    ['too many texts', { ...ok, texts: Array.from({ length: MAX_MATCH_TEXTS + 1 }, () => 'x') }],
    ['an extra field', { ...ok, tabId: 3 }],
    ['a pending id without its term', { ...ok, restore: { context: [], pending: [7] } }],
    ['a negative pending id', { ...ok, restore: { context: [], pending: [-1, 2] } }],
    ['a context entry that is not an integer', { ...ok, restore: { context: [0.5], pending: [] } }],
    [
      'a context longer than allowed',
      {
        ...ok,
        restore: { context: Array.from({ length: MAX_CONTEXT + 1 }, () => 0), pending: [] },
      },
    ],
    ['a restore with an extra field', { ...ok, restore: { context: [], pending: [], x: 1 } }],
  ])('rejects %s', (_name, raw) => {
    const r = parseMessage(raw, ['matchTexts']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^invalid message/);
  });
});
