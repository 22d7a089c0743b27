/**
 * The matcher the content scripts' second stage asks (`matchTexts`): the build-time table, made
 * into a matcher on the first request and kept warm while the worker lives (utils/match-sessions.ts).
 */
// Named imports: the first stage's `candidates` filter stays out of the background.
import {
  context,
  general,
  meta,
  surfaces,
  termContext,
  terms,
  trie,
} from '../../data/generated/matcher-table.json';
import { createMatchSessions, type MatchSessions } from '../../utils/match-sessions';
import type { MatcherTable } from '../../utils/term-matcher';

const TABLE: MatcherTable = {
  version: 1,
  terms,
  meta,
  surfaces,
  context,
  general,
  termContext,
  trie,
};

let sessions: MatchSessions | null = null;

export function pageMatchSessions(): MatchSessions {
  return (sessions ??= createMatchSessions(TABLE));
}
