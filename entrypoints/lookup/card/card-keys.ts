/**
 * The hover card's keys: Escape closes; inside a focused card N / Alt+↓ and P / Alt+↑ step to the
 * next / previous term on the page (issue 13); Alt opens and releasing it closes in alt-hover
 * mode; the show-card command from the background opens the card for the selection, or the first
 * marked term in view.
 */
import { stepDirection } from '../../../utils/term-stepping';
import type { HoverCardDeps, TermHit } from '../lookup-types';
import { guard, isShowCardForSelection } from './card-helpers';
import type { CardControl } from './open-card-state';

export interface CardKeysHost extends CardControl {
  /** The term the pointer rests on while the intent delay runs. */
  pendingHit(): TermHit | null;
  pointerInCard(): boolean;
}

export function cardKeyHandlers(card: CardKeysHost, deps: HoverCardDeps) {
  const trigger = () => deps.settings().cardTrigger;

  const onKeyDown = guard((e: KeyboardEvent) => {
    const cur = card.current();
    if (e.key === 'Escape' && cur) {
      card.close({ restoreFocus: true });
      return;
    }
    const dir = cur && card.focusInCard() ? stepDirection(e) : 0;
    if (dir && cur) {
      e.preventDefault();
      e.stopImmediatePropagation();
      const step = deps.stepTerm?.(cur.hit, dir);
      if (step?.hit) {
        step.hit.range.startContainer.parentElement?.scrollIntoView({
          block: 'center',
          behavior: 'instant',
        });
        card.open(step.hit, { focus: true, by: 'keyboard' });
      }
      if (step?.announce) card.setStatus(step.announce);
      return;
    }
    const pending = card.pendingHit();
    if (e.key === 'Alt' && trigger() === 'alt-hover' && pending && !cur) {
      card.open(pending, { by: 'hover' });
    }
  });

  const onKeyUp = guard((e: KeyboardEvent) => {
    if (
      e.key === 'Alt' &&
      trigger() === 'alt-hover' &&
      card.current()?.by === 'hover' &&
      !card.pointerInCard() &&
      !card.focusInCard()
    ) {
      card.close();
    }
  });

  // The keyboard command (background → this tab): the card for the term at the selection.
  const onMessage = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Validated by hand (the schema is a bare strict object): no validator in every page.
    if (!isShowCardForSelection(raw)) return undefined;
    guard(() => {
      // Nothing selected: the first marked term in view (issue 13).
      const hit = deps.termAtSelection() ?? deps.firstTermInView?.() ?? null;
      if (hit) card.open(hit, { focus: true, by: 'keyboard' });
    })();
    return undefined;
  };

  return { onKeyDown, onKeyUp, onMessage };
}
