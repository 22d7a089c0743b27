/**
 * Per-character folding, index-preserving (the caller's offsets are never remapped): case,
 * diacritics, apostrophes, ligatures, spacing; word characters; UTF-8 read as Windows-1252
 * (mojibake) decoded on the fly. Tables are filled lazily, one code unit at a time.
 */
// ---------------------------------------------------------------------------------------------
// Per-character folding (index-preserving: the caller's offsets are never remapped)

export const SKIP = -1;
export const EXPAND = -2;
export const SPACE = 32;
export const APOS = 39;

/** Folded code unit per UTF-16 code unit; 0 = not computed yet. */
const foldTable = new Int32Array(65536);
export const expansions = new Map<number, string>();
/** 1 = word character, 2 = not; 0 = not computed yet. */
const wordTable = new Uint8Array(65536);

export const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ĳ: 'ij',
  Ĳ: 'ij',
  ﬁ: 'fi',
  ﬂ: 'fl',
};
const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const WORDISH = /[\p{L}\p{N}\p{M}_]/u;
const WHITE = /\s/u;

export function isJoiner(c: number): boolean {
  // Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible inside a word.
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function computeFold(c: number): number {
  if (isJoiner(c)) return SKIP;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const ch = String.fromCharCode(c);
  if (WHITE.test(ch)) return SPACE;
  if (MARK.test(ch)) return SKIP;
  if ("'’‘ʼ`´′".includes(ch)) return APOS;
  if ('-‐‑‒'.includes(ch)) return SPACE;
  const lig = LIGATURES[ch];
  if (lig) {
    expansions.set(c, lig);
    return EXPAND;
  }
  const f = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (f.length === 1) return f.charCodeAt(0);
  if (f.length === 0) return SKIP;
  expansions.set(c, f);
  return EXPAND;
}

export function fold(c: number): number {
  const f = foldTable[c]!;
  return f !== 0 ? f : (foldTable[c] = computeFold(c));
}

export function isWordCode(c: number): boolean {
  let k = wordTable[c]!;
  if (k === 0) {
    k =
      isJoiner(c) || (!(c >= 0xd800 && c <= 0xdfff) && WORDISH.test(String.fromCharCode(c)))
        ? 1
        : 2;
    wordTable[c] = k;
  }
  return k === 1;
}

/** ASCII fast paths: word characters, and the fold of each ASCII character. */
export const ASCII_WORD = new Uint8Array(128);
export const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;
  const f = computeFold(c);
  ASCII_FOLD[c] = f > 0 ? f : 0;
}

export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Folds a surface the way the matcher folds text: lowercase, no accents, one space. */
export function foldSurface(s: string): string {
  let out = '';
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const f = fold(s.charCodeAt(i));
    if (f === SKIP) continue;
    const part = f === EXPAND ? expansions.get(s.charCodeAt(i))! : String.fromCharCode(f);
    if (f === SPACE) {
      if (space) continue;
      space = true;
    } else space = false;
    out += part;
  }
  return out.trimEnd();
}

// Windows-1252 bytes 0x80–0x9F as Unicode: how UTF-8 continuation bytes look in mojibake.
export const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
function contByte(c: number): number {
  if (c >= 0x80 && c <= 0xbf) return c;
  const k = CP1252.indexOf(String.fromCharCode(c));
  return k >= 0 ? 0x80 + k : -1;
}

/** Length (2 or 3) of a UTF-8-as-1252 sequence at i, or 0; its code point goes to `mojiOut`. */
export let mojiOut = 0;
export function mojibakeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xc2 && c <= 0xc5) {
    const b1 = contByte(text.charCodeAt(i + 1));
    if (b1 < 0) return 0;
    mojiOut = ((c & 0x1f) << 6) | (b1 & 0x3f);
    return 2;
  }
  if (c === 0xe2) {
    const b1 = contByte(text.charCodeAt(i + 1));
    const b2 = contByte(text.charCodeAt(i + 2));
    if (b1 < 0 || b2 < 0) return 0;
    mojiOut = 0x2000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return 3;
  }
  return 0;
}

/** True when text[i] follows the tail of a mojibake sequence ("rÃ©|pression"). */
export function afterMojibake(text: string, i: number): boolean {
  for (let back = 2; back <= 3; back++) {
    const j = i - back;
    if (j >= 0 && mojibakeAt(text, j) === back) return true;
  }
  return false;
}
