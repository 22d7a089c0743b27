/**
 * The card suite's fixture pages that differ from tests/fixtures/card/article.html only in what
 * they test, generated from it so that the article is written once: csp.html (served with a
 * strict CSP by the suite) and hostile.html (an English page with hostile CSS and a fixed bar at
 * the maximum z-index).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './extension';

const TITLE = '<title>Card fixture: article</title>';
const STYLES = '<link rel="stylesheet" href="article.css" />';

function article(): string {
  const html = readFileSync(join(FIXTURES, 'card/article.html'), 'utf8');
  if (!html.includes(TITLE) || !html.includes(STYLES) || !html.includes('<body>\n')) {
    throw new Error('card/article.html changed: update tests/e2e/support/card-pages.ts');
  }
  return html;
}

/** Virtual pages for serveDir's `pages` option, by path. */
export function cardVariantPages(): Record<string, () => string> {
  return {
    '/card/csp.html': () =>
      article().replace(
        TITLE,
        "<title>Card fixture: strict CSP (served with style-src 'self')</title>",
      ),
    '/card/hostile.html': () =>
      article()
        .replace('<html lang="fr">', '<html lang="en">')
        .replace(TITLE, '<title>Card fixture: hostile CSS</title>')
        .replace(STYLES, `${STYLES}\n    <link rel="stylesheet" href="hostile.css" />`)
        .replace(
          '<body>\n',
          '<body>\n    <div class="overlay">z-index war: a fixed bar at the maximum z-index</div>\n',
        ),
  };
}
