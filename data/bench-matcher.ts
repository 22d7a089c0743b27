/**
 * `npx tsx data/bench-matcher.ts [pages-dir]` — throughput of the term matcher in Node (V8, like
 * Chromium): a 5 MB synthetic multilingual text and, when present, the text of the saved real
 * pages (../shared/pages by default; read for measurement only). Prints M chars/s for `scan`
 * next to two floors: a bare charCodeAt loop and one case-insensitive regex over the text.
 * Not a unit test: timings depend on the machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { glossary } from './glossary';
import { compileMatcherTable } from './matcher-table';
import { createMatcher } from '../utils/term-matcher';
import { listHtml } from './list-html';

const table = compileMatcherTable(glossary);
const json = JSON.stringify(table);
const matcher = createMatcher(table);

const WORDS = (
  'le la les de des du et en un une pour dans sur avec par que qui est sont été coopération ' +
  'sécurité police justice frontière gouvernement ministre réunion accord européen européenne ' +
  'the of and to in for on with that is was were government minister border police court data ' +
  'de het een van en voor met op dat is werd regering minister grens politie rechter gegevens ' +
  'Paris Bruxelles Lille Anvers Liège Tournai Europe Belgique France RUE ACTE UNECE sursis Siena ' +
  "l'Union d'enquête aujourd'hui 2023 11 juin 9.200 « » — (voir) https://example.org/a-b?c=d"
).split(' ');
const TERMS = [
  "équipes communes d'enquête (ECE)",
  'PNR',
  'Europol',
  'SIS II',
  'CCPD de Tournai',
  'mandat d’arrêt européen',
  'GDPR',
  "l'UE",
  'Val Duchesse',
];

function synthetic(size: number): string {
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w =
      rnd() < 0.01
        ? TERMS[Math.floor(rnd() * TERMS.length)]!
        : WORDS[Math.floor(rnd() * WORDS.length)]!;
    const sep = rnd() < 0.08 ? '.\n' : rnd() < 0.1 ? ', ' : ' ';
    parts.push(w, sep);
    n += w.length + sep.length;
  }
  return parts.join('');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: '\u00a0',
  shy: '\u00ad',
};
function pageText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (s, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
          )
        : (ENTITIES[e.toLowerCase()] ?? s),
    );
}

/** Best of `runs` timings of fn(text), in M chars/s. */
function rate(text: string, fn: (t: string) => unknown, runs = 7): number {
  fn(text);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - t0);
  }
  return text.length / 1e6 / (best / 1000);
}

function floorLoop(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) h = (h + t.charCodeAt(i)) | 0;
  return h;
}
const ONE_REGEX = /\b(?:europol|eurojust|frontex|schengen)\b/giu;
const floorRegex = (t: string) => t.match(ONE_REGEX)?.length ?? 0;

function report(label: string, text: string): void {
  const scan = rate(text, (t) => matcher.scan(t, matcher.newEvidence()));
  const loop = rate(text, floorLoop);
  const regex = rate(text, floorRegex);
  const matches = matcher.scan(text).length;
  console.log(
    `${label.padEnd(28)} ${(text.length / 1e6).toFixed(2).padStart(6)} M chars  scan ${scan.toFixed(1).padStart(6)} M chars/s` +
      `  (charCodeAt loop ${loop.toFixed(0)}, 1 regex ${regex.toFixed(1)})  ${matches} matches`,
  );
}

const t0 = performance.now();
createMatcher(table);
console.log(
  `table: ${table.terms.length} terms, ${json.length} B JSON, ${gzipSync(json, { level: 9 }).length} B gzip; ` +
    `createMatcher ${(performance.now() - t0).toFixed(1)} ms`,
);
report('synthetic 5 MB', synthetic(5_000_000));

const pagesDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/pages'));
if (existsSync(pagesDir)) {
  const pages = listHtml(pagesDir)
    .map((p) => ({ p, text: pageText(readFileSync(p, 'utf8')) }))
    .sort((a, b) => b.text.length - a.text.length);
  for (const { p, text } of pages.slice(0, 4)) report(p.split('/').pop()!.slice(0, 28), text);
  report('all saved pages, joined', pages.map((x) => x.text).join('\n'));
}
