/**
 * Frames whose text holds common terms only (UE, NATO, terrorisme…), which the default settings
 * do not mark (issue 13): the second stage is not loaded for them (issue 12). It is loaded when
 * the settings mark common terms (now or after a change), or when the reader asks for a card on
 * one: the pointer resting on text that holds a term, a tap on it, or the keyboard command. The
 * second stage then answers that request (`LazyReason`).
 */
import type { FrameContext } from '../frame-context';
import { isShowCardForSelection } from '../card/card-helpers';
import { INLINE_TAGS } from '../../../utils/scan-rules';
import type { DomRefs } from '../dom-refs';
import { SETTINGS_KEY, SETTINGS_META_KEY, storedMarksCommon } from '../../../utils/stored-settings';
import { watchStoredSettings } from '../stored-settings-watch';
import type { Judge } from './candidate-probe';
import type { EventRelay } from './event-relay';

/** Why a lazily loaded second stage was loaded: what it should answer once it has scanned. */
export interface LazyReason {
  /** The pointer rests on text with a term: answer the last pointer move. */
  pointer?: boolean;
  /** A finger tapped text with a term (viewport point): open the card of the term there. */
  tap?: { x: number; y: number };
  /** The keyboard command: the card for the selection. */
  command?: boolean;
}

/** A pointer still this long is resting (the hover delay is longer: 200 ms by default). */
const REST_MS = 60;
/** Characters read either side of the pointer's caret (the longest surface is shorter). */
const AROUND = 80;
/** A block's text nodes before the caret's are read up to this many (beyond them: no card). */
const MAX_NODES = 5_000;

/**
 * Waits for a reason to load the second stage; calls `load` once with it. Returns a stop function
 * (the second stage was loaded for another reason: a core term appeared).
 */
export function waitLazily(
  ctx: FrameContext,
  refs: DomRefs,
  events: EventRelay,
  judge: Judge,
  load: (why: LazyReason) => void,
): () => void {
  let done = false;
  let timer = 0;
  let x = 0;
  let y = 0;
  let unwatch = () => {};

  const stop = () => {
    if (done) return;
    done = true;
    refs.clearTimeout(timer);
    unwatch();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension was reloaded: nothing to remove.
    }
  };
  const fire = (why: LazyReason) => {
    if (done || ctx.isInvalid) return;
    stop();
    load(why);
  };

  /** Fires `why` if the text around a viewport point holds a term (judged by the background). */
  const fireIfTermNear = (px: number, py: number, why: LazyReason) => {
    const text = textNear(refs, px, py);
    if (text === null) return;
    judge(text).then(
      (c) => c && fire(why),
      (err: unknown) => console.debug('[vdl] lookup unavailable', err),
    );
  };
  const atPoint = () => {
    timer = 0;
    if (!done) fireIfTermNear(x, y, { pointer: true });
  };
  // The second stage's card replaces these handlers when it subscribes its own.
  events.on('pointermove', (e) => {
    if (done || e.pointerType === 'touch') return;
    x = e.clientX;
    y = e.clientY;
    refs.clearTimeout(timer);
    timer = refs.setTimeout(atPoint, REST_MS);
  });
  // A tap (a click from a finger: not a swipe or a scroll) on text with a term.
  events.on('click', (e) => {
    if (done || (e as PointerEvent).pointerType !== 'touch') return;
    fireIfTermNear(e.clientX, e.clientY, { tap: { x: e.clientX, y: e.clientY } });
  });

  const onMessage = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id === browser.runtime.id && isShowCardForSelection(raw)) fire({ command: true });
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The stored value, not the sanitised settings (utils/stored-settings.ts): the sanitizer and
  // the migrations stay out of the code every frame parses.
  const watch = () => {
    if (done) return;
    unwatch = watchStoredSettings((raw, meta) => storedMarksCommon(raw, meta) && fire({}));
  };
  // Async: an extension gone since start-up (no `storage`) rejects instead of throwing here.
  const read = async () => browser.storage.sync.get([SETTINGS_KEY, SETTINGS_META_KEY]);
  read().then(
    (got) => {
      if (done) return;
      if (storedMarksCommon(got[SETTINGS_KEY], got[SETTINGS_META_KEY])) return fire({});
      watch();
    },
    (err: unknown) => {
      // Unreadable: the defaults mark no common term; a change may still come.
      console.debug('[vdl] settings unreadable', err);
      watch();
    },
  );
  ctx.onInvalidated(stop);
  return stop;
}

/**
 * The text around a viewport point, to be judged: the characters within AROUND of the caret
 * there, read across the inline elements of its block (« espace <b>Schengen</b> »); null where
 * there is no text. Only those characters are copied: a block's other nodes may be long (a
 * decision's 614k-character `<pre>` after its title): joined, they were copied whole on every
 * rest, and a block whose text before the caret passed 50k characters got no card.
 */
function textNear(refs: DomRefs, x: number, y: number): string | null {
  const pos = refs.doc.caretPositionFromPoint?.(x, y);
  const node = pos?.offsetNode;
  if (!node || node.nodeType !== 3) return null;
  let block = node.parentElement;
  while (block?.parentElement && INLINE_TAGS.has(block.localName)) block = block.parentElement;
  if (!block) return null;
  const walker = refs.createTreeWalker(block, refs.SHOW_TEXT);
  // The last AROUND characters before the caret's node.
  let before = '';
  let seen = 0;
  for (let n = walker.nextNode(); n !== node; n = walker.nextNode()) {
    if (!n || ++seen > MAX_NODES) return null;
    const data = (n as Text).data;
    before = data.length >= AROUND ? data.slice(-AROUND) : (before + data).slice(-AROUND);
  }
  const own = (node as Text).data;
  const at = pos.offset;
  const head = own.slice(Math.max(0, at - AROUND), at);
  let after = own.slice(at, at + AROUND);
  for (let n = walker.nextNode(); n && after.length < AROUND; n = walker.nextNode()) {
    after += (n as Text).data.slice(0, AROUND - after.length);
  }
  return before.slice(Math.max(0, before.length - (AROUND - head.length))) + head + after;
}
