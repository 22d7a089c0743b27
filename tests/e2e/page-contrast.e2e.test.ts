/**
 * Highlight contrast in a real Chromium: the underline's colour, as the browser computes it for
 * the `::highlight()` the term's range is registered under, against the real background behind
 * the text, on a light page, a dark page and a page without background (the canvas follows the
 * OS theme), each with the OS in light and in dark mode. The floor is 3:1 (WCAG non-text
 * contrast). Before issue 13 the colour followed the OS theme: #8cb4ff on white is 2.1:1.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, useExtension } from './support/extension';

const fx = useExtension({ serve: { dir: join(FIXTURES, 'contrast') } });

interface Measure {
  name: string;
  color: string;
  background: string;
  text: string;
}

/** The highlight over `word` inside `#id`, its computed underline colour and the background. */
async function measure(page: Page, id: string, word: string): Promise<Measure> {
  const handle = await page.waitForFunction(
    ([id, word]) => {
      const block = document.getElementById(id!);
      if (!block) return null;
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl) {
          if (!block.contains(r.startContainer)) continue;
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== word) continue;
          const color = getComputedStyle(block, `::highlight(${name})`).textDecorationColor;
          // The real background: the first opaque background-color up the tree, else the
          // canvas (the system colour Canvas under the root's color-scheme).
          let background = '';
          for (let e: Element | null = block; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
              background = bg;
              break;
            }
          }
          if (!background) {
            const probe = document.createElement('div');
            probe.style.backgroundColor = 'Canvas';
            document.documentElement.append(probe);
            background = getComputedStyle(probe).backgroundColor;
            probe.remove();
          }
          return { name, color, background, text: live.toString() };
        }
      }
      return null;
    },
    [id, word],
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as Measure;
}

/** WCAG contrast of two `rgb()` colours (written out here, independently of the extension). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [
      number,
      number,
      number,
    ];
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

async function open(file: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await fx.ext.ctx.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(fx.site.url + file);
  return page;
}

describe('highlight contrast against the real background', () => {
  const CASES = [
    { file: 'light.html', scheme: 'light', tone: 'light' },
    { file: 'light.html', scheme: 'dark', tone: 'light' },
    { file: 'dark.html', scheme: 'light', tone: 'dark' },
    { file: 'dark.html', scheme: 'dark', tone: 'dark' },
    { file: 'canvas.html', scheme: 'light', tone: 'light' },
    { file: 'canvas.html', scheme: 'dark', tone: 'dark' },
  ] as const;

  for (const c of CASES) {
    it(`${c.file}, OS ${c.scheme}: underline ≥ 3:1, ${c.tone}-page colours`, async () => {
      const page = await open(c.file, c.scheme);
      try {
        const m = await measure(page, 'probe', 'PNR');
        expect(m.text).toBe('PNR');
        expect(m.name).toBe(c.tone === 'dark' ? 'vdl-core-underline-dark' : 'vdl-core-underline');
        const ratio = contrast(m.color, m.background);
        console.log(
          `${c.file} OS ${c.scheme}: ${m.color} on ${m.background} = ${ratio.toFixed(2)}:1`,
        );
        expect(ratio).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    });
  }

  it('picks the colours per block: a light box on a dark page gets light-page colours', async () => {
    const page = await open('dark.html', 'dark');
    try {
      const box = await measure(page, 'light-box', 'SIS');
      expect(box.name).toBe('vdl-core-underline');
      expect(contrast(box.color, box.background)).toBeGreaterThanOrEqual(3);
      const body = await measure(page, 'probe', 'PNR');
      expect(body.name).toBe('vdl-core-underline-dark');
    } finally {
      await page.close();
    }
  });

  it('tells blocks over the same background apart by their text colour', async () => {
    const page = await open('light.html', 'light');
    try {
      // Both paragraphs sit on the body's white; the light text says a dark picture is behind
      // the second (page-tone.ts memoises tones by background and text colour, not background).
      expect((await measure(page, 'probe', 'PNR')).name).toBe('vdl-core-underline');
      expect((await measure(page, 'on-image', 'PNR')).name).toBe('vdl-core-underline-dark');
    } finally {
      await page.close();
    }
  });

  it('follows the OS theme live on a page whose canvas does', async () => {
    const page = await open('canvas.html', 'light');
    try {
      expect((await measure(page, 'probe', 'PNR')).name).toBe('vdl-core-underline');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect
        .poll(async () => (await measure(page, 'probe', 'PNR')).name)
        .toBe('vdl-core-underline-dark');
      const m = await measure(page, 'probe', 'PNR');
      expect(contrast(m.color, m.background)).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
    }
  });
});
