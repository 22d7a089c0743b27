import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../../../../data/corpus/ocr/lexicon';
import { regexRule, unknownWordRule } from '../../../../../data/corpus/ocr/rule-kit';
import { OCR_RULES } from '../../../../../data/corpus/ocr/rules';

const ctx = { lexicon: createLexicon(['le', 'la', 'loi', 'lois']) };

function run(rule: ReturnType<typeof regexRule>, text: string): { out: string; hits: number } {
  let hits = 0;
  const out = rule.apply(text, ctx, () => hits++);
  return { out, hits };
}

describe('regexRule', () => {
  it('runs its passes in order, each on the previous output, one hit per changed match', () => {
    const rule = regexRule(
      { name: 'test', description: 'x → y, then y → z when followed by !' },
      [/x/g, () => 'y'],
      [/y(?=!)/g, () => 'z'],
    );
    expect(run(rule, 'x! x y')).toEqual({ out: 'z! y y', hits: 3 });
    expect(rule.scope).toBe('all');
  });

  it('counts nothing when a fix returns undefined or the match itself', () => {
    const rule = regexRule({ name: 'test', description: '' }, [
      /\p{L}+/gu,
      (m, _t, lexicon) => (lexicon.has(m[0]) ? m[0] : undefined),
    ]);
    expect(run(rule, 'le loi inconnu')).toEqual({ out: 'le loi inconnu', hits: 0 });
  });

  it('gives each fix the whole text, so a rule can look around its match', () => {
    const rule = regexRule({ name: 'test', description: '' }, [
      /a/g,
      (m, t) => (t.slice(m.index + 1).startsWith(' loi') ? 'à' : undefined),
    ]);
    expect(run(rule, 'a loi, a bientôt')).toEqual({ out: 'à loi, a bientôt', hits: 1 });
  });

  it('is reusable: the same rule gives the same result on the next text (regex state reset)', () => {
    const rule = regexRule({ name: 'test', description: '', scope: 'heading' }, [/q/g, () => 'k']);
    expect(rule.scope).toBe('heading');
    expect(run(rule, 'aq bq').out).toBe('ak bk');
    expect(run(rule, 'q').out).toBe('k');
  });
});

describe('unknownWordRule', () => {
  it('fixes unknown words, lowercase or at a sentence start; names and known words stay', () => {
    const rule = unknownWordRule('test', '', (lower) => ({ lox: 'lois', loi: 'lois' })[lower]);
    // "loi" is known; "Lox" inside a sentence is a name.
    expect(run(rule, 'Lox et lox, une Lox, la loi.')).toEqual({
      out: 'Lois et lois, une Lox, la loi.',
      hits: 2,
    });
  });

  it('leaves tokens shorter than minLength', () => {
    const rule = unknownWordRule('test', '', () => 'lois', { minLength: 4 });
    expect(run(rule, 'lox')).toEqual({ out: 'lox', hits: 0 });
  });
});

describe('OCR_RULES', () => {
  it('keep their names and application order (the build report and tests rely on them)', () => {
    expect(OCR_RULES.map((r) => `${r.name}:${r.scope}`)).toEqual([
      'unbalanced-paren:all',
      'stray-symbols:all',
      'double-apostrophe:all',
      'capital-i-elision:all',
      'pipe-for-l:all',
      'lost-l-elision:all',
      'stray-l-before-capital:all',
      'l-for-capital-i:all',
      'capital-i-for-l:all',
      'lone-i-pronoun:all',
      'roman-numeral:all',
      'elided-qu:all',
      'digit-3-for-a:all',
      'ampersand-e:all',
      'letter-confusion:all',
      'oe-ligature:all',
      'split-word:all',
      'accent:all',
      'lost-apostrophe:all',
      'glued-words:all',
      'dropped-letter:all',
      'extra-letter:all',
      'a-grave:all',
      'capital-possessive:all',
      'heading-capital-accent:heading',
    ]);
  });
});
