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
import type { MatchTextsReply } from './match-protocol';

/** Sessions kept (least recently used dropped first): a frame's scan is one. */
export const MAX_SESSIONS = 200;
/** Pending matches kept per session; beyond, a new ambiguous match stays unconfirmed. */
export const MAX_PENDING = 20_000;

interface Session {
  evidence: ContextEvidence;
  pending: Map<number, TermMatch>;
  next: number;
}

export interface MatchSessions {
  /** Matches `texts` in order, in session `key` (made on first use). */
  match(key: string, texts: readonly string[]): MatchTextsReply;
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

  function session(key: string): Session {
    let s = sessions.get(key);
    if (s) {
      sessions.delete(key);
    } else {
      s = {
        evidence: matcher().newEvidence(),
        pending: new Map(),
        next: Math.floor(random() * 2 ** 40),
      };
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
    }
    sessions.set(key, s);
    return s;
  }

  return {
    match(key, texts) {
      const m = matcher();
      const s = session(key);
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
      return { ok: true, matches, confirmed };
    },
    forget(prefix) {
      for (const key of [...sessions.keys()]) if (key.startsWith(prefix)) sessions.delete(key);
    },
    get size() {
      return sessions.size;
    },
  };
}
