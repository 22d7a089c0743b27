/**
 * PROBE_INIT, installed with `ctx.addInitScript` by the hostile suites (see page-probes.ts for
 * what it records and how PageProbe reads it back), and the shape of what it records.
 */
/** A long animation frame: `render` is the part spent in style, layout and paint (ms). */
export interface Loaf {
  start: number;
  duration: number;
  blocking: number;
  render: number;
  scripts: string[];
}

export interface ProbeState {
  /** Mutations of page content that are not ours nor expected (first 50 described). */
  mutations: string[];
  mutationCount: number;
  /** Long tasks (ms, performance.now() clock). */
  longtasks: { start: number; duration: number }[];
  /** Long animation frames with script attribution (where the browser gives it). */
  loafs: Loaf[];
  csp: string[];
  /** Uncaught errors seen in the main world whose stack mentions an extension. */
  errors: string[];
  /** Every uncaught main-world error (the page's own included). */
  pageErrors: string[];
  armedAt: number;
}

/** Runs in the page's main world at document start (serialised by addInitScript). */
export function PROBE_INIT(): void {
  const w = window as unknown as Record<string, unknown>;
  if (w.__vdlProbe) return;
  const MO = MutationObserver;
  const PO = typeof PerformanceObserver === 'function' ? PerformanceObserver : null;
  const perf = performance;
  const now = perf.now.bind(perf);
  const stringify = JSON.stringify;
  const str = String;
  const nodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')?.get;
  const parentNode = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')?.get;
  const nodeType = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType')?.get;
  const hasAttribute = Element.prototype.hasAttribute;
  const addListener = EventTarget.prototype.addEventListener;
  const call = <T>(get: (() => unknown) | undefined, self: unknown): T =>
    (get ? get.call(self) : undefined) as T;
  const state = {
    mutations: [] as string[],
    mutationCount: 0,
    longtasks: [] as { start: number; duration: number }[],
    loafs: [] as Loaf[],
    csp: [] as string[],
    errors: [] as string[],
    pageErrors: [] as string[],
    armedAt: -1,
    armed: false,
  };
  const add = <T>(list: T[], v: T, cap = 2000) => {
    if (list.length < cap) list[list.length] = v;
  };
  const isHost = (n: Node | null) => !!n && call<string>(nodeName, n) === 'VDL-CARD';
  const insideOursOrOwned = (n: Node | null): boolean => {
    for (let p = n; p; p = call<Node | null>(parentNode, p)) {
      if (isHost(p)) return true;
      if (call<number>(nodeType, p) === 1 && hasAttribute.call(p as Element, 'data-mutates'))
        return true;
    }
    return false;
  };
  const describe = (r: MutationRecord) => {
    const t = r.target;
    return `${r.type} on ${call<string>(nodeName, t)}${r.attributeName ? ' @' + r.attributeName : ''} +${r.addedNodes.length} -${r.removedNodes.length}`;
  };
  const mo = new MO((list) => {
    if (!state.armed) return;
    for (let i = 0; i < list.length; i++) {
      const r = list[i] as MutationRecord;
      if (insideOursOrOwned(r.target)) continue;
      if (r.type === 'childList') {
        const n = r.addedNodes.length + r.removedNodes.length;
        let ours = n > 0;
        for (let k = 0; k < r.addedNodes.length; k++)
          if (!isHost(r.addedNodes[k] ?? null)) ours = false;
        for (let k = 0; k < r.removedNodes.length; k++)
          if (!isHost(r.removedNodes[k] ?? null)) ours = false;
        if (ours) continue;
      }
      state.mutationCount++;
      add(state.mutations, describe(r), 50);
    }
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  addListener.call(document, 'DOMContentLoaded', () => {
    // Records of the parser's last chunk are still pending: they are the page's, not ours.
    mo.takeRecords();
    state.armed = true;
    state.armedAt = now();
  });
  if (PO) {
    try {
      new PO((l) => {
        const es = l.getEntries();
        for (let i = 0; i < es.length; i++) {
          const e = es[i] as PerformanceEntry;
          add(state.longtasks, { start: e.startTime, duration: e.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long task timing
    }
    try {
      new PO((l) => {
        const es = l.getEntries();
        for (let i = 0; i < es.length; i++) {
          const e = es[i] as PerformanceEntry & {
            blockingDuration?: number;
            renderStart?: number;
            scripts?: { sourceURL?: string; invoker?: string; duration: number }[];
          };
          const scripts: string[] = [];
          const ss = e.scripts ?? [];
          for (let k = 0; k < ss.length; k++) {
            const s = ss[k];
            if (s)
              add(
                scripts,
                `${Math.round(s.duration)}ms ${s.sourceURL ?? ''} ${s.invoker ?? ''}`,
                20,
              );
          }
          add(state.loafs, {
            start: e.startTime,
            duration: e.duration,
            blocking: e.blockingDuration ?? 0,
            render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
            scripts,
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // no LoAF
    }
  }
  const fromExtension = (s: string) => s.indexOf('-extension://') >= 0;
  addListener.call(window, 'error', (e: Event) => {
    const ev = e as ErrorEvent;
    const err = ev.error as { stack?: string } | undefined;
    const s = `${str(ev.message)} @${str(ev.filename)} ${str(err?.stack ?? '')}`;
    add(state.pageErrors, s, 50);
    if (fromExtension(s)) add(state.errors, s, 50);
  });
  addListener.call(window, 'unhandledrejection', (e: Event) => {
    const r = (e as PromiseRejectionEvent).reason as { stack?: string } | undefined;
    const s = `unhandled: ${str(r?.stack ?? r)}`;
    add(state.pageErrors, s, 50);
    if (fromExtension(s)) add(state.errors, s, 50);
  });
  addListener.call(document, 'securitypolicyviolation', (e: Event) => {
    const v = e as SecurityPolicyViolationEvent;
    add(state.csp, `${v.violatedDirective} ${v.blockedURI} ${v.sourceFile}:${v.lineNumber}`, 50);
  });
  Object.defineProperty(w, '__vdlProbe', {
    value: { dump: () => stringify(state) },
    enumerable: false,
  });
}
