/**
 * The term matcher's background half (issue 12). The second stage sends the text it walks, in
 * batches, and gets back each text's matches: a page never loads, builds or warms the matcher on
 * its own main thread (that cost ~6–10 ms on every page with a term, before any of its text was
 * matched, and the matching itself was most of a long page's scan). The service worker builds
 * the matcher once and keeps it warm for every page.
 *
 * One session per frame's scan: its context evidence grows with the text sent, in the order sent,
 * so ambiguous acronyms (ECE, CTE, SIS, JIT…) are decided as in one pass over the page. A match
 * the page's context does not confirm yet gets a pending id; a later reply lists the ids its text
 * confirmed. Ids start at a random offset, so a session rebuilt after the worker slept never
 * reuses an id the page already holds.
 */
import {
  createMatcher,
  type ContextEvidence,
  type Matcher,
  type MatcherTable,
  type TermMatch,
} from './term-matcher';
import { MAX_PENDING, type MatchRestore, type MatchTextsReply } from './match-protocol';

/** Sessions kept (least recently used dropped first): a frame's scan is one. */
export const MAX_SESSIONS = 200;

interface Session {
  evidence: ContextEvidence;
  pending: Map<number, TermMatch>;
  next: number;
  /** Entries of its context the page was last told of (see MatchTextsReply.context). */
  told: number;
}

export interface MatchSessions {
  /**
   * Matches `texts` in order, in session `key` (made on first use); `restore` first gives a
   * rebuilt session what the page kept of the lost one.
   */
  match(key: string, texts: readonly string[], restore?: MatchRestore): MatchTextsReply;
  /** Drops the sessions whose key starts with `prefix` (a closed tab's). */
  forget(prefix: string): void;
  readonly size: number;
}

export function createMatchSessions(
  table: MatcherTable,
  random: () => number = Math.random,
): MatchSessions {
  let built: Matcher | null = null;
  const matcher = () => (built ??= createMatcher(table));
  const termIndex = new Map(table.terms.map((t, i) => [t, i]));
  // Insertion order is use order: a used session is moved to the end.
  const sessions = new Map<string, Session>();

  function session(key: string): [Session, boolean] {
    let s = sessions.get(key);
    const fresh = !s;
    if (s) {
      sessions.delete(key);
    } else {
      s = {
        evidence: matcher().newEvidence(),
        pending: new Map(),
        next: Math.floor(random() * 2 ** 40),
        told: 0,
      };
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    }
    sessions.set(key, s);
    return [s, fresh];
  }

  /** The context's entries: context words seen, then terms seen as −1 − index. */
  function contextOf(s: Session): number[] {
    const out: number[] = [];
    s.evidence.words.forEach((n, k) => {
      if (n) out.push(k);
    });
    for (const t of s.evidence.terms) out.push(-1 - t);
    return out;
  }

  /** Adds what the page kept of a lost session (entries out of the table's range are ignored). */
  function restoreInto(s: Session, { context, pending }: MatchRestore): void {
    const { words, terms } = s.evidence;
    for (const k of context) {
      if (k >= 0 && k < words.length) words[k] ||= 1;
      else if (k < 0 && -1 - k < table.terms.length) terms.add(-1 - k);
    }
    for (let i = 0; i + 1 < pending.length && s.pending.size < MAX_PENDING; i += 2) {
      const term = table.terms[pending[i + 1]!];
      // Waiting matches are ambiguous ones with nothing decisive beside them (those with
      // other-sense words are never sent, those with context words are confirmed at once):
      // only the page's context decides them.
      if (term !== undefined)
        s.pending.set(pending[i]!, { term, start: 0, end: 0, ambiguous: true });
    }
  }

  return {
    match(key, texts, restore) {
      const m = matcher();
      const [s, fresh] = session(key);
      if (restore) restoreInto(s, restore);
      const matches: number[][] = [];
      for (const text of texts) {
        const flat: number[] = [];
        for (const x of m.scan(text, s.evidence)) {
          // Words of the acronym's other senses nearby: never shown.
          if (x.ambiguous && x.near === 'anti') continue;
          let pending = -1;
          if (x.ambiguous && !m.isConfirmed(x, s.evidence)) {
            pending = s.next++;
            if (s.pending.size < MAX_PENDING) s.pending.set(pending, x);
          }
          flat.push(termIndex.get(x.term)!, x.start, x.end, pending);
        }
        matches.push(flat);
      }
      const confirmed: number[] = [];
      for (const [id, x] of s.pending) {
        if (m.isConfirmed(x, s.evidence)) {
          confirmed.push(id);
          s.pending.delete(id);
        }
      }
      const reply: MatchTextsReply = { ok: true, matches, confirmed };
      if (fresh) reply.fresh = true;
      const size = s.evidence.terms.size + s.evidence.words.reduce((n, w) => n + (w ? 1 : 0), 0);
      if (size !== s.told) {
        s.told = size;
        reply.context = contextOf(s);
      }
      return reply;
    },
    forget(prefix) {
      for (const key of [...sessions.keys()]) if (key.startsWith(prefix)) sessions.delete(key);
    },
    get size() {
      return sessions.size;
    },
  };
}
