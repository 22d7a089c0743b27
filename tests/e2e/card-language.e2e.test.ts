/**
 * The card speaks the page's language (issue #13), in a real Chromium with the built extension:
 * on Dutch, English and French news pages the card reads in that language from headline to
 * labels, with `lang` on its root and the explanation in `[data-part=meaning]`; a `lang` on the
 * hovered element wins over the document's; a page without `lang` is guessed from its text; the
 * forced-language setting wins over all. Also the card's layout at 1280×900 (two or three
 * passages above the fold, short document labels, one count that agrees with the chart).
 *
 * VDL_SCREENSHOTS=1 writes the README's card screenshots to docs/ (else to tests/.artifacts/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '../../data/glossary';
import {
  FIXTURES,
  ROOT,
  highlightCentres,
  launchWithExtension,
  serveDir,
  storeSettings,
  type HighlightPoint,
  type Loaded,
  type StaticServer,
} from './support/extension';

const SHOTS =
  process.env.VDL_SCREENSHOTS === '1' ? join(ROOT, 'docs') : join(ROOT, 'tests/.artifacts');

/** « 1 mention », « 5 mentions » (the same words in French and English). */
const mentions = (n: number) => (n === 1 ? '1 mention' : `${n} mentions`);

const meaning = (id: string, lang: 'fr' | 'en' | 'nl') =>
  glossary.find((e) => e.id === id)!.explanation[lang];

interface CardText {
  term: string | null;
  lang: string | null;
  headline: string;
  expansion: string | null;
  declarations: string | null;
  meaning: string;
  timelineTitle: string;
  chartSum: number;
  kinds: string[];
  kindsCut: boolean;
  passagesTitle: string;
  docLabels: string[];
  snippetLangs: string[];
  close: string | null;
  foot: string;
  /** Passages wholly visible inside the card's scrolling body, without scrolling. */
  visiblePassages: number;
}

/** Hovers the highlighted occurrence of `text` (first one, case-insensitive) and waits for the card. */
async function hoverTerm(page: Page, text: string): Promise<void> {
  const handle = await page.waitForFunction(
    highlightCentres,
    { limit: 1, scroll: true, text },
    { timeout: 10_000 },
  );
  const [at] = (await handle.jsonValue()) as [HighlightPoint];
  await page.mouse.move(at.x - 40, at.y - 60);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.waitForFunction(
    () =>
      !!document
        .querySelector('vdl-card')
        ?.shadowRoot?.querySelector('[data-term][data-state=ready] [data-part=meaning]'),
    null,
    { timeout: 10_000 },
  );
}

/** Hovers the highlighted `text`, then reads the card it opens. */
async function cardFor(page: Page, text: string): Promise<CardText> {
  await hoverTerm(page, text);
  return readCard(page);
}

