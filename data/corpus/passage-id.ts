import { alnumKey } from '../../utils/text-normalize';

/**
 * A passage id is a short hash of the passage's original (received) text reduced to [a-z0-9].
 * It does not depend on OCR repair or on whitespace, so improving the repair never moves a
 * published link; `p-` keeps it a valid HTML id and CSS identifier.
 */
export function passageId(original: string): string {
  // 32-bit FNV-1a, twice with different offsets, for 64 bits of hash.
  const key = alnumKey(original);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `p-${hex(h1)}${hex(h2).slice(0, 4)}`;
}
