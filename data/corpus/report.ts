/**
 * Prints the passage counts per document and the number of OCR repairs each rule made:
 * `npx tsx data/corpus/report.ts [--text <doc id>]`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusWithReport } from './build-corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { corpus, repairs } = buildCorpusWithReport(join(root, 'seeds'));
const textDoc = process.argv.indexOf('--text');

if (textDoc >= 0) {
  const doc = process.argv[textDoc + 1];
  const headings = corpus.headings.filter((h) => h.doc === doc);
  for (const p of corpus.passages.filter((x) => x.doc === doc)) {
    for (const h of headings.filter((x) => x.before === p.order)) {
      console.log(`${'#'.repeat(h.level)} ${h.text}`);
    }
    console.log(`[${p.order} ${p.kind} ${p.id} ${p.section.join(' › ')}]\n${p.text}\n`);
  }
} else {
  console.log('Passages per document:');
  for (const d of corpus.documents) {
    const n = corpus.passages.filter((p) => p.doc === d.id).length;
    const h = corpus.headings.filter((x) => x.doc === d.id).length;
    console.log(`  ${d.id}: ${n} passages, ${h} headings`);
  }
  console.log('OCR repairs per rule:');
  for (const [rule, n] of Object.entries(repairs)) console.log(`  ${rule}: ${n}`);
}
