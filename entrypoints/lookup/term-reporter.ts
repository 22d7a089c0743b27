/**
 * Sends the terms found on this page (id → count) to the background for the badge and the
 * popup's "on this page" list: debounced, at most one message a second, only when the counts
 * changed (or after an SPA navigation, when the background has forgotten this page's terms).
 */
import type { Message } from '../../utils/messages';
import { buildTermReport, reportKey } from '../../utils/term-report';
import type { DomRefs } from './dom-refs';
import { sendMessage } from '../../utils/send-message';

const DEBOUNCE_MS = 400;
const MIN_INTERVAL_MS = 1000;

export class TermReporter {
  private timer = 0;
  private lastKey = '';
  private lastSent = -Infinity;
  private sentAny = false;
  private stopped = false;

  constructor(
    private readonly refs: DomRefs,
    private readonly counts: () => ReadonlyMap<string, number>,
  ) {}

  /** Something changed: report soon. `force` resends even identical counts. */
  schedule(force = false): void {
    if (force) this.lastKey = '\u0000';
    if (this.timer || this.stopped) return;
    const wait = Math.max(DEBOUNCE_MS, this.lastSent + MIN_INTERVAL_MS - this.refs.now());
    this.timer = this.refs.setTimeout(() => {
      this.timer = 0;
      this.send();
    }, wait);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) this.refs.clearTimeout(this.timer);
    this.timer = 0;
  }

  private send(): void {
    const terms = buildTermReport(this.counts());
    const key = reportKey(terms);
    if (key === this.lastKey) return;
    // Frames that never found anything stay silent.
    if (!terms.length && !this.sentAny && this.lastKey !== '\u0000') {
      this.lastKey = key;
      return;
    }
    this.lastKey = key;
    this.lastSent = this.refs.now();
    this.sentAny = true;
    const msg: Message<'reportTerms'> = { type: 'reportTerms', terms };
    try {
      sendMessage(msg).catch(() => {
        // Background asleep or extension reloaded: the next change reports again.
      });
    } catch {
      this.stop();
    }
  }
}
