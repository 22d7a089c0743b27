/**
 * `npm start`: opens Chromium with the freshly built extension on the bundled demo article.
 * With no display (a server, CI), it runs headless, saves a screenshot and exits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, launchWithExtension, serveDir } from './support/extension';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const site = await serveDir(FIXTURES);
const ext = await launchWithExtension({ headless });
const page = ext.ctx.pages()[0] ?? (await ext.ctx.newPage());
await page.goto(site.url + 'demo-article.html');
console.log(`Val Duchesse Lookup ${headless ? '(headless)' : ''} on ${site.url}demo-article.html`);
console.log(`Popup:  chrome-extension://${ext.extId}/popup.html`);
console.log(`Reader: chrome-extension://${ext.extId}/reader.html?doc=declaration-2023-05-05`);
if (headless) {
  await page.waitForTimeout(1500);
  const dir = join(ROOT, 'tests/.artifacts');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'demo.png') });
  console.log(`No display found: screenshot saved to tests/.artifacts/demo.png`);
  await ext.close();
  await site.close();
} else {
  console.log('Close the browser window to stop.');
  ext.ctx.on('close', () => void site.close().then(() => process.exit(0)));
}
