/**
 * The hover card's buttons: open a passage in the reader, copy its citation, search the term,
 * close. Clicks are seen from a capture listener on window, so they work even when a page handler
 * stops their propagation before they reach the shadow tree.
 */
import type { TermPassageRef } from '../../../utils/messages';
import { guard } from './card-helpers';
import type { CardView } from './card-ui-api';
import { cardUiNow } from './load-card-ui';
import type { CardControl } from './open-card-state';
import { sendMessage } from '../../../utils/send-message';

export function cardClickHandler(card: CardControl, view: () => CardView | null) {
  function openPassage(p: TermPassageRef): void {
    void sendMessage({
      type: 'openReader',
      doc: p.doc,
      passage: p.passage,
      term: card.current()?.hit.term,
    }).catch((err: unknown) => console.error('[vdl] openReader:', err));
  }

  async function onCopy(p: TermPassageRef): Promise<void> {
    const lib = cardUiNow();
    if (!lib) return;
    card.setStatus(await lib.copyCitation(p, card.current()?.lang ?? 'fr'));
  }

  function onSearch(): void {
    const cur = card.current();
    const q = cur?.data?.title ?? cur?.hit.range.toString().trim() ?? '';
    if (!q) return;
    void sendMessage({ type: 'openSearch', q: q.slice(0, 200) }).catch((err: unknown) =>
      console.error('[vdl] openSearch:', err),
    );
  }

  return guard((e: MouseEvent) => {
    const ui = view();
    const cur = card.current();
    if (!ui || !cur || e.target !== ui.host) return;
    if (e.type === 'auxclick' && e.button !== 1) return;
    if (e.type === 'click' && ui.handleClick(e)) return;
    let action: string | null = null;
    let passage: string | null = null;
    for (const n of e.composedPath()) {
      if (n === ui.host) break;
      const el = n as Element;
      if (typeof el.getAttribute !== 'function') continue;
      action ??= el.getAttribute('data-action');
      passage ??= el.getAttribute('data-passage');
    }
    if (!action) return;
    const ref = cur.data?.passages.find((x) => x.passage === passage);
    if (action === 'open') {
      // Pages cannot navigate to extension pages: the background opens the reader (any button).
      e.preventDefault();
      if (ref) openPassage(ref);
    } else if (e.type === 'click') {
      if (action === 'copy' && ref) void onCopy(ref);
      else if (action === 'search') onSearch();
      else if (action === 'close') card.close({ restoreFocus: true });
    }
  });
}
