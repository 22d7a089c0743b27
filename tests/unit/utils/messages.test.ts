import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../utils/messages';

describe('loadCardUi message', () => {
  it.each([undefined, 'second-stage', 'renderer', 'both'] as const)(
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
