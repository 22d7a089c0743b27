/**
 * The term card over the PDF: the same TermCard, in the same `<vdl-card>` host (open shadow
 * root), with data from the background. In this extension page it is rendered directly (no
 * injected renderer). Hover opens it after the user's intent delay, a tap opens it at once;
 * leaving term and card, Escape, or a click elsewhere closes it. Passage links open the reader in
 * a new tab, so the PDF stays open.
 */
import { h, render } from 'preact';
import { TermCard, type CardLang, type TermCardProps } from '../card/TermCard';
import { cardLabels } from '../card/labels';
import { cardCitationFormat, pickFormat } from '../card/citation-format';
import { DATA_GRACE_MS, cardLanguage, lookupTerm } from '../../entrypoints/lookup/card/card-data';
import { settledWithin } from '../../utils/settled-within';
import { citationText, copyText } from '../../entrypoints/lookup/card/citation';
import { createCardHost } from '../../entrypoints/card-ui/host';
import { placeCard } from '../../entrypoints/card-ui/place-card';
import type { Settings } from '../../utils/settings';
import type { TermHit, TermLayer } from './term-layer';

const CLOSE_DELAY_MS = 300;

/** The card's language: the user's choice, else the PDF's (/Lang), else the interface's. */
function languageFor(setting: Settings['cardLanguage'], hit: TermHit): CardLang {
  if (setting !== 'auto') return cardLanguage(setting);
  const el = hit.ranges[0]?.startContainer.parentElement?.closest('[lang]');
  const doc = (el?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  return doc === 'fr' || doc === 'en' || doc === 'nl' ? doc : cardLanguage(setting);
}

export function setupViewerCard(layer: TermLayer, getSettings: () => Settings): () => void {
  const ui = createCardHost();
  let shown: TermHit | null = null;
  let props: TermCardProps | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let candidate: TermHit | null = null;

  const cardEl = () => ui.mount.firstElementChild as HTMLElement | null;
  const draw = () => render(props ? h(TermCard, props) : null, ui.mount);
  const rectOf = (hit: TermHit): DOMRect => {
    const rects = hit.ranges.flatMap((r) => [...r.getClientRects()]);
    return rects[0] ?? hit.ranges[0]!.getBoundingClientRect();
  };

  const close = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    shown = null;
    props = null;
    draw();
    ui.remove();
  };

  const open = (hit: TermHit) => {
    clearTimeout(closeTimer);
    if (shown === hit) return;
    const replacing = shown !== null;
    shown = hit;
    const s = getSettings();
    const lang = languageFor(s.cardLanguage, hit);
    const theme = s.theme;
    const anchor = ranges(hit);
    const paint = (next: TermCardProps) => {
      if (shown !== hit) return;
      props = next;
      ui.attach();
      draw();
      void placeCard(cardEl()!, rectOf(hit), anchor);
    };
    const base = { term: hit.term, label: hit.text, lang, theme };
    const answer = lookupTerm(hit.term, lang).then(
      (data): TermCardProps => ({ ...base, state: 'ready', data }),
      (): TermCardProps => ({ ...base, state: 'error' }),
    );
    void answer.then(paint);
    // A card replacing another shows its loading state at once; a first one waits a moment for
    // its data (DATA_GRACE_MS), so it opens whole.
    const loading: TermCardProps = { ...base, state: 'loading' };
    if (replacing) paint(loading);
    else
      void settledWithin(answer, DATA_GRACE_MS).then((inTime) => {
        if (!inTime) paint(loading);
      });
  };

  const ranges = (hit: TermHit) => hit.ranges[0]?.startContainer.parentElement ?? undefined;

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    if (shown) closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  };

  const onMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const hit = e.target instanceof Element ? layer.hitAt(e.target, e.clientX, e.clientY) : null;
    const s = getSettings();
    if (hit && s.cardTrigger === 'alt-hover' && !e.altKey) return;
    if (hit === candidate) return;
    candidate = hit;
    clearTimeout(openTimer);
    if (!hit) return scheduleClose();
    if (hit === shown) return clearTimeout(closeTimer);
    if (s.cardTrigger === 'click') return;
    openTimer = setTimeout(() => open(hit), s.hoverDelayMs);
  };

  const onClick = (e: MouseEvent) => {
    if (e.composedPath().includes(ui.host)) return;
    const hit = e.target instanceof Element ? layer.hitAt(e.target, e.clientX, e.clientY) : null;
    // A tap (or the click trigger) opens at once; a click elsewhere closes.
    if (hit && !window.getSelection()?.toString()) open(hit);
    else if (shown) close();
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) close();
  };

  // Actions inside the card (links, copy, search, close): the host stops events at its shadow
  // root, so they are handled there.
  const onCardClick = async (e: Event) => {
    const pick = (e.target as Element | null)?.closest('[data-format]');
    if (pick && pickFormat(pick)) return;
    const el = (e.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!el) return;
    const action = el.dataset.action;
    if (action === 'open') {
      const href = (el as HTMLAnchorElement).href;
      e.preventDefault();
      if (href) await browser.tabs.create({ url: href });
    } else if (action === 'close') {
      close();
    } else if (action === 'search' && props) {
      const u = new URL(browser.runtime.getURL('/popup.html'));
      u.searchParams.set('q', props.data?.title ?? props.label);
      u.searchParams.set('tab', '1');
      await browser.tabs.create({ url: u.href });
    } else if (action === 'copy' && props?.data) {
      const id = el.closest<HTMLElement>('[data-passage]')?.dataset.passage;
      const p = props.data.passages.find((x) => x.passage === id);
      if (!p) return;
      // In the card's language and the format its buttons chose, like the page card's.
      const format = cardCitationFormat();
      const ok = await copyText(citationText(p, props.lang, format));
      if (props) {
        const L = cardLabels(props.lang);
        props = { ...props, status: ok ? L.copiedAs(L.formats[format]) : L.copyFailed };
        draw();
      }
    }
  };

  ui.root.addEventListener('click', (e) => void onCardClick(e));
  ui.root.addEventListener('pointerenter', () => clearTimeout(closeTimer), true);
  ui.host.addEventListener('pointerleave', scheduleClose);
  ui.host.addEventListener('pointerenter', () => clearTimeout(closeTimer));
  document.addEventListener('pointermove', onMove, { passive: true });
  document.addEventListener('click', onClick);
  window.addEventListener('keydown', onKey, true);
  const onScroll = () => {
    if (shown) void placeCard(cardEl()!, rectOf(shown), ranges(shown));
  };
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  return () => {
    close();
    document.removeEventListener('pointermove', onMove);
    document.removeEventListener('click', onClick);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('scroll', onScroll, { capture: true });
  };
}
