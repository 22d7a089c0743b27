/**
 * The first stage's cheap pass (issue 12): reads a subtree's text and asks whether the full
 * matcher could find a core term in it, or only common ones: the background tests each chunk
 * with the build-time candidate filters (data/candidate-filter.ts, entrypoints/background/
 * candidate-judge.ts), compiled once there rather than in every frame. Chunks go one at a time,
 * the next only after the last answer, so a page whose text starts with a term sends one.
 * Reading is time-sliced like the scanner: a probe never holds the main thread for more than
 * ~4 ms.
 *
 * It reads text with `textContent`, one call per small subtree without scripts or styles, not
 * node by node (text-pieces.ts says why both). The glued test allows for the text of two
 * elements running together (utils/candidate-test.ts). Open shadow roots are found
 * with one selector (SHADOW_HOST_SELECTOR) and read the same way.
 */
import {
  CANDIDATE_SEP,
  PROBE_CARRY as CARRY,
  PROBE_CHUNK as CHUNK_CHARS,
  type Candidate,
} from '../../../utils/candidate-test';
import { SHADOW_HOST_TAGS, SKIP_TAGS } from '../../../utils/scan-rules';
import type { DomRefs } from '../dom-refs';
import { TextPieces, type PieceNode } from './text-pieces';

const SLICE_MS = 4;
/**
 * A chunk is asked in the slice that read it only while that slice has spent less than this;
 * otherwise the next slice starts with it. Why: a frame's first message sets up the runtime's
 * messaging in its world (3–5 ms measured on the 600k-character decisions, Chromium 150), later
 * ones cost ~0.5 ms per 32k characters; asked at the end of a full slice, the first made the
 * probe's longest task (6–8 ms of CPU).
 */
const ASK_WITHIN_MS = 1;
/** Pieces read between two reads of the clock (see `step`). */
const CLOCK_PIECES = 8;
/**
 * When a slice ends with at least this much text read and not asked, the next slice asks before
 * reading on, though the chunk is not full. Text that takes more than a slice to read (a data
 * table's rows: 28k characters in ~10 ms) was all read before the first answer, and all of it is
 * read again by the scanner when that answer is a term. A page read in one slice, as most are,
 * still sends one message.
 */
const SLICE_ASK_CHARS = 4_096;

/**
 * Asks for a chunk's verdict (a message to the background in the extension; a local test in unit
 * tests). Rejects when it cannot be asked (the extension was reloaded): the probe stops.
 */
export type Judge = (text: string) => Promise<Candidate>;

/**
 * Elements that may hold an open shadow root: custom elements (any name not a standard HTML one,
 * outside SVG and MathML) and the built-in hosts (SHADOW_HOST_TAGS) when they have no light
 * content, as a host usually has. The commonest names come first: `:not()` stops at the first
 * that matches (a 12,600-element table: ~3 ms, against ~10 with the list in alphabetical order).
 */
const HTML_NAMES =
  'div,span,a,p,li,td,tr,img,ul,i,b,em,strong,section,article,header,footer,nav,main,aside,' +
  'h1,h2,h3,h4,h5,h6,figure,picture,source,button,input,label,form,table,tbody,thead,th,time,' +
  'small,br,hr,ol,dl,dt,dd,blockquote,meta,link,style,script,noscript,template,iframe,video,' +
  'audio,abbr,address,area,bdi,bdo,body,canvas,caption,cite,code,col,colgroup,data,datalist,' +
  'del,details,dfn,dialog,embed,fieldset,figcaption,head,hgroup,html,ins,kbd,legend,map,mark,' +
  'menu,meter,object,optgroup,option,output,pre,progress,q,rp,rt,ruby,s,samp,search,select,' +
  'slot,sub,summary,sup,textarea,tfoot,title,track,u,var,wbr,center,font,big,tt,strike,nobr,' +
  'marquee,frame,frameset,noframes,acronym,dir,applet,basefont,param,image';
const SHADOW_HOST_SELECTOR =
  `:not(${HTML_NAMES},svg,svg *,math,math *),` + `:is(${SHADOW_HOST_TAGS.join(',')}):empty`;

export interface Probe {
  /** Stops the probe (no callback afterwards). */
  cancel(): void;
}

/**
 * A subtree whose open shadow roots are still to be found: looked for only once the text read
 * before it was tested, so a page whose text holds a core term never pays the selector (on a
 * 12,600-element table ~3 ms, most of the probe's cost there).
 */
interface HostSearch {
  hostsIn: Element | ShadowRoot;
}

/**
 * Reads the text under `roots` (open shadow roots included) slice by slice; calls `done('core')`
 * as soon as a chunk is judged to hold a core candidate, else `done('common')` or `done(null)`
 * once all of it was judged (`done(null)` too when `judge` fails). `startedAt`: when the task
 * that calls this began (`refs.now()`), so that its first slice counts what ran before it.
 */
