/**
 * Highlight density (pure): which occurrences of a term are marked. « Every occurrence », « the
 * first in each paragraph », or « the first on the page ». A term repeated in every paragraph of
 * a long decision (GDPR 367 times on one page) is noise; once per paragraph keeps a mark wherever
 * the reader starts reading, which is how news is read (the default).
 *
 * "First" means first in document order, not in the order the scanner found them (it scans the
 * visible block first, and follows later DOM changes), so every change returns the occurrences
 * to draw and to hide: adding an earlier occurrence hides the one that was first until then.
 * Hover, the badge and the term report still see every occurrence: density only decides marks.
 */

import type { Density } from './settings-sanitize';

export const DENSITIES: readonly Density[] = ['all', 'paragraph', 'page'];

export interface DensityChange<M> {
  show: M[];
  hide: M[];
}

export interface DensityFilterOptions<M> {
  /** Document order of two members (negative: a first). */
  compare(a: M, b: M): number;
  /** The member's term. */
  termOf(m: M): string;
  /** The paragraph (block) a member sits in: any value, compared by identity. */
  blockOf(m: M): unknown;
}

export class DensityFilter<M> {
  /** Members grouped by term, then scope (block, or one scope for the page), in order. */
  private groups = new Map<string, Map<unknown, M[]>>();
  private readonly scopeOf = new Map<M, unknown>();
  private readonly shown = new Set<M>();
  private readonly members = new Set<M>();

  constructor(
    private mode: Density,
    private readonly opts: DensityFilterOptions<M>,
  ) {}

  get density(): Density {
    return this.mode;
  }

  /** True when the member is marked under the current density. */
  isShown(m: M): boolean {
    return this.shown.has(m);
  }

  add(m: M): DensityChange<M> {
    const out: DensityChange<M> = { show: [], hide: [] };
    if (this.members.has(m)) return out;
    this.members.add(m);
    if (this.mode === 'all') {
      this.shown.add(m);
      out.show.push(m);
      return out;
    }
    const list = this.listFor(m);
    const i = insertionIndex(list, m, this.opts.compare);
    list.splice(i, 0, m);
    if (i === 0) {
      const prev = list[1];
      if (prev !== undefined && this.shown.delete(prev)) out.hide.push(prev);
      this.shown.add(m);
      out.show.push(m);
    }
    return out;
  }

  remove(m: M): DensityChange<M> {
    const out: DensityChange<M> = { show: [], hide: [] };
    if (!this.members.delete(m)) return out;
    if (this.shown.delete(m)) out.hide.push(m);
    if (this.mode === 'all') return out;
    const term = this.opts.termOf(m);
    const scopes = this.groups.get(term);
    const scope = this.scopeOf.get(m);
    this.scopeOf.delete(m);
    const list = scopes?.get(scope);
    if (!scopes || !list) return out;
    const i = list.indexOf(m);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) {
      scopes.delete(scope);
      if (!scopes.size) this.groups.delete(term);
    } else if (i === 0) {
      const next = list[0]!;
      this.shown.add(next);
      out.show.push(next);
    }
    return out;
  }

  /** Another density: every member is placed again; returns what changes on screen. */
  setMode(mode: Density): DensityChange<M> {
    const before = new Set(this.shown);
    const all = [...this.members];
    this.mode = mode;
    this.clear();
    for (const m of all) this.add(m);
    return {
      show: all.filter((m) => this.shown.has(m) && !before.has(m)),
      hide: all.filter((m) => before.has(m) && !this.shown.has(m)),
    };
  }

  clear(): void {
    this.groups = new Map();
    this.scopeOf.clear();
    this.shown.clear();
    this.members.clear();
  }

  private listFor(m: M): M[] {
    const term = this.opts.termOf(m);
    const scope = this.mode === 'page' ? null : this.opts.blockOf(m);
    this.scopeOf.set(m, scope);
    let scopes = this.groups.get(term);
    if (!scopes) this.groups.set(term, (scopes = new Map()));
    let list = scopes.get(scope);
    if (!list) scopes.set(scope, (list = []));
    return list;
  }
}

/** Where `m` goes in the ordered `list` (after equal members: stable). */
function insertionIndex<M>(list: readonly M[], m: M, compare: (a: M, b: M) => number): number {
  // Most additions come in document order: check the end first.
  const last = list[list.length - 1];
  if (last === undefined || compare(last, m) <= 0) return list.length;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compare(list[mid]!, m) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
