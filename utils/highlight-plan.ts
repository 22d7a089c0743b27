/**
 * Which detected terms are highlighted, and under which CSS Custom Highlight name (pure).
 *
 * Names are `vdl-<group>-<style>`: the group is the term's salience (core terms are marked
 * strongly, common ones lightly), the style the user's choice, so the content script's stylesheet
 * can style each name with a fixed `::highlight()` rule and switching style only re-registers the
 * same Highlight objects under other names.
 */
import type { HighlightScope, HighlightStyle } from './settings';

export type HighlightGroup = 'core' | 'common';

export const HIGHLIGHT_GROUPS: readonly HighlightGroup[] = ['core', 'common'];

export interface HighlightPolicy {
  highlight: HighlightScope;
  termOverrides: Readonly<Record<string, boolean>>;
  highlightStyle: HighlightStyle;
}

/** The group a term is drawn in, or null when it is detected (hover, badge) but not marked. */
export function highlightGroup(
  term: string,
  salience: string | undefined,
  policy: HighlightPolicy,
): HighlightGroup | null {
  const group: HighlightGroup = salience === 'core' ? 'core' : 'common';
  const override = Object.prototype.hasOwnProperty.call(policy.termOverrides, term)
    ? policy.termOverrides[term]
    : undefined;
  if (override === false) return null;
  if (override === true) return group;
  if (policy.highlight === 'none') return null;
  if (policy.highlight === 'core' && group !== 'core') return null;
  return group;
}

/** Registry name for a group in a style, or null when the style draws nothing. */
export function highlightName(group: HighlightGroup, style: HighlightStyle): string | null {
  return style === 'none' ? null : `vdl-${group}-${style}`;
}

/** True when two policies put every term in the same group (no need to regroup ranges). */
export function sameGrouping(a: HighlightPolicy, b: HighlightPolicy): boolean {
  if (a.highlight !== b.highlight) return false;
  const ka = Object.keys(a.termOverrides);
  const kb = Object.keys(b.termOverrides);
  return ka.length === kb.length && ka.every((k) => a.termOverrides[k] === b.termOverrides[k]);
}
