/**
 * Card data from the background, on demand, cached per term and language: in memory for the
 * page's life, and in storage.local so a card can appear at once when the service worker is asleep
 * (stale-while-revalidate: the background's answer replaces a stored copy that differs).
 */
import type { TermCardData } from '../../../utils/messages';
import { guessCardLang, resolveCardLang, type CardLang } from '../../../utils/page-language';
import { sendMessage } from '../../../utils/send-message';

export type Lang = CardLang;

const resolved = new Map<string, TermCardData>();
const inflight = new Map<string, Promise<TermCardData>>();
const listeners = new Set<(key: string, data: TermCardData) => void>();
const STORE_PREFIX = 'vdl-card:';

const keyOf = (term: string, lang: Lang) => `${lang}:${term}`;

/** Data already at hand (no wait), if any. */
export function peekTerm(term: string, lang: Lang): TermCardData | undefined {
  return resolved.get(keyOf(term, lang));
}

/** Called when fresher data arrives for a term already shown from the stored copy. */
export function onTermData(fn: (term: string, lang: Lang, data: TermCardData) => void): () => void {
  const l = (key: string, data: TermCardData) => {
    const i = key.indexOf(':');
    fn(key.slice(i + 1), key.slice(0, i) as Lang, data);
  };
  listeners.add(l);
  return () => listeners.delete(l);
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

function fromStore(term: string, lang: Lang): Promise<TermCardData | null> {
  const skey = STORE_PREFIX + keyOf(term, lang);
  try {
    return browser.storage.local.get(skey).then(
      (r) => (valid(term, r[skey]) ? r[skey] : null),
      () => null,
    );
  } catch {
    return Promise.resolve(null);
  }
}

function store(term: string, lang: Lang, data: TermCardData, previous: TermCardData | null): void {
  if (previous && JSON.stringify(previous) === JSON.stringify(data)) return;
  try {
    void browser.storage.local.set({ [STORE_PREFIX + keyOf(term, lang)]: data }).catch(() => {});
  } catch {
    // Storage unavailable (extension reloaded): the memory cache still works.
  }
}

export function lookupTerm(term: string, lang: Lang): Promise<TermCardData> {
  const key = keyOf(term, lang);
  const have = resolved.get(key);
  if (have) return Promise.resolve(have);
  let p = inflight.get(key);
  if (p) return p;
  const bg = fromBackground(term, lang);
  const stored = fromStore(term, lang);
  p = new Promise<TermCardData>((ok, fail) => {
    let done = false;
    const win = (d: TermCardData) => {
      if (done) return;
      done = true;
      resolved.set(key, d);
      ok(d);
    };
    void stored.then((d) => d && win(d));
    bg.then(
      (d) => {
        const wasStored = done;
        void stored.then((old) => store(term, lang, d, old));
        if (!wasStored) return win(d);
        if (JSON.stringify(resolved.get(key)) === JSON.stringify(d)) return;
        resolved.set(key, d);
        for (const l of listeners) l(key, d);
      },
      (err: unknown) => {
        void stored.then((d) => {
          if (!d) fail(err);
        });
      },
    );
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
