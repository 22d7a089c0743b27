/** Places the card beside the term with Floating UI: flipped, shifted, sized to the viewport. */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export async function placeCard(
  card: HTMLElement,
  rect: DOMRect,
  contextElement: Element | undefined,
): Promise<void> {
  fitWidth(card);
  // Measured at its natural height (CSS caps it), not at the last placement's: otherwise a card
  // squeezed once below a term always "fits" there.
  card.style.removeProperty('max-height');
  const reference = { getBoundingClientRect: () => rect, contextElement };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(8),
      // Below or above the term; when neither has room for the whole card (a term mid-screen
      // leaves ~430 px either side at 900 px: one passage), beside it, where the card gets the
      // window's height. bestFit keeps the placement that hides the least of the card.
      flip({
        padding: 8,
        fallbackPlacements: ['top-start', 'right-start', 'left-start', 'bottom-end', 'top-end'],
      }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight }) {
          card.style.setProperty(
            'max-height',
            `${Math.max(160, Math.min(560, availableHeight))}px`,
          );
        },
      }),
    ],
  });
  card.style.setProperty('left', `${Math.round(x)}px`);
  card.style.setProperty('top', `${Math.round(y)}px`);
}

/** The card's widest, CSS px (also in card-styles.ts). */
const CARD_WIDTH = 420;
const MARGIN = 8;

/**
 * Phones (issue 15): the card takes what the screen shows, less a margin. The visual viewport,
 * not the layout one (`100vw`): on a page whose content is wider than the phone, the layout
 * viewport grows past the screen, and a card sized to it would need horizontal scrolling.
 * Floating UI's default boundary is the visual viewport too.
 */
function fitWidth(card: HTMLElement): void {
  const vv = window.visualViewport;
  const seen = vv ? vv.width : document.documentElement.clientWidth;
  if (!(seen > 0)) return;
  card.style.setProperty('width', `${Math.round(Math.min(CARD_WIDTH, seen - 2 * MARGIN))}px`);
  card.style.setProperty('max-width', 'none');
}
