/**
 * Boundary rules checked after the trie walk: shouted runs of capitals, code-like neighbours
 * (reference numbers, domains, e-mail addresses) and case-sensitive surfaces.
 */
import { SPACE, fold, isDigit, isWordAt, isWordCode } from './fold';

const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** True for a word in capitals that a reader takes for an ordinary word ("GOUVERNEMENT"). */
function isShoutedWord(w: string, acronyms: Set<string>): 'yes' | 'neutral' | 'no' {
  if (w.length === 0 || w === w.toLowerCase() || w !== w.toUpperCase()) return 'no';
  if (w.length < 2 || ROMAN.test(w) || acronyms.has(w)) return 'neutral';
  return 'yes';
}

/**
 * Whether [start, end) sits in a run of capitals with at least two other ordinary words in capitals
 * around it on the same line (a heading or a shouted sentence: "LA FRANCE RENFORCE LE SIS"); `min`
 * sets how many such words are needed.
 * Known acronyms and roman numerals in the run are not counted ("SIS II", "PNR ET ECE").
 */
export function inShoutedRun(
  text: string,
  start: number,
  end: number,
  acronyms: Set<string> = new Set(),
  min = 2,
): boolean {
  let count = 0;
  for (let dir = -1; dir <= 1; dir += 2) {
    let pos = dir < 0 ? start - 1 : end;
    words: for (let words = 0; words < 4; words++) {
      let gap = 0;
      while (pos >= 0 && pos < text.length && !isWordCode(text.charCodeAt(pos))) {
        const ch = text[pos]!;
        if (ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ++gap > 3) break words;
        pos += dir;
      }
      // A lowercase ASCII letter makes the word an ordinary one ('no' below): most words next to
      // an acronym in prose stop here, without being read whole (this runs for every acronym).
      const first = text.charCodeAt(pos);
      if (first >= 97 && first <= 122) break;
      const from = pos;
      while (pos >= 0 && pos < text.length && isWordCode(text.charCodeAt(pos))) pos += dir;
      if (pos === from) break;
      const w = dir < 0 ? text.slice(pos + 1, from + 1) : text.slice(from, pos);
      const k = isShoutedWord(w, acronyms);
      if (k === 'no') break;
      if (k === 'yes' && ++count >= min) return true;
    }
  }
  return count >= min;
}

/** A code-like neighbour: `sep` then a run of letters/digits containing a digit ("-123", "-R44"). */
export function codeAfter(text: string, i: number, dir: 1 | -1): boolean {
  let p = i + dir;
  let digit = false;
  for (let k = 0; k < 12 && p >= 0 && p < text.length; k++, p += dir) {
    const c = text.charCodeAt(p);
    if (!isWordCode(c)) break;
    if (isDigit(c)) digit = true;
  }
  return digit;
}

export function isCodeContext(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (before === 64 || after === 64) return true; // @: e-mail address
  // '.' glued to a letter on the outer side: domain or file name ("ece.fr", "www.europol").
  if (after === 46 && isWordAt(text, end + 1)) return true;
  if (before === 46 && isWordAt(text, start - 2)) return true;
  // Separator then a code with a digit: reference numbers, product names, regulation numbers.
  const sep = (c: number) =>
    c === 45 || c === 0x2010 || c === 0x2011 || c === 47 || c === 58 || c === 46;
  if (sep(after) && codeAfter(text, end, 1)) return true;
  if (sep(before) && codeAfter(text, start - 1, -1)) return true;
  return false;
}

/** Compares an original span with a case-sensitive surface ("SIS II" = "SIS\u00a0II" = "SIS-II"). */
export function verifyCs(text: string, start: number, end: number, surface: string): boolean {
  let i = start;
  for (let k = 0; k < surface.length; k++) {
    if (i >= end) return false;
    const sc = surface.charCodeAt(k);
    if (sc === SPACE) {
      if (fold(text.charCodeAt(i)) !== SPACE) return false;
      while (i < end && fold(text.charCodeAt(i)) === SPACE) i++;
      continue;
    }
    if (text.charCodeAt(i) !== sc) return false;
    i++;
  }
  if (i === end) return true;
  return end - i === 1 && text.charCodeAt(i) === 115 && surface.length >= 3;
}
