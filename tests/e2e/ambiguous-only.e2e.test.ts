/**
 * Pages whose only core candidates are acronyms with other senses (JIT, SIS, ECE…), with nothing
 * that could confirm them: the scanner would find them and show nothing, so the first stage does
 * not load it (issue 12). What the frame's text held is added up: context that arrives later, in
 * another chunk of the probe or with text the page adds, loads it, and the acronym is marked.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/extension';
import {
  appendAndWait,
  readHighlights,
  secondStageLoaded,
  waitForHighlights,
} from './support/detection-highlights';

const html = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test</title></head>` +
  `<body><article id="a">${body}</article></body></html>`;

/** Text without a term or a context word, longer than one chunk of the probe (32k characters). */
const FILLER = 'La météo annonce des averses sur le littoral en fin de journée. '.repeat(600);
const ECE = '<p>Les résultats ECE sont publiés chaque année au printemps.</p>';
const CONTEXT = 'Une enquête de police a été ouverte par le parquet de Lille.';

const fx = useExtension({
  serve: {
    pages: {
      '/ruby-jit.html': () =>
        html(
          'en',
          '<h1>Making Ruby faster</h1><p>The JIT compiler in Ruby 3.3 makes this loop faster.</p>' +
            '<p>What about JIT? It can optimize this in some cases.</p>' +
            '<p lang="es">El SIS de la provincia atendió a los pacientes.</p>',
        ),
      '/ece-alone.html': () => html('fr', ECE),
      '/ece-context-later.html': () => html('fr', `${ECE}<p>${FILLER}</p><p>${CONTEXT}</p>`),
    },
  },
});

async function openSettled(path: string): Promise<Page> {
  const page = await fx.ext.ctx.newPage();
  await page.goto(fx.site.url + path);
  // The first stage probes after first paint, in idle time; give it all the time it takes.
  await page.waitForTimeout(2000);
  return page;
}

describe('a page whose only candidates are acronyms with other senses (issue 12)', () => {
  it('loads nothing more and marks nothing', async () => {
    const page = await openSettled('ruby-jit.html');
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);
    expect((await readHighlights(page)).all).toEqual([]);
    await page.close();
  });

  it('loads the scanner and marks the acronym once the page adds its context', async () => {
    const page = await openSettled('ece-alone.html');
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);
    const dump = await appendAndWait(page, CONTEXT, 'ECE');
    expect(dump.all).toEqual(['ECE']);
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(true);
    await page.close();
  });

  it('adds up the chunks of a page: the acronym in the first, its context in a later one', async () => {
    const page = await fx.ext.ctx.newPage();
    await page.goto(fx.site.url + 'ece-context-later.html');
    const dump = await waitForHighlights(page, (d) => d.all.includes('ECE'));
    expect(dump.all).toEqual(['ECE']);
    await page.close();
  });
});
