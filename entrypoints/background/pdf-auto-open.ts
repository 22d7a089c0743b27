/**
 * Opt-in: web PDFs open in the extension's viewer. When a tab starts loading an http(s) address
 * whose path ends in .pdf, the tab is sent to viewer.html?file=<that address>.
 *
 * Why the address and not the response's content type: reading headers needs `webRequest` (a
 * new, broad permission and install warning), and probing each address with a request of our own
 * would send the user's browsing to the network twice. `tabs.onUpdated` gives the address of every
 * tab already (host access to all sites, which the content script needs anyway), so this costs no
 * permission and sends nothing; PDFs served from addresses without .pdf are still one click away
 * in the popup. The address is only compared, never stored or sent.
 */
import { shouldAutoOpen } from '../../utils/pdf/pdf-source';
import { isSiteEnabled } from '../../utils/settings';
import { loadSettings } from '../../utils/settings-store';

export function setupPdfAutoOpen(): void {
  const onUpdated = (tabId: number, info: { url?: string; status?: string }) => {
    const url = info.url;
    if (!url || !shouldAutoOpen(url)) return;
    void loadSettings().then((s) => {
      if (!s.openPdfInViewer || !isSiteEnabled(s, new URL(url).hostname)) return;
      const viewer = new URL(browser.runtime.getURL('/viewer.html'));
      viewer.searchParams.set('file', url);
      return browser.tabs.update(tabId, { url: viewer.href });
    });
  };
  browser.tabs.onUpdated.addListener(onUpdated);
}
