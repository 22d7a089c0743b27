import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerRouter } from '../../../entrypoints/background/router';
import type { PageTermsResponse, ErrorResponse } from '../../../utils/messages';
import { sendMessage } from '../../../utils/send-message';

const self = { id: fakeBrowser.runtime.id };

describe('typed sendMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The fake browser's sendMessage only knows callback-style listeners and sends no sender id:
    // deliver like Chromium does, to the listeners, from this extension, with the first reply.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      async (message: unknown) =>
        (await fakeBrowser.runtime.onMessage.trigger(message, self as never, () => {}))[0],
    );
  });

  it('delivers the message to the router and returns the handler’s reply, typed', async () => {
    const terms = [{ term: 'ece', title: 'ECE', salience: 'core', count: 2, expansion: 'x' }];
    const handler = vi.fn(() => ({ ok: true as const, terms }));
    registerRouter({ getPageTerms: handler });
    const reply = await sendMessage({ type: 'getPageTerms', tabId: 7 });
    expectTypeOf(reply).toEqualTypeOf<PageTermsResponse | ErrorResponse | undefined>();
    expect(reply).toEqual({ ok: true, terms });
    expect(handler).toHaveBeenCalledWith({ type: 'getPageTerms', tabId: 7 }, expect.anything());
  });

  it('gets the router’s validation error for a message its schema refuses', async () => {
    registerRouter({ getPageTerms: vi.fn() });
    // A negative tab id passes the compiler (a number) but not the schema.
    const reply = await sendMessage({ type: 'getPageTerms', tabId: -1 });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('tabId') });
  });

  it('refuses, at compile time, fields the schema does not have and unknown types', () => {
    const compileOnly = () => {
      // @ts-expect-error extra field
      void sendMessage({ type: 'getPageTerms', tabId: 3, evil: 1 });
      // @ts-expect-error missing field
      void sendMessage({ type: 'getPageTerms' });
      // @ts-expect-error unknown message type
      void sendMessage({ type: 'deleteEverything' });
    };
    expect(compileOnly).toBeTypeOf('function');
  });
});
