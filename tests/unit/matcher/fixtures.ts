import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../../data/corpus/build-corpus';
import { glossary } from '../../../data/glossary';
import { compileMatcherTable } from '../../../data/matcher-table';
import type { Passage } from '../../../utils/corpus-types';
import { createMatcher, type Matcher, type TermMatch } from '../../../utils/term-matcher';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const table = compileMatcherTable(glossary);
export const matcher: Matcher = createMatcher(table);

let passages: Passage[] | undefined;
/** The repaired passages, as `npm run data` builds them (built once per test file). */
export function corpusPassages(): Passage[] {
  passages ??= buildCorpus(join(root, 'seeds')).passages;
  return passages;
}

/** "id:matched text" for each match, ambiguous ones suffixed with '?'. */
export function show(text: string, matches: readonly TermMatch[], flag = true): string[] {
  return matches.map(
    (m) => `${m.term}:${text.slice(m.start, m.end)}${flag && m.ambiguous ? '?' : ''}`,
  );
}

/** The confirmed matches of one self-contained text, as "id:text". */
export function found(text: string): string[] {
  return show(text, matcher.find(text), false);
}
