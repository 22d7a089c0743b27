/**
 * Hostile structure and environment pages (issue 8): shadow roots, frames across origins, a
 * strict CSP, overridden builtins, swallowed events… Served by serveHostile (hostile-pages.ts).
 */
import { COUNTER, esc, html, type HostilePage } from './hostile-pages';

export const STRICT_CSP = "default-src 'none'";

/** Events a hostile page swallows on window, in the capture phase, before anyone else. */
export const SWALLOWED_EVENTS = [
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'pointerdown',
  'pointerup',
  'mousemove',
  'mouseover',
  'mouseout',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'focus',
  'blur',
  'scroll',
  'wheel',
  'resize',
  'selectionchange',
  'touchstart',
  'touchmove',
  'touchend',
];

/** Main-world overrides of every global the content script might use. */
const OVERRIDES = `<script>
  (function () {
    var boom = function () { throw new Error('page override called'); };
    window.__overridden = [];
    function kill(obj, name, value) {
      try {
        Object.defineProperty(obj, name, { value: value, configurable: true, writable: true });
        window.__overridden[window.__overridden.length] = name;
      } catch (e) {}
    }
    kill(window, 'Range', function () { throw new Error('no Range'); });
    kill(window, 'StaticRange', function () { throw new Error('no StaticRange'); });
    kill(window, 'Highlight', function () { throw new Error('no Highlight'); });
    kill(window, 'MutationObserver', function () { throw new Error('no MutationObserver'); });
    kill(window, 'CSS', { highlights: { set: boom, get: boom, delete: boom, has: boom } });
    // Every other builtin, by owner: each one replaced by a function that throws.
    var doomed = [
      [window, ['PerformanceObserver', 'requestIdleCallback', 'requestAnimationFrame',
        'TreeWalker', 'setTimeout', 'getComputedStyle', 'getSelection']],
      [Document.prototype, ['createTreeWalker', 'createRange', 'caretPositionFromPoint',
        'caretRangeFromPoint', 'elementFromPoint']],
      [Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'contains', 'normalize']],
      [Element.prototype, ['attachShadow', 'append', 'getClientRects', 'getBoundingClientRect']],
      [EventTarget.prototype, ['addEventListener']],
      [Array.prototype, ['push', 'map', 'filter', 'indexOf', 'slice', 'join']],
      [Array, ['from']],
      [Object, ['keys']],
      [JSON, ['parse', 'stringify']],
      [Promise.prototype, ['then']],
      [Map.prototype, ['set', 'get']],
      [Set.prototype, ['add']],
      [WeakMap.prototype, ['set']],
      [String.prototype, ['slice']],
      [RegExp.prototype, ['exec']],
    ];
    for (var i = 0; i < doomed.length; i++) {
      for (var j = 0; j < doomed[i][1].length; j++) kill(doomed[i][0], doomed[i][1][j], boom);
    }
  })();
</script>`;

