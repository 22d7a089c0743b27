/**
 * The glossary matcher as the scanner uses it: the page's text goes to the background, which
 * matches it there (utils/match-sessions.ts) and answers with each text's matches. Nothing of
 * the matcher (its table, its trie, its expressions, its first cold runs) is loaded or run on
 * the page's main thread (issue 12). The text never leaves the browser: it goes to the
 * extension's own service worker and nowhere else.
 *
 * Ambiguous acronyms (ECE, CTE, SIS, JIT…) the page has not confirmed yet come with a pending
 * id; a later answer confirms them once the text sent after them supplies the context.
 */
// Named imports: only the term ids and their salience, not the matcher's table.
import { meta, terms } from '../../data/generated/matcher-table.json';
import { sendMessage } from '../../utils/send-message';
import {
  MATCH_FIELDS,
  MAX_CONTEXT,
  MAX_PENDING,
  type MatchTextsReply,
} from '../../utils/match-protocol';
import { salienceAt } from '../../utils/matcher/types';
import type { Message, Reply } from '../../utils/messages';
import type { PendingCheck } from './lookup-types';

export interface SegmentMatch {
  term: string;
  start: number;
  end: number;
  /** Ambiguous, not confirmed yet: kept back until this check says the page's context does. */
  pending: PendingCheck | null;
}

export interface MatchAnswer {
  /** Each text's matches (ambiguous ones with other-sense words nearby are left out). */
  found: SegmentMatch[][];
  /** The background's matching time (bench build only; else 0). */
  workerMs: number;
}

export interface PageMatcher {
  /** The texts' matches, or null when the background could not answer. */
  match(texts: string[]): Promise<MatchAnswer | null>;
  salienceOf(term: string): string | undefined;
  /** Forgets the page's context (SPA navigation, site turned off): a new session. */
  reset(): void;
}

type Send = (message: Message<'matchTexts'>) => Promise<Reply<'matchTexts'> | undefined>;

const SALIENCE = new Map(terms.map((t, i) => [t, salienceAt(meta, i)]));

function newSession(): string {
  return (Date.now().toString(36) + Math.random().toString(36).slice(2, 12)).slice(0, 40);
}

export function createPageMatcher(
  send: Send = (m) => sendMessage({ ...m, type: 'matchTexts' }),
): PageMatcher {
  let session = newSession();
  // Pending ids the background confirmed and the store has not asked about yet.
  let confirmed = new Set<number>();
  /*
   * What the page keeps of its session, in case the worker is stopped while the page is open
   * (it keeps sessions in memory only): the session's latest context, and the pending ids not
   * confirmed yet with their term. Given back when a reply says the session is new again.
   */
  let answered = false;
  let context: number[] = [];
  let waiting = new Map<number, number>();

  const read = (reply: MatchTextsReply, count: number): SegmentMatch[][] => {
    const seen = confirmed;
    for (const id of reply.confirmed) {
      seen.add(id);
      waiting.delete(id);
    }
    const out: SegmentMatch[][] = [];
    for (let k = 0; k < count; k++) {
      const flat = reply.matches[k] ?? [];
      const list: SegmentMatch[] = [];
      for (let f = 0; f + MATCH_FIELDS <= flat.length; f += MATCH_FIELDS) {
        const term = terms[flat[f]!];
        if (term === undefined) continue;
        const id = flat[f + 3]!;
        if (id >= 0 && waiting.size < MAX_PENDING) waiting.set(id, flat[f]!);
        // Asked once per slice until true; the id is forgotten once it confirmed.
        const pending = id >= 0 ? () => seen.delete(id) : null;
        list.push({ term, start: flat[f + 1]!, end: flat[f + 2]!, pending });
      }
      out.push(list);
    }
    return out;
  };

  const usable = (reply: Reply<'matchTexts'> | undefined): reply is MatchTextsReply =>
    !!reply && reply.ok && Array.isArray(reply.matches) && Array.isArray(reply.confirmed);

  /** The lost session's context and waiting matches, given to the rebuilt one (MatchRestore). */
  const restore = async (s: string, lost: number[], pending: Map<number, number>) => {
    const again = await send({
      type: 'matchTexts',
      session: s,
      texts: [],
      restore: { context: lost, pending: [...pending].flat() },
    });
    if (s !== session || !usable(again)) return;
    read(again, 0);
    keepContext(again);
  };

  const keepContext = (reply: MatchTextsReply) => {
    const c = reply.context;
    if (Array.isArray(c) && c.length <= MAX_CONTEXT && c.every(Number.isInteger)) context = c;
  };

  return {
    async match(texts) {
      const s = session;
      const reply = await send({ type: 'matchTexts', session: s, texts });
      // Answers for a session that was reset since are dropped.
      if (s !== session || !usable(reply)) return null;
      // The worker was stopped since this page's last request: its session is rebuilt from
      // what the page kept, so text read earlier still counts as the page's context.
      const lost =
        reply.fresh === true && answered && (context.length > 0 || waiting.size > 0)
          ? { context, pending: new Map(waiting) }
          : null;
      answered = true;
      const found = read(reply, texts.length);
      keepContext(reply);
      if (lost) await restore(s, lost.context, lost.pending).catch(() => undefined);
      return { found, workerMs: reply.ms ?? 0 };
    },
    salienceOf: (term) => SALIENCE.get(term),
    reset() {
      session = newSession();
      confirmed = new Set();
      answered = false;
      context = [];
      waiting = new Map();
    },
  };
}
