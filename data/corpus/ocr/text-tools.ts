/** Small string helpers shared by the OCR rules. */

export const VOWEL_START = /^[aeiouyhàâäéèêëîïôöûüœ]/i;

/** Gives `replacement` the case pattern of `source` (ALL CAPS, Capitalised or lower). */
export function matchCase(source: string, replacement: string): string {
  if (source.length > 1 && source === source.toUpperCase() && source !== source.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = source.charAt(0);
  if (first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** True when position `index` of `text` begins a sentence (or the block). */
export function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  if (before === '') return true;
  return /[.!?:;(«"]$/.test(before);
}

export type TokenShape = 'lower' | 'capitalised' | 'other';

export function tokenShape(token: string): TokenShape {
  if (token === token.toLowerCase()) return 'lower';
  const rest = token.slice(1);
  if (rest === rest.toLowerCase()) return 'capitalised';
  return 'other';
}

/**
 * Calls `fn` for each match of the global regex `re`; when it returns a string different from
 * the match, that string replaces it and `hit` is called once.
 */
export function replaceEach(
  text: string,
  re: RegExp,
  fn: (match: RegExpExecArray, text: string) => string | undefined,
  hit: () => void,
): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const repl = fn(m, text);
    if (repl !== undefined && repl !== m[0]) {
      out += text.slice(last, m.index) + repl;
      last = m.index + m[0].length;
      hit();
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Word tokens (letters only), not touching a digit, hyphen or another letter. */
export const SIMPLE_WORD = /(?<![\p{L}\p{M}\d-])\p{L}+(?![\p{L}\p{M}\d-])/gu;
