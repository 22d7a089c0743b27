/**
 * The match store: indexed by text node, counted per term, grouped by the settings, ambiguous
 * matches held back until the page's context confirms them; drawn through the highlighter.
 */
import { describe, expect, it } from 'vitest';
import { Highlighter } from '../../../entrypoints/lookup/highlighter';
import { MatchStore, matchAlive } from '../../../entrypoints/lookup/match-store';
import { fakeRefs } from './fake-refs';

const SALIENCE: Record<string, string> = { europol: 'core', ue: 'common', ece: 'core' };
const policy = {
  highlight: 'core' as const,
  termOverrides: {},
  highlightStyle: 'underline' as const,
};

function setup() {
  const { refs, registry } = fakeRefs();
  const hl = new Highlighter(refs);
  hl.show('underline');
  const store = new MatchStore(hl, (t) => SALIENCE[t], policy);
  const drawn = () => {
    hl.flushIfDue(0, true);
    return [...registry.values()].reduce((n, h) => n + h.size, 0);
  };
  return { store, drawn };
}

const text = (data: string) => ({ data, isConnected: true }) as unknown as Text;
const rng = () => ({}) as StaticRange;

describe('MatchStore', () => {
  it('counts terms, draws only the groups the policy shows, finds matches by node', () => {
    const { store, drawn } = setup();
    const a = text('Europol et UE');
    store.add('europol', rng(), [a], null);
    store.add('ue', rng(), [a], null);
    expect(Object.fromEntries(store.counts)).toEqual({ europol: 1, ue: 1 });
    expect(store.at(a).map((m) => m.term)).toEqual(['europol', 'ue']);
    // highlight: 'core' — the common term is detected (hover, badge) but not drawn.
    expect(drawn()).toBe(1);
  });

  it('makes a range given as a function only when it is read, once', () => {
    const { store, drawn } = setup();
    const a = text('Europol et UE');
    const made: string[] = [];
    const lazy = (term: string) => () => {
      made.push(term);
      return rng();
    };
    store.add('europol', lazy('europol'), [a], null, 0);
    store.add('ue', lazy('ue'), [a], null, 11);
    // Stored and counted, not made: where a match starts is known without its range…
    expect(made).toEqual([]);
    expect(Object.fromEntries(store.counts)).toEqual({ europol: 1, ue: 1 });
    expect(store.at(a).map((m) => [m.startContainer, m.startOffset])).toEqual([
      [a, 0],
      [a, 11],
    ]);
    expect(made).toEqual([]);
    // …the core term's range is made when it is drawn; the common one is not drawn, not made.
    expect(drawn()).toBe(1);
    expect(made).toEqual(['europol']);
    const ue = store.at(a)[1]!;
    expect(ue.range).toBe(ue.range);
    expect(made).toEqual(['europol', 'ue']);
  });

  it('drops every match of a node, and rescans never duplicate', () => {
    const { store, drawn } = setup();
    const a = text('Europol');
    const b = text('Europol');
    store.add('europol', rng(), [a], null);
    store.add('europol', rng(), [a, b], null);
    store.dropNode(a);
    expect(store.size).toBe(0);
    expect(store.counts.size).toBe(0);
    expect(store.at(b)).toEqual([]);
    expect(drawn()).toBe(0);
  });

  it('holds ambiguous matches back until context confirms them', () => {
    const { store, drawn } = setup();
    const a = text('ECE');
    let context = false;
    store.add('ece', rng(), [a], () => context);
    expect(store.hasPending).toBe(true);
    expect(store.at(a)).toEqual([]);
    expect(store.counts.size).toBe(0);
    store.recheck();
    expect(drawn()).toBe(0);
    const v = store.version;
    context = true;
    store.recheck();
    expect(store.version).toBeGreaterThan(v);
    expect(store.hasPending).toBe(false);
    expect(Object.fromEntries(store.counts)).toEqual({ ece: 1 });
    expect(drawn()).toBe(1);
  });

  it('regroups on new settings and forgets everything on clear', () => {
    const { store, drawn } = setup();
    const a = text('UE');
    store.add('ue', rng(), [a], null);
    expect(drawn()).toBe(0);
    store.regroup({ ...policy, highlight: 'all' });
    expect(drawn()).toBe(1);
    store.regroup({ ...policy, highlight: 'all', termOverrides: { ue: false } });
    expect(drawn()).toBe(0);
    store.clear();
    expect(store.size).toBe(0);
    expect(store.at(a)).toEqual([]);
  });

  it('knows a match is gone when one of its nodes left the page', () => {
    const { store } = setup();
    const a = text('Euro');
    const b = { data: 'pol', isConnected: false } as unknown as Text;
    store.add('europol', rng(), [a, b], null);
    const [m] = [...store.all];
    expect(matchAlive(m!)).toBe(false);
  });

  it('counts the matches the scanner keeps, and has them made before it is read', () => {
    const { store, drawn } = setup();
    const near = text('Europol');
    const far = text('Europol, encore');
    // The scanner's kept answers (far-answers.ts), here one per node.
    const waiting = new Map([
      [near, 'europol'],
      [far, 'europol'],
    ]);
    const calls: string[] = [];
    const make = (n: Text) => {
      const term = waiting.get(n);
      if (!term) return;
      waiting.delete(n);
      store.countKept(term, -1);
      store.add(term, rng(), [n], null);
    };
    store.kept = {
      get size() {
        return waiting.size;
      },
      make(n) {
        calls.push(`make ${n.data}`);
        make(n);
      },
      makeAll() {
        calls.push('all');
        for (const n of [...waiting.keys()]) make(n);
      },
      drop(n) {
        calls.push(`drop ${n.data}`);
        const term = waiting.get(n);
        if (term) store.countKept(term, -1);
        waiting.delete(n);
      },
    };
    for (const term of waiting.values()) store.countKept(term, 1);
    expect(store.size).toBe(0);
    expect(store.empty).toBe(false);
    expect(Object.fromEntries(store.counts)).toEqual({ europol: 2 });
    // Hover and selection read a node: its kept matches are made first.
    expect(store.at(near).map((m) => m.term)).toEqual(['europol']);
    expect(Object.fromEntries(store.counts)).toEqual({ europol: 2 });
    expect(drawn()).toBe(1);
    // Stepping through the page's terms reads them all.
    expect(store.everything().size).toBe(2);
    expect(calls).toEqual(['make Europol', 'all']);
    // Nothing kept any more: not asked again; the far node's made match goes with its text.
    store.at(far);
    store.dropNode(far);
    expect(calls).toEqual(['make Europol', 'all']);
    expect(Object.fromEntries(store.counts)).toEqual({ europol: 1 });
  });

  it('drops what the scanner keeps for a node whose text changed, and its count', () => {
    const { store } = setup();
    const a = text('PNR');
    let kept = 1;
    store.kept = {
      get size() {
        return kept;
      },
      make: () => undefined,
      makeAll: () => undefined,
      drop: () => {
        kept = 0;
        store.countKept('pnr', -1);
      },
    };
    store.countKept('pnr', 1);
    store.dropNode(a);
    expect(store.counts.size).toBe(0);
    expect(store.empty).toBe(true);
  });
});
