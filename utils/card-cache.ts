/**
 * Card data cached in storage.local, so a card can appear without waking the service worker
 * (issue 12): the background writes a term's data the first time it answers for it, the hover
 * card and its prefetch read it. Keys carry the extension's version, and the background drops
 * every copy when the extension is installed or updated, so a stored copy is never stale: the
 * page never revalidates it (no second message, no comparison, no write on the page's thread).
 */
export const CARD_CACHE_PREFIX = 'vdl-card:';

export function cardCacheKey(version: string, lang: string, term: string): string {
  return `${CARD_CACHE_PREFIX}${version}:${lang}:${term}`;
}