function readCard(page: Page): Promise<CardText> {
  return page.evaluate(() => {
    const root = document.querySelector('vdl-card')!.shadowRoot!.querySelector('[data-term]')!;
    const q = (s: string) => root.querySelector(s);
    const txt = (s: string) => q(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const body = q('.body')!.getBoundingClientRect();
    const kinds = [...root.querySelectorAll<HTMLElement>('.tl-k')];
    return {
      term: root.getAttribute('data-term'),
      lang: root.getAttribute('lang'),
      headline: txt('[data-part=headline]') ?? '',
      expansion: txt('[data-part=expansion]'),
      declarations: txt('[data-part=declarations-term]'),
      meaning: txt('[data-part=meaning]') ?? '',
      timelineTitle: txt('[data-part=timeline-title]') ?? '',
      chartSum: [...root.querySelectorAll('.tl')].reduce(
        (n, li) => n + Number(li.getAttribute('data-count')),
        0,
      ),
      kinds: kinds.map((k) => k.textContent ?? ''),
      kindsCut: kinds.some((k) => k.scrollWidth > k.clientWidth),
      passagesTitle: txt('[data-part=passages-title]') ?? '',
      docLabels: [...root.querySelectorAll('.pdoc')].map((e) => e.textContent ?? ''),
      snippetLangs: [...root.querySelectorAll('.snip')].map((e) => e.getAttribute('lang') ?? ''),
      close: q('.close')?.getAttribute('aria-label') ?? null,
      foot: txt('.foot .search') ?? '',
      visiblePassages: [...root.querySelectorAll('.passage')].filter((p) => {
        const r = p.getBoundingClientRect();
        return r.top >= body.top - 1 && r.bottom <= body.bottom + 1 && r.bottom <= innerHeight;
      }).length,
    };
  });
}

async function setCardLanguage(ext: Loaded, lang: string): Promise<void> {
  await storeSettings(ext.worker, { cardLanguage: lang });
}

async function screenshotCard(page: Page, path: string): Promise<void> {
  const r = await page.evaluate(() => {
    const b = document
      .querySelector('vdl-card')!
      .shadowRoot!.querySelector('[data-term]')!
      .getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  });
  const pad = 16;
  const x = Math.max(0, r.x - pad);
  const y = Math.max(0, r.y - pad);
  await page.screenshot({
    path,
    clip: {
      x,
      y,
      width: Math.min(1280 - x, r.width + 2 * pad),
      height: Math.min(900 - y, r.height + 2 * pad),
    },
  });
}

const NL_KINDS = ['Meded.', 'Verkl.', 'Artikel', 'Persc.', 'Verkl.'];
const EN_KINDS = ['Comm.', 'Decl.', 'Article', 'Conf.', 'Decl.'];
const FR_KINDS = ['Comm.', 'Décl.', 'Article', 'Conf.', 'Décl.'];
const DOCS = {
  nl: ['Mededeling 2017', 'Verkl. 2018', 'Persartikel 2018', 'Persconf. 2021', 'Val Duchesse 2023'],
  en: [
    'Communication 2017',
    'Decl. 2018',
    'Press article 2018',
    'Press conf. 2021',
    'Val Duchesse 2023',
  ],
  fr: [
    'Communication 2017',
    'Décl. 2018',
    'Article de presse 2018',
    'Conf. de presse 2021',
    'Val Duchesse 2023',
  ],
};

describe('card language', () => {
  let ext: Loaded;
  let site: StaticServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await serveDir(join(FIXTURES, 'card-language'));
    // A French browser: the card must follow the page, not the browser's language.
    ext = await launchWithExtension({ locale: 'fr-FR' });
  });

  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await ext.ctx.newPage();
    await page.goto(site.url + file);
    return page;
  }

  it('reads in Dutch on a Dutch page, from headline to labels', async () => {
    const page = await open('nl-article.html');
    const c = await cardFor(page, 'Europees aanhoudingsbevel');
    expect(c).toMatchObject({
      term: 'mandat-arret-europeen',
      lang: 'nl',
      headline: 'Europees aanhoudingsbevel',
      // The expansion without the words already in the headline: its acronym.
      expansion: 'EAB',
      declarations: "in de verklaringen: mandat d'arrêt européen",
      meaning: meaning('mandat-arret-europeen', 'nl'),
    });
    expect(c.chartSum).toBeGreaterThan(0);
    expect(c.timelineTitle).toBe(
      `In de vijf teksten, 2017 → 2023 · ${c.chartSum} ${c.chartSum === 1 ? 'vermelding' : 'vermeldingen'}`,
    );
    expect(c.kinds).toEqual(NL_KINDS);
    expect(c.passagesTitle).toBe('Passages');
    expect(c.docLabels.length).toBeGreaterThan(0);
    for (const d of c.docLabels) expect(DOCS.nl).toContain(d);
    // The passages stay in French, as published.
    expect(new Set(c.snippetLangs)).toEqual(new Set(['fr']));
    expect(c.close).toBe('Sluiten');
    expect(c.foot).toMatch(/^(Deze term zoeken|nog \d+ passages?)$/);
    await page.close();
  });

  it('heads with the acronym or words the reader hovered', async () => {
    const page = await open('nl-article.html');
    let c = await cardFor(page, 'EAB');
    expect([c.lang, c.headline, c.expansion, c.declarations]).toEqual([
      'nl',
      'EAB',
      'Europees aanhoudingsbevel (EAB)',
      "in de verklaringen: mandat d'arrêt européen",
    ]);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    c = await cardFor(page, 'gemeenschappelijk onderzoeksteam');
    expect([c.term, c.headline, c.expansion, c.declarations]).toEqual([
      'ece',
      'gemeenschappelijk onderzoeksteam',
      null,
      'in de verklaringen: ECE',
    ]);
    expect(c.meaning).toBe(meaning('ece', 'nl'));
    await page.close();
  });

  it('reads in English on an English page', async () => {
    const page = await open('en-article.html');
    const c = await cardFor(page, 'JIT');
    expect(c).toMatchObject({
      term: 'ece',
      lang: 'en',
      headline: 'JIT',
      expansion: 'joint investigation team (JIT)',
      declarations: 'in the declarations: ECE',
      meaning: meaning('ece', 'en'),
    });
    expect(c.timelineTitle).toBe(`In the five texts, 2017 → 2023 · ${mentions(c.chartSum)}`);
    expect(c.kinds).toEqual(EN_KINDS);
    for (const d of c.docLabels) expect(DOCS.en).toContain(d);
    expect(c.close).toBe('Close');
    expect(c.foot).toMatch(/^(Search this term|\d+ more passages?)$/);
    await screenshotCard(page, join(SHOTS, 'screenshot-card-en-light.png'));
    await page.close();
  });

  it('reads in French on a French page, and follows a lang attribute on the hovered element', async () => {
    const page = await open('fr-article.html');
    let c = await cardFor(page, "mandat d'arrêt européen");
    expect([c.lang, c.headline, c.expansion, c.declarations]).toEqual([
      'fr',
      "mandat d'arrêt européen",
      'MAE',
      null,
    ]);
    expect(c.meaning).toBe(meaning('mandat-arret-europeen', 'fr'));
    expect(c.timelineTitle).toBe(`Dans les cinq textes, 2017 → 2023 · ${mentions(c.chartSum)}`);
    expect(c.kinds).toEqual(FR_KINDS);
    for (const d of c.docLabels) expect(DOCS.fr).toContain(d);
    expect(c.close).toBe('Fermer');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // A Dutch quote (<blockquote lang="nl">) in the French article.
    c = await cardFor(page, 'gemeenschappelijk onderzoeksteam');
    expect([c.lang, c.declarations, c.close]).toEqual(['nl', 'in de verklaringen: ECE', 'Sluiten']);
    await page.close();
  });

  it('guesses the language of a page that declares none', async () => {
    const page = await open('nl-unlabelled.html');
    const c = await cardFor(page, 'gemeenschappelijk onderzoeksteam');
    expect([c.lang, c.headline, c.declarations]).toEqual([
      'nl',
      'gemeenschappelijk onderzoeksteam',
      'in de verklaringen: ECE',
    ]);
    expect(c.meaning).toBe(meaning('ece', 'nl'));
    await page.close();
  });

  it('shows two or three passages above the fold at 1280×900, with short labels and one count', async () => {
    const page = await open('fr-article.html');
    const c = await cardFor(page, 'ECE');
    expect(c.term).toBe('ece');
    expect(c.visiblePassages).toBeGreaterThanOrEqual(2);
    expect(c.kindsCut).toBe(false);
    // One count in the card, and it is the chart's.
    expect(c.timelineTitle).toBe(`Dans les cinq textes, 2017 → 2023 · ${mentions(c.chartSum)}`);
    expect(c.passagesTitle).toBe('Passages');
    for (const d of c.docLabels) expect(DOCS.fr).toContain(d);
    await page.close();
  });

  it('keeps two passages in view for a term mid-screen, beside the term rather than over it', async () => {
    // The demo article's CCPD heading, scrolled to the middle by hoverTerm: ~430 px above or
    // below it, too little for the card.
    const demo = await serveDir(FIXTURES);
    const page = await ext.ctx.newPage();
    await page.goto(demo.url + 'demo-article.html');
    const c = await cardFor(page, 'CCPD');
    expect(c.visiblePassages).toBeGreaterThanOrEqual(2);
    // The term, still in view where the card opened.
    const inView = { limit: 1, scroll: false, text: 'CCPD' };
    const [term] = (await page.evaluate(highlightCentres, inView)) ?? [];
    expect(term, 'CCPD highlighted in view').toBeDefined();
    const b = await page.evaluate(() => {
      const card = document.querySelector('vdl-card')!.shadowRoot!.querySelector('[data-term]')!;
      const r = card.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    const t = term!.box;
    const covered = t.left < b.right && t.right > b.left && t.top < b.bottom && t.bottom > b.top;
    expect(covered).toBe(false);
    await page.close();
    // Closes once the browser (afterAll) drops its keep-alive connections.
    void demo.close();
  });

  it('lets the forced language win over the page', async () => {
    await setCardLanguage(ext, 'en');
    try {
      const page = await open('nl-article.html');
      const c = await cardFor(page, 'Europees aanhoudingsbevel');
      expect([c.lang, c.headline, c.expansion, c.declarations, c.close]).toEqual([
        'en',
        'Europees aanhoudingsbevel',
        'European arrest warrant (EAW)',
        "in the declarations: mandat d'arrêt européen",
        'Close',
      ]);
      expect(c.meaning).toBe(meaning('mandat-arret-europeen', 'en'));
      await page.close();
    } finally {
      await setCardLanguage(ext, 'auto');
    }
  });

  it('takes the screenshots of the Dutch card, light and dark, and the English one dark', async () => {
    const nl = await open('nl-article.html');
    await hoverTerm(nl, 'gemeenschappelijk onderzoeksteam');
    expect((await readCard(nl)).lang).toBe('nl');
    await screenshotCard(nl, join(SHOTS, 'screenshot-card-nl-light.png'));
    await nl.emulateMedia({ colorScheme: 'dark' });
    await screenshotCard(nl, join(SHOTS, 'screenshot-card-nl-dark.png'));
    await nl.close();
    const en = await open('en-article.html');
    await en.emulateMedia({ colorScheme: 'dark' });
    await hoverTerm(en, 'JIT');
    expect((await readCard(en)).lang).toBe('en');
    await screenshotCard(en, join(SHOTS, 'screenshot-card-en-dark.png'));
    await en.close();
  });
});
