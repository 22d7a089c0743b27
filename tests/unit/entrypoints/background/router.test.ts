import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRouter } from '../../../../entrypoints/background/router';
import type { LookupResponse } from '../../../../utils/messages';

const self = { id: fakeBrowser.runtime.id };

describe('background message router', () => {
  const reply: LookupResponse = { ok: false, error: 'unknown term ece' };
  const lookup = vi.fn(() => reply);
  beforeEach(() => {
    fakeBrowser.reset();
    lookup.mockClear();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    registerRouter({ lookupTerm: lookup });
  });

  const send = async (msg: unknown, sender: object = self) =>
    (await fakeBrowser.runtime.onMessage.trigger(msg, sender as never, () => {}))[0];

  it('dispatches a valid message from the extension itself', async () => {
    await expect(send({ type: 'lookupTerm', term: 'ece', lang: 'en' })).resolves.toEqual(reply);
    expect(lookup).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an object', 'lookupTerm'],
    ['null', null],
    ['unknown type', { type: 'deleteEverything' }],
    ['missing field', { type: 'lookupTerm' }],
    ['wrong type', { type: 'lookupTerm', term: 42 }],
    ['extra field', { type: 'lookupTerm', term: 'ece', evil: true }],
    ['hostile id', { type: 'lookupTerm', term: '<img src=x onerror=alert(1)>' }],
    ['oversized id', { type: 'lookupTerm', term: 'a'.repeat(10_000) }],
    ['bad language', { type: 'lookupTerm', term: 'ece', lang: 'xx' }],
    ['type without a handler here', { type: 'openSearch', q: 'x' }],
  ])('rejects %s with a clear error and a log', async (_name, msg) => {
    const res = await send(msg);
    expect(res).toMatchObject({ ok: false, error: expect.any(String) });
    expect(lookup).not.toHaveBeenCalled();
    expect(console.error).toHaveBeenCalled();
  });

  it('ignores messages from another extension', async () => {
    expect(await send({ type: 'lookupTerm', term: 'ece' }, { id: 'someone-else' })).toBeUndefined();
    expect(lookup).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error response', async () => {
    registerRouter({
      getPageTerms: () => {
        throw new Error('boom');
      },
    });
    const results = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'getPageTerms', tabId: 1 },
      self as never,
      () => {},
    );
    expect(results).toContainEqual({ ok: false, error: 'internal error' });
  });
});
