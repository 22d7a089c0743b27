/** Context menu, keyboard commands and the extension URLs they open. */
import { i18n } from '#i18n';
import { sendTabMessage } from '../../utils/send-message';
import { normalizeHost } from '../../utils/settings';
import { loadSettings, updateSettings } from '../../utils/settings-store';

/** Opens an extension page in a new tab right after `beside` (the tab the request came from). */
export async function openBeside(url: string, beside?: { index?: number }): Promise<void> {
  await browser.tabs.create({ url, index: beside?.index != null ? beside.index + 1 : undefined });
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
    void openBeside(searchUrl(q), tab);
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
      sendTabMessage(tabId, { type: 'showCardForSelection' }).catch(() => {
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
