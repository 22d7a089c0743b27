/**
 * Typed, validated messages between the content script, the popup, the card and the background.
 * Every message is `{ type, ...payload }`; receivers validate with the schemas below and reject
 * anything else (unknown type, wrong shape, oversized strings) with a logged error.
 *
 * The protocol is the pair (MessageSchemas, Replies): what each message carries and what its
 * receiver answers. Senders use `sendMessage` (utils/send-message.ts), the background router
 * types its handlers with `Reply<K>`, so neither side casts.
 */
import * as v from 'valibot';
import {
  MAX_CONTEXT,
  MAX_MATCH_BATCH,
  MAX_MATCH_TEXT,
  MAX_MATCH_TEXTS,
  MAX_PENDING,
  type MatchTextsReply,
} from './match-protocol';
import { HOLDS_ALL, MAX_PROBE_TEXT, type Candidate } from './candidate-test';
import type { Settings } from './settings-sanitize';
import type { Snippet } from './snippet';

const id = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9][a-z0-9-]*$/));
const lang = v.picklist(['fr', 'en', 'nl']);
const query = v.pipe(v.string(), v.maxLength(200));

export const MessageSchemas = {
  /** Card: everything to show for one term. */
  lookupTerm: v.strictObject({
    type: v.literal('lookupTerm'),
    term: id,
    lang: v.optional(lang),
  }),
  /** Content script (top frame or iframe): the terms found on this page so far. */
  reportTerms: v.strictObject({
    type: v.literal('reportTerms'),
    terms: v.pipe(
      v.array(v.strictObject({ term: id, count: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
      v.maxLength(500),
    ),
  }),
  /** Popup: the terms detected in a tab. */
  getPageTerms: v.strictObject({
    type: v.literal('getPageTerms'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  /** Card or page: open an extension page (reader or popup search) in a tab. */
  openReader: v.strictObject({
    type: v.literal('openReader'),
    doc: id,
    passage: v.optional(v.pipe(v.string(), v.maxLength(40), v.regex(/^p-[0-9a-f]{6,20}$/))),
    term: v.optional(id),
    q: v.optional(query),
  }),
  openSearch: v.strictObject({
    type: v.literal('openSearch'),
    q: query,
  }),
  /**
   * Content script → background: inject the second stage (/card-walk.js: walker, store;
   * /card-scan.js: scanner; /card-marks.js: highlights; then /card-ui.js: matcher client,
   * wiring) into the sender's frame once a candidate term appears, the card's logic
   * (/card-hover.js) at the reader's first activity, the card's renderer (/card-renderer.js) once
   * a card may be needed, or all three at once (a reader already asking for a card on a page whose
   * second stage is not loaded). None is part of the content script that runs everywhere.
   */
  loadCardUi: v.strictObject({
    type: v.literal('loadCardUi'),
    part: v.optional(v.picklist(['second-stage', 'card-hover', 'renderer', 'both'])),
  }),
  /**
   * First stage → background (issue 12): could the full matcher find a term in this text (a
   * chunk of a frame's text, or the words around a resting pointer)? The background's candidate
   * filters are compiled once for all frames, where each frame compiling its own cost more than
   * the message. `glued`: read with `textContent` (utils/candidate-test.ts). `load`: if it holds a
   * core candidate, inject the second stage into the sender's frame at once (as `loadCardUi`).
   * `seen`: what the frame's text judged before held (HOLDS_* bits, from the last reply).
   */
  probeText: v.strictObject({
    type: v.literal('probeText'),
    text: v.pipe(v.string(), v.maxLength(MAX_PROBE_TEXT)),
    glued: v.boolean(),
    load: v.boolean(),
    seen: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(HOLDS_ALL))),
  }),
  /**
   * Second stage → background: match these texts (walked from the page, in order) in the frame's
   * scan session (utils/match-sessions.ts), within the limits of utils/match-protocol.ts.
   */
  matchTexts: v.strictObject({
    type: v.literal('matchTexts'),
    session: v.pipe(v.string(), v.regex(/^[0-9a-z]{6,40}$/)),
    texts: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_MATCH_TEXT))),
      v.maxLength(MAX_MATCH_TEXTS),
      v.check(
        (texts) => texts.reduce((n, t) => n + t.length, 0) <= MAX_MATCH_BATCH,
        `more than ${MAX_MATCH_BATCH} characters`,
      ),
    ),
    /** After a worker restart: the lost session's context and waiting matches (MatchRestore). */
    restore: v.optional(
      v.strictObject({
        context: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(MAX_CONTEXT)),
        pending: v.pipe(
          v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
          v.maxLength(2 * MAX_PENDING),
          v.check((p) => p.length % 2 === 0, 'pending: pairs of id and term'),
        ),
      }),
    ),
  }),
  /** Background → content script: show the card for the current selection (keyboard command). */
  showCardForSelection: v.strictObject({ type: v.literal('showCardForSelection') }),
  /** Background → content script: settings changed, rescan (the content script also watches storage). */
  ping: v.strictObject({ type: v.literal('ping') }),
} as const;