export function probeText(
  refs: DomRefs,
  roots: Node[],
  judge: Judge,
  done: (found: Candidate) => void,
  startedAt?: number,
): Probe {
  const queue: (Node | HostSearch)[] = [...roots];
  /**
   * Text read and not tested yet, after the `carried` characters of the last test's end: `buf`,
   * then `long` from `longAt`. A piece longer than a chunk (a decision's 614k characters read
   * in one `textContent`) stays in `long` and its chunks are sliced from it: joined to `buf`, the
   * first chunk's slice copied all of it (4–5 ms on PS/00240, Chromium 156), and a page whose
   * first chunk holds a term tests only that one.
   */
  let buf = '';
  let long = '';
  let longAt = 0;
  let carried = 0;
  const size = () => buf.length + long.length - longAt;
  const add = (text: string): void => {
    // Reading stops once a chunk is full, so `long` is empty here: see step().
    if (text.length > CHUNK_CHARS) long = text;
    else buf += text;
  };
  let stopped = false;
  let common = false;
  /** The last slice ended with SLICE_ASK_CHARS read and not asked: the next one asks first. */
  let askNow = false;
  /** The root being read, piece by piece (text-pieces.ts). */
  let pieces: TextPieces | null = null;

  /** Takes up to CHUNK_CHARS of the text read to be judged, keeping its last CARRY characters. */
  const take = (): string => {
    if (long) {
      // `buf` is shorter than a chunk: it was when `long` was read, and is at most CARRY since.
      const from = CHUNK_CHARS - buf.length;
      const part = buf + long.slice(longAt, longAt + from);
      if (from >= CARRY) {
        buf = '';
        longAt += from - CARRY;
      } else {
        buf = buf.slice(CHUNK_CHARS - CARRY);
        longAt += from;
      }
      carried = CARRY;
      if (size() <= CHUNK_CHARS) {
        buf += long.slice(longAt);
        long = '';
        longAt = 0;
      }
      return part;
    }
    let part = buf;
    if (buf.length > CHUNK_CHARS) {
      part = buf.slice(0, CHUNK_CHARS);
      buf = buf.slice(CHUNK_CHARS - CARRY);
      carried = CARRY;
    } else {
      buf = buf.slice(-CARRY);
      carried = buf.length;
    }
    return part;
  };

  /** Sends a chunk; reading goes on once it is judged (not core). */
  const ask = (part: string): void => {
    judge(part).then(
      (c) => {
        if (stopped) return;
        if (c === 'core') return finish('core');
        if (c === 'common') common = true;
        step();
      },
      (err: unknown) => {
        console.debug('[vdl] probe stopped', err);
        finish(null);
      },
    );
  };

  /** Adds a root's text to `buf` and its open shadow roots to the queue. */
  const read = (root: Node): void => {
    const type = root.nodeType;
    if (type === 3) {
      // Text added to a style or script (CSS-in-JS rules, JSON updates) is not page text either.
      const p = root.parentNode;
      if (p?.nodeType === 1 && SKIP_TAGS.has((p as Element).localName)) return;
      add(CANDIDATE_SEP);
      add((root as Text).data);
      return;
    }
    if (type === 1) {
      const el = root as Element;
      // Text the scanner never reads (scripts, styles, code, form controls…) makes no candidate.
      if (SKIP_TAGS.has(el.localName)) return;
      const sr = el.shadowRoot;
      if (sr) queue.push(sr);
    } else if (type !== 11 && type !== 9) {
      return;
    }
    // A document reads from its root element; a fragment is a shadow root here.
    const from = type === 9 ? (root as Document).documentElement : (root as Element | ShadowRoot);
    if (!from) return;
    // Nothing to separate from at the buffer's start (a small page's text, read in one call, then
    // stays the flat string textContent made).
    if (buf) buf += CANDIDATE_SEP;
    pieces = new TextPieces(from, readRun);
    queue.push({ hostsIn: from });
  };

  /** One Range for every run of rows (text-pieces.ts), collapsed once read. */
  let range: Range | null = null;
  const readRun = (parent: PieceNode, from: number, to: number): string => {
    try {
      range ??= refs.doc.createRange();
      range.setStart(parent as unknown as Node, from);
      range.setEnd(parent as unknown as Node, to);
      const text = range.toString();
      // A collapsed range costs the page's own DOM changes nothing to keep up to date.
      range.collapse(true);
      return text;
    } catch {
      // The rows changed since the container was opened (fewer children now): left unread,
      // as a removed node's text would be.
      return '';
    }
  };

  /** Queues the open shadow roots under `from` (after its own text: see HostSearch). */
  const findHosts = (from: Element | ShadowRoot): void => {
    if (!from.isConnected) return;
    for (const host of from.querySelectorAll(SHADOW_HOST_SELECTOR)) {
      const sr = host.shadowRoot;
      if (sr) queue.push(sr);
    }
  };

  let t0 = 0;
  const step = (): void => {
    if (stopped) return;
    t0 = startedAt ?? refs.now();
    startedAt = undefined;
    // Pieces read since the clock was (each 256 characters counts as one more): most are a text
    // node or a small element, and reading the clock after each was a tenth of the probe's time.
    let owed = 0;
    for (;;) {
      const next = queue[0];
      if (
        size() >= CHUNK_CHARS ||
        askNow ||
        (size() > carried && !pieces && (!next || 'hostsIn' in next))
      ) {
        if (refs.now() - t0 < ASK_WITHIN_MS) {
          askNow = false;
          return ask(take());
        }
        refs.requestIdle(step, 500);
        return;
      } else if (pieces) {
        const text = pieces.next();
        if (text === null) pieces = null;
        else add(text);
        owed += text === null ? CLOCK_PIECES : 1 + (text.length >> 8);
      } else {
        queue.shift();
        if (!next) return finish(common ? 'common' : null);
        if ('hostsIn' in next) findHosts(next.hostsIn);
        else if (next.isConnected) read(next);
        owed = CLOCK_PIECES;
      }
      if (owed < CLOCK_PIECES) continue;
      owed = 0;
      if (refs.now() - t0 >= SLICE_MS) {
        if (size() - carried >= SLICE_ASK_CHARS) askNow = true;
        refs.requestIdle(step, 500);
        return;
      }
    }
  };
  const finish = (found: Candidate) => {
    if (stopped) return;
    stopped = true;
    done(found);
  };
  step();
  return {
    cancel() {
      stopped = true;
    },
  };
}
