/** DomRefs enough for the highlighter: Highlight objects are Sets, the registry a Map. */
import type { DomRefs } from '../../../entrypoints/lookup/dom-refs';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function fakeRefs(): { refs: DomRefs; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  const refs = {
    win: {},
    Highlight: FakeHighlight,
    highlights: registry,
  } as unknown as DomRefs;
  return { refs, registry };
}
