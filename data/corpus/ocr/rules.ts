/**
 * OCR repair: an ordered list of small, named rules. Each rule is a pure function of the text
 * and the French lexicon; it calls `hit()` once per repair so the build can report counts.
 *
 * Rules decide with the word list, not with lists of the seeds' words: a token is only changed
 * when it is NOT a known French word and its repaired form IS one (accent variant, split, join,
 * one OCR-confusable letter…). Function words are handled by small grammar rules.
 *
 * The rules live in glyph-rules.ts (misread glyphs) and word-rules.ts (lexicon and grammar);
 * rule-kit.ts has the `regexRule` factory most of them are made with.
 */
import {
  ampersandE,
  capitalIElision,
  capitalIForL,
  digitForA,
  doubleApostrophe,
  elidedQu,
  letterConfusion,
  lForCapitalI,
  loneIPronoun,
  lostLElision,
  oeLigature,
  pipeForL,
  romanNumeral,
  strayLBeforeCapital,
  straySymbols,
  unbalancedParen,
} from './glyph-rules';
import { type OcrRule } from './rule-kit';
import {
  accent,
  aGrave,
  capitalPossessive,
  droppedLetter,
  extraLetter,
  gluedWords,
  headingCapitalAccent,
  lostApostrophe,
  splitWord,
} from './word-rules';

export type { OcrRule, RuleContext, RuleScope } from './rule-kit';
export { accentVariant } from './rule-kit';

/** All rules, in application order. */
export const OCR_RULES: readonly OcrRule[] = [
  unbalancedParen,
  straySymbols,
  doubleApostrophe,
  capitalIElision,
  pipeForL,
  lostLElision,
  strayLBeforeCapital,
  lForCapitalI,
  capitalIForL,
  loneIPronoun,
  romanNumeral,
  elidedQu,
  digitForA,
  ampersandE,
  letterConfusion,
  oeLigature,
  splitWord,
  accent,
  lostApostrophe,
  gluedWords,
  droppedLetter,
  extraLetter,
  aGrave,
  capitalPossessive,
  headingCapitalAccent,
];
