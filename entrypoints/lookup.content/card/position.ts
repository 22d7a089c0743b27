/** Places the card beside the term with Floating UI: flipped, shifted, sized to the viewport. */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';

/** The rectangle of the term's line box nearest a point (or the first line box). */
export function termRect(range: Range, point?: { x: number; y: number }): DOMRect | null {
  let rects: DOMRect[];
  try {
    rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  } catch {
    return null;
  }
  if (!rects.length) return null;
  if (point) {
    let best = rects[0]!;
    let bestD = Infinity;
    for (const r of rects) {
      const dx = Math.max(r.left - point.x, 0, point.x - r.right);
      const dy = Math.max(r.top - point.y, 0, point.y - r.bottom);
      const d = dx * dx + dy * dy;
      if (d < bestD) [best, bestD] = [r, d];
    }
    return best;
  }
  return rects[0]!;
}

export function isInViewport(r: DOMRect): boolean {
  return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
}

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
