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

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

/** A table of 10,000 short cells (each its own segment); « Europol » in every tenth. */
function tableCells(): string {
  const rows: string[] = [];
  for (let i = 0; i < 5000; i++) {
    rows.push(`<tr><td>${i}</td><td>${i % 5 === 0 ? 'Europol' : 'Lille'}</td></tr>`);
  }
  return html('10 000 cellules', `${COUNTER}\n<table><tbody>${rows.join('')}</tbody></table>`);
}

export const SIZE_CASES: SizeCase[] = [
  { path: 'big-text.html', label: '5 MB of text', expected: 1000, terms: ['Europol'] },
  { path: 'text-nodes.html', label: '200,000 text nodes', expected: 2000, terms: ['Europol'] },
  {
    path: 'table-cells.html',
    label: '10,000 table cells',
    expected: 1000,
    terms: ['Europol'],
  },
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
    'table-cells.html': { body: tableCells() },
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
