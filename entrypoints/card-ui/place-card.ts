/** Places the card beside the term with Floating UI: flipped, shifted, sized to the viewport. */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

export async function placeCard(
  card: HTMLElement,
  rect: DOMRect,
  contextElement: Element | undefined,
): Promise<void> {
  const reference = { getBoundingClientRect: () => rect, contextElement };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(8),
      flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
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
