/** Every .html / .htm file below `dir`, recursively, sorted (the benches' saved pages). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listHtml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listHtml(p));
    else if (/\.html?$/i.test(name)) out.push(p);
  }
  return out.sort();
}
