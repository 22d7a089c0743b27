/**
 * Automated accessibility check (axe-core) of the extension's pages, in light and dark colour
 * schemes. Serious and critical violations fail the test; moderate and minor ones are reported
 * (console and tests/.artifacts/axe-results.json).
 *
 * Injection: extension pages have a CSP (script-src 'self') that blocks inline <script>, so
 * page.addScriptTag({content}) cannot be used. page.evaluate() goes through the DevTools
 * protocol (Runtime.evaluate), which the page's CSP does not apply to, so the axe source is
 * evaluated that way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { artifactPath, useExtension } from './support/extension';
import { reachable } from './support/reader-page';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

function firstPassage(doc: string): string {
  const p = reachable.find((x) => x.doc === doc);
  if (!p) throw new Error(`no passage for ${doc}`);
  return p.id;
}

const DOC = 'declaration-2018-06-11';

/** Pages to check. `owned`: ours, always strict. `prepare` opens collapsed parts first. */
const PAGES: {
  name: string;
  path: () => string;
  owned: boolean;
  prepare?: (page: Page) => Promise<void>;
  ready: string;
}[] = [
  {
    name: 'options',
    path: () => 'options.html',
    owned: true,
    ready: '#enabled',
    prepare: async (page) => {
      // Show everything: the per-term list and a disabled site with its remove button.
      await page.evaluate(() => {
        document.querySelector('details.overrides')!.setAttribute('open', '');
      });
      await page.locator('#site-input').fill('https://www.example.org/page');
      await page.locator('#site-input').press('Enter');
      await page.locator('.site-list li').first().waitFor();
      // An overridden row (its own background), and the whole list unscrolled so that axe can
      // decide the contrast of every row (rows scrolled out of view count as "obscured").
      await page.locator('#term-list select').first().selectOption('off');
      await page.locator('#term-list li.overridden').first().waitFor();
      await page.evaluate(() => {
        document.querySelector<HTMLElement>('#term-list')!.style.maxHeight = 'none';
      });
    },
  },
  { name: 'welcome', path: () => 'welcome.html', owned: true, ready: 'h1' },
  {
    name: 'popup',
    path: () => 'popup.html',
    owned: false,
    ready: 'input[type=search]',
    // With results listed (the state users spend their time in).
    prepare: async (page) => {
      await page.locator('input[type=search]').fill('équipe commune');
      await page.locator('[role=listbox] [role=option]').first().waitFor({ timeout: 5000 });
    },
  },
  {
    name: 'reader',
    path: () => `reader.html?doc=${DOC}&passage=${firstPassage(DOC)}`,
    owned: false,
    ready: '[aria-current="location"]',
  },
];

const results: Record<string, unknown> = {};

/** Violations, plus how many contrast checks axe could not decide (reported, not failed). */
async function runAxe(
  page: Page,
): Promise<{ violations: AxeViolation[]; undecidedContrast: number }> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations', 'incomplete'],
    });
    return {
      violations: r.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
      undecidedContrast:
        r.incomplete.find((v: any) => v.id === 'color-contrast')?.nodes.length ?? 0,
    };
  });
}

function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `      ${n.target.join(' ')}`)
          .join('\n'),
    )
    .join('\n');
}

describe('accessibility (axe-core)', () => {
  const h = useExtension({ serve: false });
  afterAll(() => {
    writeFileSync(artifactPath('axe-results.json'), JSON.stringify(results, null, 2));
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const p of PAGES) {
      it(`${p.name} (${scheme}): no serious or critical violation`, async () => {
        // Each page starts from the default settings.
        await h.ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.clear());
        const page = await h.ext.ctx.newPage();
        try {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(h.extensionUrl(p.path()));
          await page.locator(p.ready).first().waitFor({ timeout: 10_000 });
          await p.prepare?.(page);
          const isDark = await page.evaluate(
            () => matchMedia('(prefers-color-scheme: dark)').matches,
          );
          expect(isDark).toBe(scheme === 'dark');

          const { violations, undecidedContrast } = await runAxe(page);
          const blocking = violations.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical',
          );
          const other = violations.filter((v) => !blocking.includes(v));
          results[`${p.name}/${scheme}`] = { blocking, other, undecidedContrast };
          if (other.length) {
            console.warn(
              `[axe] ${p.name} (${scheme}) moderate/minor:\n${describeViolations(other)}`,
            );
          }
          expect(blocking, `\n${p.name} (${scheme}):\n${describeViolations(blocking)}\n`).toEqual(
            [],
          );
          if (p.owned) {
            // Our own pages: moderate ones too.
            expect(other, `\n${p.name} (${scheme}):\n${describeViolations(other)}\n`).toEqual([]);
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});
