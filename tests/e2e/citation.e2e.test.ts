/**
 * « Copy citation » in the hover card, in a real Chromium: the clipboard gets the quote, the
 * document's title, kind, place and date in the card's language, its source when known, and the
 * extension's reader link last and labelled; the card shows and announces « copied ».
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightCentres, ROOT, useExtension, type HighlightPoint } from './support/extension';

/** The first highlighted term, scrolled to the middle (the shared in-page probe). */
async function firstHighlight(page: Page): Promise<HighlightPoint> {
  const handle = await page.waitForFunction(
    highlightCentres,
    { limit: 1, scroll: true },
    { timeout: 10_000 },
  );
  return (await handle.jsonValue())![0]!;
}

interface SeedDoc {
  id: string;
  place: string | null;
  source: string | null;
}
const seeds = (
  JSON.parse(readFileSync(join(ROOT, 'seeds/documents.json'), 'utf8')) as { documents: SeedDoc[] }
).documents;

/** The card's words for each card language (the card follows the page's language). */
const CARD_WORDS = {
  fr: {
    group: 'Format des citations copiées',
    names: ['Texte', 'Markdown', 'BibTeX', 'CSL-JSON'],
    copied: (f: string) => `Citation copiée (${f})`,
    kinds: { declaration: 'déclaration conjointe', communication: 'communication conjointe' },
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    sep: '\u00a0: ',
    section: 'Section',
    source: 'Source',
    reader: "Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)",
    langid: 'french',
    q: ['« ', ' »'],
  },
  en: {
    group: 'Format of copied citations',
    names: ['Text', 'Markdown', 'BibTeX', 'CSL-JSON'],
    copied: (f: string) => `Citation copied (${f})`,
    kinds: { declaration: 'joint declaration', communication: 'joint communication' },
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    sep: ': ',
    section: 'Section',
    source: 'Source',
    reader: 'In the Val Duchesse Lookup extension’s reader (needs the extension)',
    langid: 'english',
    q: ['“', '”'],
  },
  nl: {
    group: 'Formaat van gekopieerde citaten',
    names: ['Tekst', 'Markdown', 'BibTeX', 'CSL-JSON'],
    copied: (f: string) => `Citaat gekopieerd (${f})`,
    kinds: { declaration: 'gezamenlijke verklaring', communication: 'gezamenlijke mededeling' },
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    sep: ': ',
    section: 'Afdeling',
    source: 'Bron',
    reader: 'In de lezer van de extensie Val Duchesse Lookup (extensie vereist)',
    langid: 'dutch',
    q: ['„', '”'],
  },
};

