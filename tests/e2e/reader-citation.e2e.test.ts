/**
 * The reader's « Copy citation » control in a real Chromium: a format menu (plain text, Markdown,
 * BibTeX, CSL-JSON) beside the button, usable from the keyboard, remembered across visits; the
 * clipboard gets exactly the chosen format; a visible, announced confirmation names it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Loaded } from './support/extension';
import { isCurrent } from './support/reader-page';

const DOC = 'declaration-2018-06-11';
/** A list item under « En matière de lutte contre le terrorisme » (short, so quoted whole). */
const PASSAGE = 'p-f8be0a958280';
const QUOTE =
  "De poursuivre le renforcement des échanges d'informations, des coopérations opérationnelles et opérations conjointes entre nos services.";
const TITLE =
  'Déclaration conjointe des Premiers ministres français et belge sur la coopération en matière de sécurité intérieure et de lutte antiterroriste';
const NB = '\u00a0';

/**
 * The reader speaks the browser's UI language (Chromium's, from the environment), and so do its
 * citations: the expected words for each.
 */
const WORDS = {
  fr: {
    label: 'Format de la citation',
    names: ['Texte brut', 'Markdown', 'BibTeX', 'CSL-JSON'],
    toast: (f: string) => `Citation copiée (${f}) dans le presse-papiers.`,
    q: ['« ', ' »'],
    kind: 'déclaration conjointe',
    date: '11 juin 2018',
    sep: `${NB}: `,
    section: 'Section',
    source: 'Source',
    reader: "Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)",
    langid: 'french',
  },
  en: {
    label: 'Citation format',
    names: ['Plain text', 'Markdown', 'BibTeX', 'CSL-JSON'],
    toast: (f: string) => `Citation copied (${f}) to the clipboard.`,
    q: ['“', '”'],
    kind: 'joint declaration',
    date: '11 June 2018',
    sep: ': ',
    section: 'Section',
    source: 'Source',
    reader: 'In the Val Duchesse Lookup extension’s reader (needs the extension)',
    langid: 'english',
  },
  nl: {
    label: 'Formaat van de bronvermelding',
    names: ['Platte tekst', 'Markdown', 'BibTeX', 'CSL-JSON'],
    toast: (f: string) => `Bronvermelding (${f}) naar het klembord gekopieerd.`,
    q: ['„', '”'],
    kind: 'gezamenlijke verklaring',
    date: '11 juni 2018',
    sep: ': ',
    section: 'Afdeling',
    source: 'Bron',
    reader: 'In de lezer van de extensie Val Duchesse Lookup (extensie vereist)',
    langid: 'dutch',
  },
};
const SECTION = 'En matière de lutte contre le terrorisme';
const SOURCE = 'Site Internet du Premier ministre (France)';

