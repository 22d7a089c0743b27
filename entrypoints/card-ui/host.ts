/**
 * The one `<vdl-card>` host element and its open shadow root. Styles come from a constructable
 * stylesheet (not subject to the page's CSP), with a <style> fallback where adoption fails.
 * Events that happen inside the card stop at the shadow root, so the page's handlers never see them.
 */
import { CARD_CSS } from '../../components/card/card-styles';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where Preact renders. */
  mount: HTMLElement;
  /** (Re-)attaches the host: inside the fullscreen element when there is one. */
  attach(): void;
  remove(): void;
}

const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointercancel',
  'touchstart',
  'touchmove',
  'touchend',
  'wheel',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'focusin',
  'focusout',
  'copy',
  'cut',
  'paste',
  'selectstart',
  'dragstart',
] as const;

/** Elements that cannot show our host as a child even when they are fullscreen. */
const REPLACED = /^(VIDEO|IMG|CANVAS|IFRAME|EMBED|OBJECT|AUDIO|svg)$/i;

export function createCardHost(): CardHost {
  const host = document.createElement('vdl-card');
  const root = host.attachShadow({ mode: 'open' });
  let adopted: boolean;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    adopted = root.adoptedStyleSheets.length === 1;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    root.append(style);
  }
  const mount = document.createElement('div');
  root.append(mount);
  const stop = (e: Event) => e.stopPropagation();
  for (const type of CONTAINED_EVENTS) {
    root.addEventListener(type, stop, { passive: type === 'wheel' || type.startsWith('touch') });
  }

  const parentFor = (): Element => {
    const fs = document.fullscreenElement;
    if (fs && !REPLACED.test(fs.tagName)) return fs;
    return document.documentElement;
  };
  return {
    host,
    root,
    mount,
    attach() {
      const parent = parentFor();
      if (host.parentNode !== parent || !host.isConnected) parent.append(host);
    },
    remove() {
      host.remove();
    },
  };
}
