import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ROOT, launchWithExtension, serveDir } from '../e2e/support/extension';
const files = process.argv.slice(2);
const dir = join(ROOT, 'tests/.artifacts/sends-pages'); mkdirSync(dir, { recursive: true });
for (const f of files) copyFileSync(resolve(f), join(dir, basename(f)));
const site = await serveDir(dir, { stripScripts: true });
const ext = await launchWithExtension();
for (const f of files) for (let i = 0; i < 2; i++) {
  const page = await ext.ctx.newPage();
  await page.goto(site.url + encodeURIComponent(basename(f)));
  await page.waitForTimeout(5000);
  const cdp = await ext.ctx.newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find((c) => c.name === 'Val Duchesse Lookup' && c.auxData?.frameId === frameTree.frame.id);
  const r = await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.__vdlSends)', contextId: world!.id, returnByValue: true });
  console.log(basename(f), r.result.value);
  await page.close();
}
await ext.close(); await site.close();