export type MessageType = keyof typeof MessageSchemas;
export type Message<K extends MessageType = MessageType> = v.InferOutput<
  (typeof MessageSchemas)[K]
>;

const AnyMessage = v.variant('type', Object.values(MessageSchemas));

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

/** Validates an incoming message of unknown shape. */
export function parseMessage(raw: unknown, allowed?: readonly MessageType[]): ParseResult {
  const r = v.safeParse(AnyMessage, raw);
  if (!r.success) {
    const issue = r.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: `invalid message${where ? ` at ${where}` : ''}: ${issue.message}` };
  }
  if (allowed && !allowed.includes(r.output.type)) {
    return { ok: false, error: `message ${r.output.type} not accepted here` };
  }
  return { ok: true, message: r.output as Message };
}

/* ---- Responses ---- */

export interface TermPassageRef {
  doc: string;
  docTitle: string;
  docKind: string;
  date: string;
  passage: string;
  section: string[];
  snippet: Snippet;
  /** Occurrences of the term in this passage. */
  count: number;
  readerUrl: string;
}

export interface TermCardData {
  term: string;
  title: string;
  kind: string;
  salience: string;
  /** Expansion in the requested language, falling back to French. */
  expansion: string;
  expansionLang: 'fr' | 'en' | 'nl' | 'de';
  otherExpansions: { lang: string; text: string }[];
  explanation: string;
  /** One row per document, in date order (the timeline). */
  timeline: { doc: string; title: string; date: string; count: number; kind?: string }[];
  passages: TermPassageRef[];
  totalPassages: number;
  related: { term: string; title: string }[];
}

export type LookupResponse = { ok: true; data: TermCardData } | { ok: false; error: string };

export interface PageTermsResponse {
  ok: true;
  terms: { term: string; title: string; salience: string; count: number; expansion: string }[];
}

export type ErrorResponse = { ok: false; error: string };

export interface OkResponse {
  ok: true;
}

/**
 * The background injected the second stage's four files; it also hands over the current settings, so the second
 * stage starts without a storage round trip of its own on the page's thread (issue 12).
 */
export interface LoadCardUiResponse {
  ok: true;
  settings?: Settings;
}

/**
 * The verdict on a probed text; `loaded`: the second stage was injected into the sender's frame
 * (a core candidate, `load` asked), with the settings as `loadCardUi` sends them.
 */
export interface ProbeTextResponse {
  ok: true;
  candidate: Candidate;
  /** What the frame's text holds so far, this text included (HOLDS_* bits). */
  seen: number;
  loaded?: boolean;
  settings?: Settings;
}

/**
 * What the receiver of each message replies. The background router answers
 * `ErrorResponse` to an invalid message or a failing handler, hence the unions.
 */
export interface Replies {
  lookupTerm: LookupResponse;
  reportTerms: OkResponse | ErrorResponse;
  getPageTerms: PageTermsResponse | ErrorResponse;
  openReader: OkResponse | ErrorResponse;
  openSearch: OkResponse | ErrorResponse;
  loadCardUi: LoadCardUiResponse | ErrorResponse;
  probeText: ProbeTextResponse | ErrorResponse;
  matchTexts: MatchTextsReply | ErrorResponse;
  /** Received by the content script, which answers nothing. */
  showCardForSelection: undefined;
  ping: undefined;
}

/** The reply to message `K`; a compile error if a message type has no entry in `Replies`. */
export type Reply<K extends MessageType> = Replies[K];
