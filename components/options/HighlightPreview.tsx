/**
 * Live preview of the highlight style: a sample sentence whose terms are marked with the CSS
 * Custom Highlight API exactly as on a page, under the same names (utils/highlight-plan.ts) and
 * with the content script's own ::highlight() stylesheet, adopted as a constructed sheet.
 */
import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import pageHighlightCss from '../../entrypoints/highlights.content.css?raw';
import {
  effectiveBackground,
  hexColor,
  parseColor,
  toneFor,
  toneName,
  type Rgba,
} from '../../utils/highlight-contrast';
import { highlightName } from '../../utils/highlight-plan';
import type { HighlightStyle } from '../../utils/settings';

const SAMPLE_TERMS = ['PNR', 'SIS'];

/** The localised sample sentence, its two term placeholders ($1, $2) filled in. */
function sampleText(): string {
  return i18n.t('options.previewSentence', [SAMPLE_TERMS[0]!, SAMPLE_TERMS[1]!]);
}

/** The opaque background behind `el` (as on a page: the light or dark highlight colours). */
function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = parseColor(getComputedStyle(e).backgroundColor);
    if (c) layers.push(c);
  }
  return effectiveBackground(layers, hexColor('#ffffff'));
}

export function HighlightPreview(props: { style: HighlightStyle }) {
  const textRef = useRef<HTMLParagraphElement>(null);

  // The page's highlight stylesheet, once (no node added).
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageHighlightCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, []);

  // The ranges: each sample term, as the page scanner finds it, under the current style's name
  // ("none" registers nothing, as on a page).
  useEffect(() => {
    const el = textRef.current;
    const base = highlightName('core', props.style);
    if (!el || !base || typeof Highlight === 'undefined' || !CSS.highlights) return;
    const ranges: Range[] = [];
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const text = node.textContent ?? '';
      for (const term of SAMPLE_TERMS) {
        for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
          const r = new Range();
          r.setStart(node, i);
          r.setEnd(node, i + term.length);
          ranges.push(r);
        }
      }
    }
    // The variant a page of this background would get. The sample stands in for a web page and
    // follows the OS scheme (options.css): read its background after styles apply (a frame
    // later), and again when the OS scheme changes.
    let name: string | null = null;
    const apply = () => {
      if (name) CSS.highlights.delete(name);
      name = toneName(base, toneFor(backgroundOf(el)));
      CSS.highlights.set(name, new Highlight(...ranges));
    };
    const frame = requestAnimationFrame(apply);
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => requestAnimationFrame(apply);
    mq.addEventListener('change', onScheme);
    return () => {
      cancelAnimationFrame(frame);
      mq.removeEventListener('change', onScheme);
      if (name) CSS.highlights.delete(name);
    };
  }, [props.style]);

  return (
    <figure class="sample-frame" aria-labelledby="preview-caption">
      <figcaption id="preview-caption">{i18n.t('options.previewCaption')}</figcaption>
      <p class="sample" ref={textRef}>
        {sampleText()}
      </p>
    </figure>
  );
}
