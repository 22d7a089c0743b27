/**
 * Typed sending: the message literal is checked against its schema's type and the reply comes
 * back typed from the protocol map in messages.ts. `undefined` when no receiver answered (a tab
 * without the content script, a receiver that does not reply).
 */
import type { Message, MessageType, Reply } from './messages';

/** To the background (from an extension page or a content script). */
export function sendMessage<K extends MessageType>(
  message: Message<K> & { type: K },
): Promise<Reply<K> | undefined> {
  return browser.runtime.sendMessage(message) as Promise<Reply<K> | undefined>;
}

/** To the content script of a tab (from the background or an extension page). */
export function sendTabMessage<K extends MessageType>(
  tabId: number,
  message: Message<K> & { type: K },
): Promise<Reply<K> | undefined> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Reply<K> | undefined>;
}
