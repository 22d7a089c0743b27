/**
 * The first stage's probe reads a page's text in pieces (first-stage/text-pieces.ts), not with
 * one `textContent` of the body: large pages are opened down to paragraphs, and a long text the
 * HTML parser split into 64k text nodes is read node by node. What the reader sees must not
 * change: a term across two pieces is still found, script text is still left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactPath, useExtension, useFirefox } from './support/extension';
import {
  readHighlights,
  secondStageLoaded,
  waitForHighlights,
} from './support/detection-highlights';
import { filler } from './support/hostile-pages';

const TERM = "mandat d'arrêt européen";
/**
 * Where Blink's parser ended a text node in a long `<pre>` (65,536 characters) up to Chromium
 * 150; Chromium 156 and Firefox keep such a text in one node, and a parser fed in network-sized
 * pieces may end nodes elsewhere. The page below joins its text and splits it there itself, so
 * that the shape is the same in every browser, whatever the parser did.
 */
const SPLIT = 65_536;
/** Splits, as the old parser did, the text of every `<pre>` into nodes of SPLIT characters. */
const SPLIT_LIKE_THE_OLD_PARSER = `<script>
  for (const pre of document.querySelectorAll('pre')) {
    pre.normalize();
    for (let t = pre.firstChild; t && t.data.length > ${SPLIT}; t = t.nextSibling) t.splitText(${SPLIT});
  }
</script>`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body>${body}</body></html>`;

const dir = artifactPath('probe-pieces');
mkdirSync(dir, { recursive: true });
// A decision shown as plain text: body > pre, 150k characters, the one term across the split.
writeFileSync(
  `${dir}/long-pre.html`,
  page(
    'Décision',
    `<pre>${filler(SPLIT - 11)} ${TERM} ${filler(150_000, 3)}</pre>${SPLIT_LIKE_THE_OLD_PARSER}`,
  ),
);
/** Joins the text of every `<pre>` into one node, as Chromium 156 and Firefox leave it. */
const JOIN_LIKE_THE_NEW_PARSER = `<script>
  for (const pre of document.querySelectorAll('pre')) pre.normalize();
</script>`;
// The same text in one node, the term 100k characters in: the probe slices its chunks from that
// one long piece (candidate-probe.ts, `long`). The page joins the nodes itself, so that the shape
// does not depend on the browser's version.
writeFileSync(
  `${dir}/long-node.html`,
  page(
    'Décision',
    `<pre>${filler(100_000)} ${TERM} ${filler(150_000, 3)}</pre>${JOIN_LIKE_THE_NEW_PARSER}`,
  ),
);
// The same kind of text in nodes of uneven lengths, as a parser fed in network-sized pieces may
// leave it (the first CI failure of the long-<pre> test above): the term spans four of them.
const UNEVEN_AT = 50_001;
const UNEVEN_SPLITS = [
  1_234,
  40_000,
  UNEVEN_AT + 3,
  UNEVEN_AT + 4,
  UNEVEN_AT + 15,
  90_000,
  131_071,
];
writeFileSync(
  `${dir}/uneven-pre.html`,
  page(
    'Décision',
    `<pre>${filler(UNEVEN_AT - 1)} ${TERM} ${filler(150_000, 5)}</pre><script>
  const pre = document.querySelector('pre');
  pre.normalize();
  for (const at of ${JSON.stringify([...UNEVEN_SPLITS].reverse())}) pre.firstChild.splitText(at);
