/**
 * Generated hostile and extreme pages (issue 8), built in memory and served by a tiny server.
 *
 * Pages are static HTML wherever the browser allows it, so their weight is parsed before the
 * content script starts (document_idle) and no page script pollutes the long-task record while
 * we scan. Where HTML cannot express the case (the parser caps nesting at 512 levels and splits
 * text nodes at 64 KB), a synchronous inline script builds it during parsing, still before
 * DOMContentLoaded. The server answers on 127.0.0.1 and on localhost: two origins (and sites) on
 * one port, for cross-origin frames.
 *
 * Conventions shared with the probes (page-probes.ts): an element carrying `data-mutates` is
 * changed by the page itself (its mutations are expected); `#counter` is a page-script click
 * counter whose text is the click count (the page's own behaviour).
 */
import { createServer, type Server } from 'node:http';

export interface HostilePage {
  body: string;
  headers?: Record<string, string>;
}

export interface HostileServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** http://localhost:<port>/ (another origin, same server) */
  altUrl: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves `build(origins)`'s pages by path ('/name.html'); `build` is called once the port is
 * known, so pages can point at the other origin.
 */
export async function serveHostile(
  build: (o: { url: string; altUrl: string }) => Record<string, HostilePage>,
): Promise<HostileServer> {
  let pages: Record<string, HostilePage> = {};
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\//, '');
    const p = Object.prototype.hasOwnProperty.call(pages, path) ? pages[path] : undefined;
    if (!p) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = Buffer.from(p.body, 'utf8');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-store',
      ...p.headers,
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const url = `http://127.0.0.1:${port}/`;
  const altUrl = `http://localhost:${port}/`;
  pages = build({ url, altUrl });
  return {
    url,
    altUrl,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/* ---------------------------------------------------------------------------------------------
 * Building blocks
 * ------------------------------------------------------------------------------------------- */

/** Neutral French prose: no glossary term in it (checked by the tests' exact counts). */
const FILLER = [
  'Le comité s’est réuni mardi matin pour examiner le calendrier des travaux.',
  'Les participants ont relu le compte rendu de la séance précédente sans y apporter de changement.',
  'La salle du deuxième étage était trop petite, et la réunion a commencé avec un léger retard.',
  'Un tableau récapitulatif sera diffusé la semaine prochaine à tous les membres du groupe.',
  'Plusieurs questions pratiques restent ouvertes, notamment celle des traductions et des horaires.',
  'Le secrétariat propose de fixer la prochaine rencontre au début du mois suivant.',
];

export function filler(chars: number, seed = 0): string {
  let out = '';
  for (let i = seed; out.length < chars; i++) out += FILLER[i % FILLER.length] + ' ';
  return out.slice(0, chars);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's own behaviour: a click counter, kept out of the mutation record. */
export const COUNTER = `<p data-mutates><button id="counter" type="button">0</button></p>
<script>
  document.getElementById('counter').addEventListener('click', function (e) {
    e.currentTarget.textContent = String(Number(e.currentTarget.textContent) + 1);
  });
</script>`;

export function html(
  title: string,
  body: string,
  {
    head = '',
    lang = 'fr',
    bodyAttrs = '',
  }: { head?: string; lang?: string; bodyAttrs?: string } = {},
): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head>
<body${bodyAttrs ? ' ' + bodyAttrs : ''}>
${body}
</body>
</html>
`;
}

/* ---------------------------------------------------------------------------------------------
 * Extreme sizes
 * ------------------------------------------------------------------------------------------- */

export interface SizeCase {
  path: string;
  label: string;
  /** Exact number of vdl- ranges expected once the scan is over. */
  expected: number;
  /** The only texts the ranges may cover. */
  terms: string[];
}

/** ~5 MB of text in 5,000 paragraphs; one "Europol" every fifth paragraph. */
function bigText(): string {
  const parts: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const text = filler(1000, i);
    parts.push(
      i % 5 === 0 ? `<p>${text.slice(0, 500)} Europol ${text.slice(500)}</p>` : `<p>${text}</p>`,
    );
  }
  return html('5 MB de texte', COUNTER + '\n' + parts.join('\n'));
}

/** 200,000 text nodes: 2,000 paragraphs of 100 nodes split by comments; "Euro|pol" spans two. */
function textNodes(): string {
  const parts: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const nodes: string[] = [];
    for (let k = 0; k < 98; k++) nodes.push(`mot${k} `);
    nodes.push('Euro', 'pol.');
    parts.push(`<p>${nodes.join('<!---->')}</p>`);
  }
  return html('200 000 nœuds texte', COUNTER + '\n' + parts.join('\n'));
}

/**
 * 5,000 nested elements, built by script (the HTML parser flattens past 512 levels). Block
 * elements alternate with inline ones; the blocks are `display: contents` because 5,000 nested
 * block boxes crash Chromium's renderer by themselves (checked: 5,000 plain nested divs crash
 * the tab with no extension loaded; 2,000 do not).
 */
function nesting(): string {
  return html(
    '5 000 niveaux',
    `${COUNTER}
<div id="deep"></div>
<script>
  (function () {
    var el = document.getElementById('deep');
    for (var i = 0; i < 5000; i++) {
      var d = document.createElement(i % 2 ? 'span' : 'div');
      if (!(i % 2)) d.style.display = 'contents';
      if (i % 500 === 0) d.append('Niveau ' + i + ' : Eurojust. ');
      el.append(d);
      el = d;
    }
    el.append('Au fond : Europol.');
    document.documentElement.dataset.depth = String(5000);
  })();
</script>`,
  );
}

/** One text node of 1 MB (the parser splits text at 64 KB: normalize() joins it back). */
function oneMbNode(): string {
  let text = '';
  let n = 0;
  while (text.length < 1_048_576 - 12_000) {
    text += filler(10_000, n) + ' Frontex ';
    n++;
  }
  text += filler(1_048_576 - text.length - 9, n) + ' Frontex';
  return html(
    'Un nœud de 1 Mo',
    `${COUNTER}
<p id="big">${text}</p>
<script>
  var big = document.getElementById('big');
  big.normalize();
  document.documentElement.dataset.nodes = String(big.childNodes.length);
  document.documentElement.dataset.chars = String(big.firstChild.data.length);
</script>`,
  );
}
export const ONE_MB_MATCHES = (() => {
  let len = 0;
  let n = 0;
  while (len < 1_048_576 - 12_000) {
    len += 10_000 + 9;
    n++;
  }
  return n + 1;
})();

/** 50,000 matches: 5,000 short paragraphs of ten terms. */
function manyMatches(): string {
  const parts: string[] = [];
  for (let i = 0; i < 5000; i++)
    parts.push(
      `<p>${i} : Europol, Eurojust, Frontex, Europol, Eurojust, Frontex, Europol, Eurojust, Frontex et Europol.</p>`,
    );
  return html('50 000 correspondances', COUNTER + '\n' + parts.join('\n'));
}

export const SIZE_CASES: SizeCase[] = [
  { path: 'big-text.html', label: '5 MB of text', expected: 1000, terms: ['Europol'] },
  { path: 'text-nodes.html', label: '200,000 text nodes', expected: 2000, terms: ['Europol'] },
  {
    path: 'nesting.html',
    label: '5,000-level nesting',
    expected: 11,
    terms: ['Eurojust', 'Europol'],
  },
  {
    path: 'one-mb-node.html',
    label: 'one 1 MB text node',
    expected: ONE_MB_MATCHES,
    terms: ['Frontex'],
  },
  {
    path: 'many-matches.html',
    label: '50,000 matches',
    expected: 50_000,
    terms: ['Eurojust', 'Europol', 'Frontex'],
  },
];

export function sizePages(): Record<string, HostilePage> {
  return {
    'big-text.html': { body: bigText() },
    'text-nodes.html': { body: textNodes() },
    'nesting.html': { body: nesting() },
    'one-mb-node.html': { body: oneMbNode() },
    'many-matches.html': { body: manyMatches() },
    'quiet.html': { body: html('Calme', COUNTER + '\n<p>' + filler(2000) + ' Europol.</p>') },
  };
}

/* ---------------------------------------------------------------------------------------------
 * Heavy mutation
 * ------------------------------------------------------------------------------------------- */

/**
 * `churn(perSecond, seconds)`: adds and removes `perSecond` paragraphs a second (in 20 ticks),
 * each naming Frontex and Eurojust, then leaves one final paragraph ("Fin : CJUE.").
 * `swap(times, everyMs)`: replaces the whole body (300 paragraphs, Europol every 50th) each
 * `everyMs` (views are numbered across calls). Both resolve when done; `window.live()` counts the terms in the DOM now.
 */
export function churnPage(): string {
  return html(
    'Agitation',
    `<main id="stable"><p>Un paragraphe stable qui cite Europol.</p></main>
${COUNTER}
<div id="churn" data-mutates></div>
<script>
  window.churn = function (perSecond, seconds) {
    return new Promise(function (done) {
      var box = document.getElementById('churn');
      var batch = Math.ceil(perSecond / 20);
      var ticks = 0;
      var serial = 0;
      var timer = setInterval(function () {
        var frag = document.createDocumentFragment();
        for (var i = 0; i < batch; i++) {
          var p = document.createElement('p');
          p.textContent = 'Ligne ' + serial++ + ' : Frontex et Eurojust.';
          frag.append(p);
        }
        box.append(frag);
        while (box.childNodes.length > batch) box.firstChild.remove();
        if (++ticks >= seconds * 20) {
          clearInterval(timer);
          var last = document.createElement('p');
          last.textContent = 'Fin : CJUE.';
          box.replaceChildren(last);
          done(serial);
        }
      }, 50);
    });
  };
  window.swap = function (times, everyMs) {
    // From now on the page changes its whole body (expected by the probes).
    document.body.setAttribute('data-mutates', '');
    return new Promise(function (done) {
      var n = 0;
      var timer = setInterval(function () {
        n++;
        window.views = (window.views || 0) + 1;
        var main = document.createElement('main');
        for (var i = 0; i < 300; i++) {
          var p = document.createElement('p');
          p.textContent = 'Vue ' + window.views + ', ligne ' + i + (i % 50 === 0 ? ' : Europol.' : '.');
          main.append(p);
        }
        document.body.replaceChildren(main);
        if (n >= times) {
          clearInterval(timer);
          done(n);
        }
      }, everyMs);
    });
  };
  window.live = function () {
    var t = document.body.textContent;
    var m = t.match(/Europol|Eurojust|Frontex|CJUE/g);
    return m ? m.length : 0;
  };
</script>`,
  );
}

/* ---------------------------------------------------------------------------------------------
 * Hostile structure and environment
 * ------------------------------------------------------------------------------------------- */

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
    kill(window, 'PerformanceObserver', boom);
    kill(window, 'requestIdleCallback', boom);
    kill(window, 'requestAnimationFrame', boom);
    kill(window, 'TreeWalker', boom);
    kill(window, 'CSS', { highlights: { set: boom, get: boom, delete: boom, has: boom } });
    kill(Document.prototype, 'createTreeWalker', boom);
    kill(Document.prototype, 'createRange', boom);
    kill(Document.prototype, 'caretPositionFromPoint', boom);
    kill(Document.prototype, 'caretRangeFromPoint', boom);
    kill(Document.prototype, 'elementFromPoint', boom);
    kill(Node.prototype, 'appendChild', boom);
    kill(Node.prototype, 'insertBefore', boom);
    kill(Node.prototype, 'removeChild', boom);
    kill(Node.prototype, 'contains', boom);
    kill(Node.prototype, 'normalize', boom);
    kill(Element.prototype, 'attachShadow', boom);
    kill(Element.prototype, 'append', boom);
    kill(Element.prototype, 'getClientRects', boom);
    kill(Element.prototype, 'getBoundingClientRect', boom);
    kill(EventTarget.prototype, 'addEventListener', boom);
    kill(Array.prototype, 'push', boom);
    kill(Array.prototype, 'map', boom);
    kill(Array.prototype, 'filter', boom);
    kill(Array.prototype, 'indexOf', boom);
    kill(Array.prototype, 'slice', boom);
    kill(Array.prototype, 'join', boom);
    kill(Array, 'from', boom);
    kill(Object, 'keys', boom);
    kill(JSON, 'parse', boom);
    kill(JSON, 'stringify', boom);
    kill(Promise.prototype, 'then', boom);
    kill(Map.prototype, 'set', boom);
    kill(Map.prototype, 'get', boom);
    kill(Set.prototype, 'add', boom);
    kill(WeakMap.prototype, 'set', boom);
    kill(String.prototype, 'slice', boom);
    kill(RegExp.prototype, 'exec', boom);
    kill(window, 'setTimeout', boom);
    kill(window, 'getComputedStyle', boom);
    kill(window, 'getSelection', boom);
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
