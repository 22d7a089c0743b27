/**
 * Texts no regular expression over raw characters describes exactly: invisible joiners and soft
 * hyphens (skipped inside words), combining marks of the Latin script, and UTF-8 read as
 * Windows-1252. The first stage's candidate filter (data/candidate-filter.ts) sends such texts on
 * to the matcher, which folds them character by character.
 *
 * (This module used to write the matcher's combined candidate expression too; the matcher now
 * filters word starts on their first characters instead: matcher/word-filter.ts, issue 12.)
 */
import { CP1252 } from './fold';

/** One class and one pair: a pass over the text costs about a millisecond per MB. */
export const EXOTIC = new RegExp(
  '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]' +
    `|[\\u00c2-\\u00c5\\u00e2][\\x80-\\xbf${CP1252.replace(/[\x80-\x9f]/g, '')}]`,
);
