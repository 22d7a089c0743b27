/**
 * Which page elements the term scanner reads, and how their text is grouped (pure: element names
 * and attribute values in, decisions out). Shared by the content script and its unit tests.
 */
import type { SegmentText } from './parts-text';

/**
 * Text-level elements whose text flows on with their neighbours': a term may span them
 * ("équipes <b>communes</b> d'enquête"). Any other element ends the current text segment.
 * The commonest first: the walker's leaf check lists them in this order inside `:not()`, which
 * stops at the first name that matches (a cell's check: about half the time of alphabetical order).
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'span',
  'a',
  'b',
  'i',
  'em',
  'strong',
  'small',
  'sup',
  'sub',
  'time',
  'abbr',
  'label',
  'u',
  'cite',
  'font',
  'mark',
  's',
  'q',
  'wbr',
  'del',
  'ins',
  'data',
  'dfn',
  'bdi',
  'bdo',
]);

/**
 * The built-in elements that can have a shadow root: those `attachShadow` (and declarative shadow
 * DOM) accept (https://dom.spec.whatwg.org/#dom-element-attachshadow); custom elements can too.
 */
export const SHADOW_HOST_TAGS: readonly string[] = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];

/**
 * Subtrees never scanned: scripts and styles, form fields, code (code, kbd, samp, var; `pre` only
 * when it is a code block, see isCodePre), embedded documents and graphics, non-rendered
 * containers, and our own UI host.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'button',
  'code',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'vdl-card',
]);

const CODE_CLASS =
  /code|highlight|source|syntax|lang|hljs|prism|shiki|prettyprint|console|terminal|brush/i;

/**
 * Whether a <pre> is a code block (skipped) rather than preformatted prose (scanned: wikis such
 * as GDPRhub put whole translated decisions in <pre>). Code blocks hold a code/samp/kbd element
 * or carry a code-highlighter class, on themselves or on their parent.
 */
export function isCodePre(
  firstChildTag: string | undefined,
  className: string,
  parentClassName: string,
): boolean {
  if (firstChildTag === 'code' || firstChildTag === 'samp' || firstChildTag === 'kbd') return true;
  return CODE_CLASS.test(className) || CODE_CLASS.test(parentClassName);
}

/** An element with this `contenteditable` attribute value starts an editable region. */
export function isEditableValue(value: string | null): boolean {
  if (value === null) return false;
  const v = value.trim().toLowerCase();
  return v !== 'false';
}

/**
 * Characters that do not make a term on their own: ASCII digits, punctuation but the slash
 * (« 2022/915 » is a surface), spaces, general punctuation (U+2000–U+206F: dashes, quotes,
 * ellipsis), and the letters of scripts no surface or context word is written in: Greek,
 * Cyrillic, Armenian, Hebrew, Arabic (U+0370–U+06FF, U+0750–U+077F), the Indic scripts
 * (U+0900–U+0DFF), Thai and Lao, Georgian, Hangul, kana, CJK and their punctuation. The matcher
 * folds none of them into a Latin letter (only canonical decompositions: utils/matcher/fold.ts):
 * no surface or context word can be spelled with them, as they are or folded (checked for every
 * code unit by tests/unit/scanner/scan-rules.test.ts), so a text of these alone has no match
 * and is not sent to the matcher: a data table's figures (half its cells), and, on a page in
 * another script, every paragraph without a word in Latin letters (Chinese takes three bytes a
 * character in a message, and a `runtime.sendMessage` past 128 KiB costs the page ~4 ms more:
 * Chromium 150, tests/bench/README.md). Asked of whole texts, not of a long text's windows:
 * reading windows sliced from text nodes cost the decisions ~6 ms a load.
 */
// The Indic range first: it starts with a combining mark (no-misleading-character-class).
const NO_TERM =
  /^[\u0900-\u0dff\s\d!-.:-@[-`{-~\u00a0\u2000-\u206f\u0370-\u06ff\u0750-\u077f\u0e00-\u0eff\u10a0-\u10ff\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffdc]*$/;

/** Whether a text may hold a term at all (see NO_TERM). */
export function mayHoldTerm(text: string): boolean {
  return !NO_TERM.test(text);
}

/** Splits a long text into overlapping windows so no single matcher call blocks for long. */
export interface Chunk {
  /** Window scanned: [from, to). */
  from: number;
  to: number;
  /** Matches starting at or after `keepUntil` belong to the next window. */
  keepUntil: number;
}

/**
 * Windows of at most `size + overlap` characters; a match starting in [from, keepUntil) and
 * shorter than `overlap` is found whole in exactly one window. Windows start after whitespace
 * when there is some nearby, so a window never starts inside a word.
 */
export function planChunks(
  text: Pick<SegmentText, 'length' | 'charAt'>,
  size = 32_768,
  overlap = 256,
): Chunk[] {
  const n = text.length;
  if (n <= size + overlap) return [{ from: 0, to: n, keepUntil: n }];
  const out: Chunk[] = [];
  let from = 0;
  while (from < n) {
    let keep = Math.min(n, from + size);
    if (keep < n) {
      // Move the cut back to just after a whitespace character (a word start), if one is near.
      const floor = Math.max(from + 1, keep - overlap);
      let k = keep;
      while (k > floor && !/\s/.test(text.charAt(k - 1))) k--;
      if (k > floor) keep = k;
    }
    out.push({ from, to: Math.min(n, keep + overlap), keepUntil: keep });
    from = keep;
  }
  return out;
}

/**
 * Index of the text node holding UTF-16 position `pos` of a segment whose node texts start at
 * `starts` (ascending, starts[0] = 0). An end position that falls on a node boundary belongs to
 * the node before it (`asEnd`), so a range never ends at offset 0 of the next node.
 */
export function nodeAt(starts: readonly number[], pos: number, asEnd = false): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] as number;
    if (s < pos || (!asEnd && s === pos)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * How many matches a page will have in all, from `found` in the part of it read so far, `read`
 * of its `size` (in characters, pixels…): its density so far, over the rest. What was found
 * when the part read is the whole (or more: a size that was a guess).
 */
export function predictTotal(found: number, read: number, size: number): number {
  if (read <= 0 || read >= size) return found;
  return Math.round((found * size) / read);
}

/** What the scanner does next with the walked text waiting to be sent (see sendStep). */
export type SendStep = 'send' | 'wait' | 'walk';

/**
 * What the scanner does with the `waitingTexts` texts (`waitingChars` characters) it walked and
 * has not sent, while `inFlight` requests are out: send a request once a request's worth waits
 * (`requestChars`, `requestTexts`) or nothing is left to walk, but only when no request is out;
 * with one out, wait for its answer once a request's worth waits, else walk on. One request at
 * a time: sent while the worker was matching the last one, on a 2-core machine each send held
 * the page's thread 2–7 ms where one sent to an idle worker took 0.4–1.3 (issue 12).
 */
export function sendStep(
  inFlight: number,
  waitingTexts: number,
  waitingChars: number,
  walking: boolean,
  requestChars: number,
  requestTexts: number,
): SendStep {
  if (waitingTexts === 0) return 'walk';
  const full = waitingChars >= requestChars || waitingTexts >= requestTexts;
  if (walking && !full) return 'walk';
  if (inFlight === 0) return 'send';
  return full ? 'wait' : 'walk';
}