</script>`,
  ),
);
// A long table (opened, not read whole) with a script holding a term in the middle; the page's
// one term is in its last row.
const rows = Array.from({ length: 300 }, (_, i) =>
  i === 150
    ? `<tr><td><script>var note = "${TERM}";</script>${filler(80, i)}</td></tr>`
    : `<tr><td>${filler(80, i)}${i === 299 ? ' La CCPD de Tournai.' : ''}</td></tr>`,
);
writeFileSync(
  `${dir}/long-table.html`,
  page('Tableau', `<main><table>${rows.join('')}</table></main>`),
);
// The same table with its last row's term removed: only the script holds one.
writeFileSync(
  `${dir}/script-only.html`,
  page(
    'Tableau',
    `<main><table>${rows.join('').replace(' La CCPD de Tournai.', '')}</table></main>`,
  ),
);

// A long table without a script, as data tables are: its rows are read in runs, one Range each
// (text-pieces.ts, ROW_CONTAINERS); the one term is in the last row of its last run, and the
// list after it is read the same way.
const plainRows = Array.from(
  { length: 300 },
  (_, i) =>
    `<tr><td>${i}</td><td>${filler(40, i)}${i === 299 ? ' La CCPD de Tournai.' : ''}</td></tr>\n`,
);
const items = Array.from({ length: 100 }, (_, i) => `<li>${filler(30, i)}</li>\n`);
writeFileSync(
  `${dir}/rows-table.html`,
  page(
    'Tableau',
    `<main><table><tbody>\n${plainRows.join('')}</tbody></table><ul>${items.join('')}</ul></main>`,
  ),
);

describe('the probe reads large pages in pieces (Chromium)', () => {
  const fx = useExtension({ serve: { dir } });

  it('finds a term that the parser split across two text nodes of a long <pre>', async () => {
    const p = await fx.open('long-pre.html');
    // The page is what the test means: the term straddles the end of the first text node.
    const layout = await p.evaluate(() => {
      const pre = document.querySelector('pre')!;
      const first = pre.firstChild as Text;
      return { nodes: pre.childNodes.length, firstEnd: first.data.slice(-10) };
    });
    expect(layout.nodes).toBeGreaterThan(2);
    expect(TERM.startsWith(layout.firstEnd)).toBe(true);
    const dump = await waitForHighlights(p, (d) => d.all.length > 0, 15_000);
    expect(dump.all).toEqual([TERM]);
    await p.close();
  });

  it('finds a term split across four text nodes of uneven lengths in a long <pre>', async () => {
    const p = await fx.open('uneven-pre.html');
    const pieces = await p.evaluate(() =>
      [...document.querySelector('pre')!.childNodes].map((n) => (n as Text).data.length),
    );
    expect(pieces.length).toBe(UNEVEN_SPLITS.length + 1);
    expect(pieces.slice(0, -1).reduce((at, len) => at + len, 0)).toBe(UNEVEN_SPLITS.at(-1));
    const dump = await waitForHighlights(p, (d) => d.all.length > 0, 15_000);
    expect(dump.all).toEqual([TERM]);
    await p.close();
  });

  it('finds a term 100k characters into a long text node', async () => {
    const p = await fx.open('long-node.html');
    expect(await p.evaluate(() => document.querySelector('pre')!.childNodes.length)).toBe(1);
    const dump = await waitForHighlights(p, (d) => d.all.length > 0, 15_000);
    expect(dump.all).toEqual([TERM]);
    await p.close();
  });

  it('finds the last row’s term of a long table and leaves its script out', async () => {
    const p = await fx.open('long-table.html');
    const dump = await waitForHighlights(p, (d) => d.all.length > 0, 15_000);
    expect(dump.all).toEqual(['CCPD']);
    await p.close();
  });

  it('finds the last row’s term of a long table read in runs of rows', async () => {
    const p = await fx.open('rows-table.html');
    const dump = await waitForHighlights(p, (d) => d.all.length > 0, 15_000);
    expect(dump.all).toEqual(['CCPD']);
    await p.close();
  });

  it('does not load the second stage for a term that only a script holds', async () => {
    const p: Page = await fx.open('script-only.html');
    // The probe runs after the first paint, in idle time: give it all it takes.
    await p.waitForTimeout(2500);
    expect(await secondStageLoaded(fx.ext.ctx, p)).toBe(false);
    expect((await readHighlights(p)).all).toEqual([]);
    await p.close();
  });
});

describe('the probe reads large pages in pieces (Firefox)', () => {
  const h = useFirefox(dir);

  for (const [file, term] of [
    ['long-pre.html', TERM],
    ['long-node.html', TERM],
    ['uneven-pre.html', TERM],
    ['long-table.html', 'CCPD'],
    ['rows-table.html', 'CCPD'],
  ] as const) {
    it(`marks the one term of ${file}`, async () => {
      const p = await h.ff.newPage();
      await p.goto(h.site.url + file);
      const handle = await p.waitForFunction(
        () => {
          const out: string[] = [];
          for (const [name, hl] of CSS.highlights)
            if (name.startsWith('vdl-'))
              for (const r of hl) {
                const range = document.createRange();
                range.setStart(r.startContainer, r.startOffset);
                range.setEnd(r.endContainer, r.endOffset);
                out.push(range.toString());
              }
          return out.length ? out : null;
        },
        { timeout: 20_000 },
      );
      expect(await handle.jsonValue()).toEqual([term]);
      await p.close();
    });
  }
});
