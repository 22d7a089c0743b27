import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../utils/corpus-types';
import { buildCorpus } from './corpus/build-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the extension bundles, derived from seeds/ and data/glossary. */
export interface GeneratedData {
  corpus: Corpus;
}

export function generateData(seedsDir = join(root, 'seeds')): GeneratedData {
  const base = buildCorpus(seedsDir);
  const corpus: Corpus = { ...base, occurrences: [] };
  return { corpus };
}

/** Writes data/generated/*.json; called by the WXT build hook and `npm run data`. */
export async function buildData(outDir = join(root, 'data/generated')): Promise<GeneratedData> {
  const data = generateData();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(data.corpus));
  return data;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const { corpus } = await buildData();
  console.log(
    `data: ${corpus.documents.length} documents, ${corpus.passages.length} passages, ` +
      `${corpus.occurrences.length} term occurrences in ${Math.round(performance.now() - t0)} ms`,
  );
}
