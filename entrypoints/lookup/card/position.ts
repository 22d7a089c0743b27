/**
 * Where the term is on screen (light: stays in the content script). Placing the card beside it
 * with Floating UI is the renderer's job (place-card.ts, loaded on demand).
 */

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