describe('reader citation formats (real browser)', () => {
  let ext: Loaded;
  let page: Page;
  let link: string;
  let w: (typeof WORDS)['fr'];

  beforeAll(async () => {
    ext = await launchWithExtension();
    const origin = `chrome-extension://${ext.extId}`;
    await ext.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
    link = `${origin}/reader.html?doc=${DOC}&passage=${PASSAGE}`;
    page = await ext.ctx.newPage();
    await page.goto(link);
    await page.waitForSelector('#app > *');
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(Object.keys(WORDS)).toContain(lang);
    w = WORDS[lang as keyof typeof WORDS];
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open() {
    await page.goto(link);
    await page.waitForFunction(isCurrent, PASSAGE);
  }
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  /** Empties the clipboard, so a copy that did nothing cannot pass on an earlier one. */
  const clearClipboard = () => page.evaluate(() => navigator.clipboard.writeText(''));

  async function expectToast(text: string) {
    const toast = page.locator('.toast-region[role=status][aria-live=polite] .toast');
    await expect.poll(() => toast.textContent()).toBe(text);
    expect(await toast.isVisible()).toBe(true);
  }

  /** Picks a format in the menu and copies: the confirmation names it; the clipboard's text. */
  async function copyAs(format: string, name: string): Promise<string> {
    await page.locator('select[data-action=citation-format]').selectOption(format);
    await clearClipboard();
    await page.locator('[data-action=copy-citation]').click();
    await expectToast(w.toast(name));
    return clipboard();
  }

  it('offers the four formats, plain text first and chosen by default', async () => {
    await open();
    const select = page.locator('select[data-action=citation-format]');
    expect(await select.getAttribute('aria-label')).toBe(w.label);
    expect(await select.locator('option').allTextContents()).toEqual(w.names);
    expect(await select.inputValue()).toBe('text');
    await clearClipboard();
    await page.locator('[data-action=copy-citation]').click();
    await expectToast(w.toast(w.names[0]!));
    expect((await clipboard()).split('\n')).toEqual([
      `${w.q[0]}${QUOTE}${w.q[1]}`,
      `${TITLE}, ${w.kind}, Paris, ${w.date}. ${w.section}${w.sep}${SECTION}.`,
      `${w.source}${w.sep}${SOURCE}.`,
      `${w.reader}${w.sep}${link}`,
    ]);
  });

  it('copies exact Markdown and says so', async () => {
    await open();
    expect(await copyAs('markdown', 'Markdown')).toBe(
      [
        `> ${QUOTE}`,
        '>',
        `> — *${TITLE}*, ${w.kind}, Paris, ${w.date}. ${w.section}${w.sep}${SECTION}.`,
        `> ${w.source}${w.sep}${SOURCE}.`,
        '',
        `[${w.reader}](<${link}>)`,
      ].join('\n'),
    );
  });

  it('is keyboard operable, and remembers the choice; « c » copies in it', async () => {
    await open();
    // Keyboard only: Tab from the copy button to the menu, pick BibTeX, back, Enter.
    await page.locator('[data-action=copy-citation]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
      'citation-format',
    );
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('select[data-action=citation-format]').inputValue()).toBe('bibtex');
    await page.keyboard.press('Shift+Tab');
    await clearClipboard();
    await page.keyboard.press('Enter');
    const bibtex = [
      `@misc{vdl-${DOC},`,
      `  title = {{${TITLE}}},`,
      '  date = {2018-06-11},',
      '  year = {2018},',
      `  type = {${w.kind}},`,
      '  address = {Paris},',
      `  publisher = {${SOURCE}},`,
      `  langid = {${w.langid}},`,
      `  note = {${w.section}${w.sep}${SECTION}},`,
      `  addendum = {${w.q[0]}${QUOTE}${w.q[1]}}`,
      '}',
    ].join('\n');
    await expectToast(w.toast('BibTeX'));
    expect(await clipboard()).toBe(bibtex);

    // A new visit: the menu still says BibTeX, and the « c » shortcut copies BibTeX.
    await open();
    await expect
      .poll(() => page.locator('select[data-action=citation-format]').inputValue())
      .toBe('bibtex');
    await clearClipboard();
    await page.locator(`#${PASSAGE}`).focus();
    await page.keyboard.press('c');
    await expectToast(w.toast('BibTeX'));
    expect(await clipboard()).toBe(bibtex);
  });

  it('copies CSL-JSON that parses, with no empty field', async () => {
    await open();
    expect(JSON.parse(await copyAs('csl-json', 'CSL-JSON'))).toEqual({
      id: `vdl-${DOC}`,
      type: 'document',
      title: TITLE,
      genre: w.kind,
      issued: { 'date-parts': [[2018, 6, 11]] },
      'publisher-place': 'Paris',
      publisher: SOURCE,
      language: 'fr',
      section: SECTION,
      note: QUOTE,
    });
    // Back to plain text for whoever uses this profile next.
    await page.locator('select[data-action=citation-format]').selectOption('text');
  });
});
