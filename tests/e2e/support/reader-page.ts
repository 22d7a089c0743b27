/**
 * The reader suites' shared set-up: the generated corpus, the passages a link lands on, in-page
 * probes of the target passage, and one reader tab in Chromium with the extension loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import type { Corpus, Passage } from '../../../utils/corpus-types';
import { ROOT, useExtension, type ExtensionFixture } from './extension';

export const corpus = JSON.parse(
  readFileSync(join(ROOT, 'data/generated/corpus.json'), 'utf8'),
) as Corpus;

/** First passage with each id in each document (the one a link lands on). */
export const reachable: Passage[] = [];
{
  const seen = new Set<string>();
  for (const p of [...corpus.passages].sort((a, b) => a.order - b.order)) {
    const k = `${p.doc}#${p.id}`;
    if (seen.has(k)) continue;
    reachable.push(p);
    seen.add(k);
  }
}
export const pick = (pred: (p: Passage) => boolean) => reachable.find(pred) ?? reachable[0]!;

/* In-page probes (serialised into the page: self-contained). */

/** Is the element with this id in the viewport? */
export const inView = (id: string) => {
  const b = document.getElementById(id)?.getBoundingClientRect();
  return !!b && b.top < innerHeight && b.bottom > 0;
};

/** Is the element with this id the reader's current location? */
export const isCurrent = (id: string) =>
  document.getElementById(id)?.getAttribute('aria-current') === 'location';

/** Is the target current, in the viewport, and how many marks does it hold? */
export const targetState = (id: string) => {
  const el = document.getElementById(id);
  if (!el) return null;
  const b = el.getBoundingClientRect();
  return {
    current: el.getAttribute('aria-current'),
    inView: b.top < innerHeight && b.bottom > 0,
    marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
    currents: document.querySelectorAll('[aria-current=location]').length,
  };
};

export interface ReaderFixture {
  readonly fx: ExtensionFixture;
  /** The one reader tab of the suite. */
  readonly page: Page;
  /** chrome-extension://<id>/reader.html */
  readonly base: string;
  /** Uncaught page errors since the suite started. */
  readonly errors: string[];
  /** Loads reader.html + `search` and waits for the app to render. */
  open(search: string): Promise<void>;
  /** Waits until the element with this id is the reader's current location. */
  waitCurrent(id: string): Promise<void>;
}

/** Chromium with the extension and one reader tab, for the calling describe block. */
export function useReaderPage(): ReaderFixture {
  const fx = useExtension({ serve: false });
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await fx.ext.ctx.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  const reader: ReaderFixture = {
    fx,
    get page() {
      if (!page) throw new Error('the reader tab is not ready: its beforeAll failed');
      return page;
    },
    get base() {
      return fx.extensionUrl('reader.html');
    },
    errors,
    async open(search) {
      await reader.page.goto(reader.base + search);
      await reader.page.waitForSelector('#app > *');
    },
    async waitCurrent(id) {
      await reader.page.waitForFunction(isCurrent, id);
    },
  };
  return reader;
}
