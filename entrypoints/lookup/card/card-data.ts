/**
 * Card data, on demand, cached per term and language: in memory for the page's life, and in
 * storage.local, where the background wrote it (utils/card-cache.ts), so a card can appear at once
 * when the service worker is asleep. A stored copy is never stale (keys carry the version, the
 * background clears them on update): read it, else ask the background, nothing more.
 */
import { cardCacheKey } from '../../../utils/card-cache';
import type { TermCardData } from '../../../utils/messages';
import { guessCardLang, resolveCardLang, type CardLang } from '../../../utils/page-language';
import { sendMessage } from '../../../utils/send-message';

export type Lang = CardLang;

const resolved = new Map<string, TermCardData>();
const inflight = new Map<string, Promise<TermCardData>>();

const keyOf = (term: string, lang: Lang) => `${lang}:${term}`;

let version: string | undefined;
function storeKey(term: string, lang: Lang): string {
  version ??= browser.runtime.getManifest().version;
  return cardCacheKey(version, lang, term);
}

/** Data already at hand (no wait), if any. */
export function peekTerm(term: string, lang: Lang): TermCardData | undefined {
  return resolved.get(keyOf(term, lang));
}

function valid(term: string, x: unknown): x is TermCardData {
  const d = x as TermCardData | null | undefined;
  return (
    !!d &&
    d.term === term &&
    typeof d.title === 'string' &&
    Array.isArray(d.passages) &&
    Array.isArray(d.timeline)
  );
}

function fromBackground(term: string, lang: Lang): Promise<TermCardData> {
  return sendMessage({ type: 'lookupTerm', term, lang }).then((r) => {
    if (r && r.ok && valid(term, r.data)) return r.data;
    throw new Error(r && !r.ok ? r.error : 'no response');
  });
}

/** The stored copies of several terms' cards, in one storage read; the terms found are resolved. */
export async function readStored(terms: readonly string[], lang: Lang): Promise<string[]> {
  const want = terms.filter((t) => !resolved.has(keyOf(t, lang)));
  if (!want.length) return [];
  let got: Record<string, unknown> = {};
  try {
    got = await browser.storage.local.get(want.map((t) => storeKey(t, lang)));
  } catch {
    // Storage unavailable (extension reloaded): the background answers.
  }
  const missing: string[] = [];
  for (const t of want) {
    const d = got[storeKey(t, lang)];
    if (valid(t, d)) resolved.set(keyOf(t, lang), d);
    else missing.push(t);
  }
  return missing;
}

/**
 * How long a card that would open on its loading state (no data at hand yet) waits for its data
 * before it paints anyway: a lookup takes tens of milliseconds, so the card then opens whole
 * instead of as a placeholder that fills in (setup-hover-card.ts, and the PDF viewer's card).
 */
export const DATA_GRACE_MS = 500;

/** A term's card data. `notStored`: the caller just read the storage without finding it. */
export function lookupTerm(
  term: string,
  lang: Lang,
  opts: { notStored?: boolean } = {},
): Promise<TermCardData> {
  const key = keyOf(term, lang);
  const have = resolved.get(key);
  if (have) return Promise.resolve(have);
  let p = inflight.get(key);
  if (p) return p;
  const stored = opts.notStored ? Promise.resolve([term]) : readStored([term], lang);
  p = stored.then(() => {
    // readStored resolved it when a stored copy was found.
    const d = resolved.get(key);
    if (d) return d;
    return fromBackground(term, lang).then((fresh) => {
      resolved.set(key, fresh);
      return fresh;
    });
  });
  inflight.set(key, p);
  // A failure (e.g. the extension was reloaded) is not cached.
  p.then(
    () => inflight.delete(key),
    () => inflight.delete(key),
  );
  return p;
}

/** Language guesses from the page's text, per hovered element (pointer moves ask again and again). */
const guesses = new WeakMap<Element | Document, CardLang | null>();

/** Guesses from the text around the term: its first ancestor with a few sentences. */
function guessNear(el: Element | null): CardLang | null {
  const key = el ?? document;
  if (guesses.has(key)) return guesses.get(key) ?? null;
  let e = el;
  while (e && e !== document.body && (e.textContent ?? '').length < 400) e = e.parentElement;
  const block = e ?? document.body ?? document.documentElement;
  const guess = guessCardLang((block.textContent ?? '').slice(0, 4000));
  guesses.set(key, guess);
  return guess;
}

/** The card's language: the user's choice, else the hovered text's or the page's (see utils). */
export function cardLanguage(setting: string | undefined, near?: Node | null): Lang {
  const el = near ? (near instanceof Element ? near : near.parentElement) : null;
  return resolveCardLang({
    setting,
    elementLang: el?.closest('[lang]')?.getAttribute('lang'),
    documentLang: document.documentElement.getAttribute('lang'),
    guess: () => guessNear(el),
    browserLang: navigator.language,
  });
}
