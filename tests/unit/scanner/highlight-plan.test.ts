import { describe, expect, it } from 'vitest';
import { highlightGroup, highlightName, sameGrouping } from '../../../utils/highlight-plan';

const policy = (
  highlight: 'core' | 'all' | 'none',
  termOverrides: Record<string, boolean> = {},
) => ({
  highlight,
  termOverrides,
  highlightStyle: 'underline' as const,
});

describe('highlightGroup', () => {
  it('draws core terms by default and common ones only with "all"', () => {
    expect(highlightGroup('ece', 'core', policy('core'))).toBe('core');
    expect(highlightGroup('otan', 'common', policy('core'))).toBeNull();
    expect(highlightGroup('otan', 'common', policy('all'))).toBe('common');
    expect(highlightGroup('ece', 'core', policy('none'))).toBeNull();
  });

  it('lets per-term overrides win over the scope', () => {
    expect(highlightGroup('otan', 'common', policy('core', { otan: true }))).toBe('common');
    expect(highlightGroup('ece', 'core', policy('all', { ece: false }))).toBeNull();
    expect(highlightGroup('ece', 'core', policy('none', { ece: true }))).toBe('core');
  });

  it('ignores inherited keys of the overrides object', () => {
    expect(highlightGroup('constructor', 'core', policy('core'))).toBe('core');
  });

  it('treats an unknown salience as common', () => {
    expect(highlightGroup('x', undefined, policy('core'))).toBeNull();
  });
});

describe('highlightName', () => {
  it('names every highlight vdl-<group>-<style>, none for the "none" style', () => {
    expect(highlightName('core', 'underline')).toBe('vdl-core-underline');
    expect(highlightName('common', 'background')).toBe('vdl-common-background');
    expect(highlightName('core', 'none')).toBeNull();
  });
});

describe('sameGrouping', () => {
  it('compares scope and overrides, not style', () => {
    expect(sameGrouping(policy('core'), { ...policy('core'), highlightStyle: 'background' })).toBe(
      true,
    );
    expect(sameGrouping(policy('core'), policy('all'))).toBe(false);
    expect(sameGrouping(policy('core', { a: true }), policy('core', { a: false }))).toBe(false);
    expect(sameGrouping(policy('core', { a: true }), policy('core', { a: true }))).toBe(true);
  });
});