export function structurePages(o: { url: string; altUrl: string }): Record<string, HostilePage> {
  const inner = (label: string) =>
    html('Cadre', `<p id="inner">${esc(label)} : Eurojust et Frontex.</p>`);
  return {
    'csp.html': {
      headers: { 'content-security-policy': STRICT_CSP },
      body: html(
        'CSP stricte',
        `<p id="t">Sous une CSP stricte, la coopération avec Europol et Eurojust continue.</p>
<details id="d" data-mutates><summary>Plus</summary><p>Détails.</p></details>`,
      ),
    },
    'frame-inner.html': { body: inner('Cadre') },
    'frames.html': {
      body: html(
        'Cadres',
        `${COUNTER}
<p id="top">Page principale : Europol.</p>
<iframe id="same" src="/frame-inner.html?same" width="600" height="80"></iframe>
<iframe id="cross" src="${o.altUrl}frame-inner.html?cross" width="600" height="80"></iframe>
<iframe id="sandboxed" sandbox src="/frame-inner.html?sandbox" width="600" height="80"></iframe>
<iframe id="sandbox-scripts" sandbox="allow-scripts" src="/frame-inner.html?sandbox-scripts" width="600" height="80"></iframe>
<iframe id="srcdoc" srcdoc="<p>Dans srcdoc : Frontex.</p>" width="600" height="80"></iframe>`,
      ),
    },
    'shadow.html': {
      body: html(
        'Racines fantômes',
        `${COUNTER}
<p id="light">Lumière : CJUE.</p>
<div id="open-host"></div>
<div id="closed-host"></div>
<div id="dsd"><template shadowrootmode="open"><p>Déclaratif : Frontex.</p></template></div>
<script>
  var open = document.getElementById('open-host').attachShadow({ mode: 'open' });
  open.innerHTML = '<p>Ombre ouverte : Europol.</p><div id="nested"></div>';
  open.getElementById('nested').attachShadow({ mode: 'open' }).innerHTML = '<p>Imbriquée : Eurojust.</p>';
  var closed = document.getElementById('closed-host').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>Ombre fermée : Europol et Eurojust.</p>';
</script>`,
      ),
    },
    'structures.html': {
      body: html(
        'Structures',
        `${COUNTER}
<p id="plain">Texte ordinaire : Europol.</p>
<template id="tpl"><p>Dans un gabarit : Eurojust et Frontex.</p></template>
<svg width="400" height="40" id="svg"><text x="0" y="20">SVG : Eurojust et Frontex</text></svg>
<p id="vertical" style="writing-mode: vertical-rl; height: 260px">Vertical : Eurojust.</p>
<p id="rtl" dir="rtl" lang="ar">هذه فقرة باللغة العربية تذكر Frontex في وسط النص ثم تعود إلى العربية.</p>
<p id="rtl2" dir="rtl" lang="ar">التعاون مع CJUE مستمر.</p>`,
      ),
    },
    'editable.html': {
      body: html(
        'Édition',
        `${COUNTER}
<p id="plain">Texte ordinaire : Europol.</p>
<div id="ce" contenteditable="true" data-mutates><p>Éditeur : Eurojust et Frontex.</p></div>
<div id="ce-plain" contenteditable="plaintext-only" data-mutates>Éditeur brut : Eurojust.</div>
<p id="later" data-mutates>Bientôt modifiable : Frontex.</p>
<textarea id="ta" data-mutates>Brouillon : Eurojust et Frontex.</textarea>
<input id="in" value="Eurojust Frontex" data-mutates>
<select id="sel"><option>Eurojust</option><option>Frontex</option></select>`,
      ),
    },
    'design-mode.html': {
      body: html(
        'Mode conception',
        `<p id="p" data-mutates>En mode conception : Europol et Eurojust.</p>
<script>document.designMode = 'on';</script>`,
        { bodyAttrs: 'data-mutates' },
      ),
    },
    'overrides.html': {
      body: html(
        'Surcharges',
        `${COUNTER}
<p id="t">Une page qui casse tout, et cite pourtant Europol et Eurojust.</p>
${OVERRIDES}`,
      ),
    },
    'stop-events.html': {
      body: html(
        'Événements avalés',
        `<p id="t">Rien ne passe, sauf peut-être Europol et Eurojust.</p>
<script>
  window.__seen = 0;
  ${JSON.stringify(SWALLOWED_EVENTS)}.forEach(function (type) {
    var stop = function (e) { window.__seen++; e.stopImmediatePropagation(); e.stopPropagation(); };
    window.addEventListener(type, stop, true);
    document.addEventListener(type, stop, true);
  });
</script>`,
      ),
    },
    'markup.html': {
      body: html(
        'Balises en texte',
        `${COUNTER}
<p id="m1">${esc('<img src=x onerror=alert(1)>')} Europol ${esc('<script>alert(2)</script>')}</p>
<p id="m2"><a href="javascript:alert(3)">Eurojust</a> ${esc('javascript:alert(4)')} ${esc('"><svg onload=alert(5)>')}</p>
<p id="m3">${esc("'><iframe src=javascript:alert(6)>")} Frontex ${esc('{{constructor.constructor("alert(7)")()}}')}</p>`,
      ),
    },
    'settings.html': {
      body: html('Réglages', `${COUNTER}\n<p id="t">Page témoin : Europol et Eurojust.</p>`),
    },
  };
}
