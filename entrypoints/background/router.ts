/** Validates every incoming message (shape and sender) and dispatches it. */
import type { Runtime } from 'webextension-polyfill';
import {
  parseMessage,
  type ErrorResponse,
  type Message,
  type MessageType,
  type Reply,
} from '../../utils/messages';

type Handler<K extends MessageType> = (
  message: Message<K>,
  sender: Runtime.MessageSender,
) => Promise<Reply<K>> | Reply<K>;

export type Handlers = { [K in MessageType]?: Handler<K> };

/** Messages only the extension's own pages or content scripts may send. */
export function registerRouter(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) {
      console.error('[vdl] message from unexpected sender ignored', sender.id);
      return undefined;
    }
    const parsed = parseMessage(raw, Object.keys(handlers) as MessageType[]);
    if (!parsed.ok) {
      console.error('[vdl] rejected message:', parsed.error);
      return Promise.resolve<ErrorResponse>({ ok: false, error: parsed.error });
    }
    const handler = handlers[parsed.message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(parsed.message, sender))
      .catch((err: unknown) => {
        console.error('[vdl] handler failed', parsed.message.type, err);
        return { ok: false, error: 'internal error' } satisfies ErrorResponse;
      });
  });
}