describe('card citation (real browser)', () => {
  const fx = useExtension();

  /** The card article with clipboard access; the first term hovered until its card is ready. */
  async function openCard(): Promise<{ page: Page; lang: string }> {
    const page = await fx.ext.ctx.newPage();
    await fx.ext.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(fx.site.url).origin,
    });
    await page.goto(fx.site.url + 'card/article.html');
    const at = await firstHighlight(page);
    await page.mouse.move(at.x - 60, at.y - 80);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const card = page.locator('vdl-card [data-term][data-state=ready]');
    await card.waitFor({ timeout: 10_000 });
    return { page, lang: (await card.getAttribute('lang'))! };
  }

  it('copies a complete citation in the card language and says so', async () => {
    const { page, lang } = await openCard();
    const copy = page.locator('vdl-card [data-action=copy]').first();
    const passageLink = await page
      .locator('vdl-card [data-action=open]')
      .first()
      .getAttribute('href');
    await copy.click();
    const status = page.locator('vdl-card .status[aria-live=polite]');
    await expect.poll(() => status.textContent()).not.toBe('');
    expect(await status.isVisible()).toBe(true);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    const lines = clip.split('\n');
    const words = {
      fr: {
        q: '« ',
        date: /\d{1,2}(er)? [a-zéû]+ \d{4}\./,
        link: /^Dans le lecteur de l'extension/,
      },
      en: { q: '“', date: /\d{1,2} [A-Z][a-z]+ \d{4}\./, link: /^In the Val Duchesse Lookup/ },
      nl: { q: '„', date: /\d{1,2} [a-z]+ \d{4}\./, link: /^In de lezer van de extensie/ },
    }[lang as 'fr' | 'en' | 'nl'];
    expect(words).toBeDefined();
    expect(lines[0]!.startsWith(words!.q)).toBe(true);
    expect(lines[0]!.length).toBeGreaterThan(20);
    expect(lines[1]).toMatch(words!.date);
    expect(clip).not.toMatch(/null|undefined/);
    const last = lines[lines.length - 1]!;
    expect(last).toMatch(words!.link);
    // The extension link is the passage's own reader link, and it comes last.
    expect(last.endsWith(passageLink!)).toBe(true);
    expect(lines.slice(0, -1).join('\n')).not.toContain('chrome-extension://');
    await page.close();
  });

  it('copies exact Markdown and BibTeX after a format button, and names the format', async () => {
    const { page, lang } = await openCard();
    const w = CARD_WORDS[lang as keyof typeof CARD_WORDS];
    expect(w).toBeDefined();

    const group = page.locator('vdl-card [data-part=cite-formats]');
    expect(await group.getAttribute('role')).toBe('group');
    expect(await group.getAttribute('aria-label')).toBe(w.group);
    const buttons = group.locator('button');
    expect(await buttons.allTextContents()).toEqual(w.names);
    const pressed = () => group.locator('button[aria-pressed=true]').allTextContents();
    expect(await pressed()).toEqual([w.names[0]]);

    // What the card shows of its first passage, to rebuild the citation it must copy.
    const item = page.locator('vdl-card li.passage').first();
    const docId = (await item.getAttribute('data-doc'))!;
    const seed = seeds.find((d) => d.id === docId)!;
    const link = (await item.locator('a.plink').getAttribute('href'))!;
    const title = (await item.locator('a.plink').getAttribute('title'))!;
    const docTitle = title.slice(title.indexOf(' — ') + 3, title.lastIndexOf(', '));
    const date = /(\d{4})-(\d{2})-(\d{2})$/.exec(docId)!;
    const day = +date[3]!;
    const spoken = `${lang === 'fr' && day === 1 ? '1er' : day} ${w.months[+date[2]! - 1]} ${date[1]}`;
    const kind = w.kinds[docId.split('-')[0] as 'declaration' | 'communication'];
    expect(kind).toBeDefined();
    const psec = ((await item.locator('.psec').textContent()) ?? '').replace(/^ · § /, '');
    const quote = (await item.locator('.snip').textContent())!
      .replace(/^… /, '…')
      .replace(/ …$/, '…')
      .replace(/\s+/g, ' ')
      .trim();
    expect(quote.length).toBeGreaterThan(20);
    const md = (x: string) => x.replace(/([\\`*_[\]<>#|])/g, '\\$1');
    const ref = [kind, seed.place, spoken].filter(Boolean).join(', ');
    const sec = psec ? `. ${w.section}${w.sep}${psec}` : '';

    const status = page.locator('vdl-card .status[aria-live=polite]');
    const copy = item.locator('[data-action=copy]');
    const clip = () => page.evaluate(() => navigator.clipboard.readText());

    await buttons.nth(1).click();
    await expect.poll(pressed).toEqual(['Markdown']);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await copy.click();
    await expect.poll(() => status.textContent()).toBe(w.copied('Markdown'));
    expect(await status.isVisible()).toBe(true);
    expect(await clip()).toBe(
      [
        `> ${md(quote)}`,
        '>',
        `> — *${md(docTitle)}*, ${md(ref)}${md(sec)}.`,
        ...(seed.source ? [`> ${w.source}${w.sep}${md(seed.source)}.`] : []),
        '',
        `[${md(w.reader)}](<${link}>)`,
      ].join('\n'),
    );

    await buttons.nth(2).click();
    await expect.poll(pressed).toEqual(['BibTeX']);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await copy.click();
    await expect.poll(() => status.textContent()).toBe(w.copied('BibTeX'));
    expect(await clip()).toBe(
      [
        `@misc{vdl-${docId},`,
        `  title = {{${docTitle}}},`,
        `  date = {${date[0]}},`,
        `  year = {${date[1]}},`,
        `  type = {${kind}},`,
        ...(seed.place ? [`  address = {${seed.place}},`] : []),
        ...(seed.source ? [`  publisher = {${seed.source}},`] : []),
        `  langid = {${w.langid}},`,
        ...(psec ? [`  note = {${w.section}${w.sep}${psec}},`] : []),
        `  addendum = {${w.q[0]}${quote}${w.q[1]}}`,
        '}',
      ].join('\n'),
    );

    // Back to plain text: the one-click copy gives the plain citation again.
    await buttons.nth(0).click();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await copy.click();
    await expect.poll(() => status.textContent()).toBe(w.copied(w.names[0]!));
    expect((await clip()).startsWith(`${w.q[0]}${quote}`)).toBe(true);
    await page.close();
  });
});
