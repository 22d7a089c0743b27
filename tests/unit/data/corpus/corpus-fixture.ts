import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusWithReport, type CorpusReport } from '../../../../data/corpus/build-corpus';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const seedsDir = join(root, 'seeds');

let cached: CorpusReport | undefined;

/** The corpus built from seeds/ with all OCR rules (built once per test file). */
export function builtCorpus(): CorpusReport {
  cached ??= buildCorpusWithReport(seedsDir);
  return cached;
}

export const CLEAN_DOCS = ['declaration-2018-06-11', 'conference-2021-11-22', 'article-2018-06-11'];
export const DAMAGED_DOCS = ['communication-2017-10-16', 'declaration-2023-05-05'];
