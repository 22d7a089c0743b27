/** Context menu, keyboard commands and the extension URLs they open. */
import { i18n } from '#i18n';
import { normalizeHost } from '../../utils/settings';
import { loadSettings, updateSettings } from '../../utils/settings-store';

export function readerUrl(p: { doc: string; passage?: string; term?: string; q?: string }): string {
  const u = new URL(browser.runtime.getURL('/reader.html'));
  u.searchParams.set('doc', p.doc);
  if (p.passage) u.searchParams.set('passage', p.passage);
  if (p.term) u.searchParams.set('term', p.term);
  else if (p.q) u.searchParams.set('q', p.q);
  return u.href;
}

export function searchUrl(q: string): string {
  const u = new URL(browser.runtime.getURL('/popup.html'));
  u.searchParams.set('q', q);
  u.searchParams.set('tab', '1');
  return u.href;
}

const MENU_ID = 'vdl-search-selection';

export function setupContextMenu(): void {
  // Firefox for Android has no context menus API: the popup's search stands in.
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    void menus.removeAll().then(() =>
      menus.create({
        id: MENU_ID,
        title: i18n.t('menu.searchSelection'),
        contexts: ['selection'],
      }),
    );
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const q = (info.selectionText ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
    if (!q) return;
    void browser.tabs.create({
      url: searchUrl(q),
      index: tab?.index != null ? tab.index + 1 : undefined,
    });
  });
}

export function setupCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (command === 'toggle-site' && tab?.url) {
      void toggleSite(tab.url);
      return;
    }
    if (command === 'show-card' && tabId != null) {
      browser.tabs.sendMessage(tabId, { type: 'showCardForSelection' }).catch(() => {
        // No content script in this tab (e.g. a browser page).
      });
    }
  });
}

/** Turns the extension off on a site, or back on (keyed on the host of the tab's top frame). */
export async function toggleSite(url: string): Promise<boolean> {
  const host = normalizeHost(url);
  if (!host) return false;
  const s = await loadSettings();
  const off = s.disabledSites.includes(host);
  await updateSettings({
    disabledSites: off ? s.disabledSites.filter((h) => h !== host) : [...s.disabledSites, host],
  });
  return !off;
}
