/**
 * The host whose per-site setting applies to a frame: the top page's, so an iframe follows the
 * page it is embedded in (pure: the caller passes what the frame can see).
 */
export interface FrameView {
  /** This frame's own hostname. */
  hostname: string;
  /** True in the top frame. */
  isTop: boolean;
  /** The top frame's hostname when readable (same-origin chain), else undefined. */
  topHostname?: string;
  /** `location.ancestorOrigins` (Chromium, WebKit): nearest parent first, top last. */
  ancestorOrigins?: readonly string[];
  /** `document.referrer` (the parent's URL for a freshly loaded iframe, if not stripped). */
  referrer?: string;
}

export function topFrameHost(view: FrameView): string {
  if (view.isTop) return view.hostname;
  if (view.topHostname) return view.topHostname;
  const top = view.ancestorOrigins?.[view.ancestorOrigins.length - 1];
  const fromTop = hostOf(top);
  if (fromTop) return fromTop;
  // Only the parent is known from the referrer; for nested frames this is a best effort.
  return hostOf(view.referrer) || view.hostname;
}

function hostOf(url: string | undefined): string {
  if (!url || url === 'null') return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
