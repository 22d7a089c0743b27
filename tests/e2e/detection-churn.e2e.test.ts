/**
 * Heavy mutation (issue 8): a page adding and removing 10,000 nodes a second, and an SPA swapping
 * its whole body every second. Scanning must keep up or back off, never accumulate: highlights
 * end up exactly those of the final DOM.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useExtension } from './support/extension';
import {
  readHighlights as readHighlightsNow,
  settledHighlights,
  waitForHighlights,
} from './support/detection-highlights';

const fx = useExtension({ serve: { dir: join(FIXTURES, 'detection') } });

// Correctness only, never retried: how long the scan's slices are is measured by `npm run bench`
// (bench build), not asserted here.
describe('heavy mutation', () => {
  it('10,000 nodes added and removed per second: ends with the final DOM', async () => {
    const page = await fx.ext.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(fx.site.url + 'churn.html');
    await waitForHighlights(page, (d) => d.all.includes('Europol'));
    await page.evaluate(() => (window as any).churn(10_000, 4, 'Fin : Eurojust.'));
    const dump = await waitForHighlights(
      page,
      (d) => d.all.join('|') === 'Eurojust|Europol',
      15_000,
    );
    expect(dump.all).toEqual(['Eurojust', 'Europol']);
    // Nothing left behind: exactly two ranges registered in all.
    const sizes = await page.evaluate(() =>
      [...CSS.highlights].filter(([n]) => n.startsWith('vdl-')).reduce((s, [, h]) => s + h.size, 0),
    );
    expect(sizes).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an SPA swapping its whole body every second', async () => {
    const page = await fx.ext.ctx.newPage();
    await page.goto(fx.site.url + 'churn.html');
    await waitForHighlights(page, (d) => d.all.includes('Europol'));
    await page.evaluate(() => (window as any).swapBody(4, 1000));
    // Each highlighted range: the start of its paragraph's text (which view it belongs to).
    const views = () =>
      page.evaluate(() => {
        const out: string[] = [];
        for (const [n, h] of CSS.highlights)
          if (n.startsWith('vdl-'))
            for (const r of h as Iterable<AbstractRange>)
              out.push((r.startContainer as Text).data.slice(0, 6));
        return out.sort();
      });
    await expect.poll(views, { timeout: 10_000 }).toEqual(Array(6).fill('Vue 4,'));
    const dump = await waitForHighlights(page, (d) => d.all.length === 6);
    expect(dump.all).toEqual(Array(6).fill('Europol'));
    await page.close();
  });

  it('drops an answer that comes back after its text changed, and draws the newer one', async () => {
    const page = await fx.ext.ctx.newPage();
    await page.goto(fx.site.url + 'churn.html');
    await waitForHighlights(page, (d) => d.all.includes('Europol'));
    // The background's thread kept busy: the page's match requests wait in its queue, and their
    // answers come back in order once it is free.
    const busy = fx.ext.worker.evaluate(() => {
      const end = Date.now() + 4000;
      while (Date.now() < end);
    });
    // The evaluation reaches the worker in a few ms: busy before the page sends anything.
    await page.waitForTimeout(200);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      const b = document.createElement('b');
      b.textContent = 'européen';
      p.append("Le mandat d'arrêt ", b, ' est émis.');
      document.getElementById('churn')!.append(p);
    });
    // Walked and sent by now; its answer is held back.
    await page.waitForTimeout(1000);
    expect((await readHighlightsNow(page)).all).toEqual(['Europol']);
    // Same length, same first node: only the newer walk of the paragraph says its text changed.
    await page.evaluate(() => {
      (document.querySelector('#late b')!.firstChild as Text).data = 'xxxxxxxx';
    });
    await busy;
    expect((await settledHighlights(page, { quietMs: 1000 })).all).toEqual(['Europol']);
    // The term itself is found once its text is back.
    await page.evaluate(() => {
      (document.querySelector('#late b')!.firstChild as Text).data = 'européen';
    });
    const dump = await waitForHighlights(page, (d) => d.all.length === 2);
    expect(dump.all).toEqual(['Europol', "mandat d'arrêt européen"]);
    await page.close();
  });

  it('drops an answer over text nodes whose block was read whole since', async () => {
    const page = await fx.ext.ctx.newPage();
    await page.goto(fx.site.url + 'churn.html');
    await waitForHighlights(page, (d) => d.all.includes('Europol'));
    // No match left: the next walk of a block read before may read it whole (nothing to drop).
    await page.evaluate(() => document.getElementById('stable')!.remove());
    await waitForHighlights(page, (d) => d.all.length === 0);
    const busy = fx.ext.worker.evaluate(() => {
      const end = Date.now() + 4000;
      while (Date.now() < end);
    });
    await page.waitForTimeout(200);
    // A line break in the block: walked node by node, its answer held back.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      const b = document.createElement('b');
      b.textContent = 'européen';
      p.append("Le mandat d'arrêt ", b, document.createElement('br'), ' est émis.');
      document.getElementById('churn')!.append(p);
    });
    await page.waitForTimeout(1000);
    // Now a leaf, read whole with its new text; the older answer's nodes keep their lengths.
    await page.evaluate(() => {
      document.querySelector('#late br')!.remove();
      (document.querySelector('#late b')!.firstChild as Text).data = 'xxxxxxxx';
    });
    await busy;
    expect((await settledHighlights(page, { quietMs: 1000 })).all).toEqual([]);
    await page.evaluate(() => {
      (document.querySelector('#late b')!.firstChild as Text).data = 'européen';
    });
    const dump = await waitForHighlights(page, (d) => d.all.length === 1);
    expect(dump.all).toEqual(["mandat d'arrêt européen"]);
    await page.close();
  });
});
