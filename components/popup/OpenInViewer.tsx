/**
 * « Open in Val Duchesse Lookup » on a tab that shows a PDF: content scripts cannot reach the
 * browser's own PDF viewer, so the popup offers to show the same address in the extension's
 * viewer (in the same tab). A PDF is recognised by its address (path ending in .pdf) or, in
 * Chromium, by the document's content type read with the scripting permission the extension
 * already has (Firefox's PDF viewer cannot be scripted: the address is all it has).
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { isPdfPath } from '../../utils/pdf/pdf-source';

async function pdfTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null || !tab.url || !/^(https?|file):/.test(tab.url)) return null;
  const found = { id: tab.id, url: tab.url };
  if (isPdfPath(tab.url)) return found;
  if (!browser.scripting) return null;
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.contentType,
    });
    return r?.result === 'application/pdf' ? found : null;
  } catch {
    return null;
  }
}

export function viewerUrlFor(pdfUrl: string): string {
  const u = new URL(browser.runtime.getURL('/viewer.html'));
  u.searchParams.set('file', pdfUrl);
  return u.href;
}

export function OpenInViewer() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  useEffect(() => {
    let alive = true;
    void pdfTab()
      .catch(() => null)
      .then((t) => alive && setTab(t));
    return () => {
      alive = false;
    };
  }, []);
  if (!tab) return null;
  return (
    <section class="open-in-viewer">
      <button
        type="button"
        class="chip"
        title={i18n.t('viewer.popupOpenHint')}
        onClick={() =>
          void browser.tabs
            .update(tab.id, { url: viewerUrlFor(tab.url) })
            .then(() => window.close())
        }
      >
        {i18n.t('viewer.popupOpen')}
      </button>
    </section>
  );
}
