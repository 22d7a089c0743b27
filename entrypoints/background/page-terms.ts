/**
 * Terms detected per tab, merged over its frames, kept in session storage so they survive the
 * service worker going to sleep; drives the toolbar badge and the popup's "on this page" list.
 */
import { storage } from 'wxt/utils/storage';
import { glossaryById } from './corpus-data';

type FrameTerms = Record<string, number>;
type TabTerms = Record<string, FrameTerms>; // frameId → term → count

const key = (tabId: number) => `session:tab-terms-${tabId}` as const;

export async function recordFrameTerms(
  tabId: number,
  frameId: number,
  terms: { term: string; count: number }[],
): Promise<void> {
  const item = (await storage.getItem<TabTerms>(key(tabId))) ?? {};
  const frame: FrameTerms = {};
  for (const { term, count } of terms) if (glossaryById.has(term) && count > 0) frame[term] = count;
  item[String(frameId)] = frame;
  await storage.setItem(key(tabId), item);
  await updateBadge(tabId, item);
}

export async function tabTerms(tabId: number): Promise<Map<string, number>> {
  const item = (await storage.getItem<TabTerms>(key(tabId))) ?? {};
  return mergeFrames(item);
}

function mergeFrames(item: TabTerms): Map<string, number> {
  const out = new Map<string, number>();
  for (const frame of Object.values(item))
    for (const [t, n] of Object.entries(frame)) out.set(t, (out.get(t) ?? 0) + n);
  return out;
}

async function updateBadge(tabId: number, item: TabTerms): Promise<void> {
  const merged = mergeFrames(item);
  let core = 0;
  for (const t of merged.keys()) if (glossaryById.get(t)?.salience === 'core') core++;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f3a68' });
    await browser.action.setBadgeText({ tabId, text: core > 0 ? String(core) : '' });
  } catch {
    // The tab may have closed in the meantime.
  }
}

export async function clearTab(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // Closed tab.
  }
}

/** A new top-level navigation: forget the frames of the previous page. */
export async function resetTopFrame(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}
