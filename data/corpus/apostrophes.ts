/**
 * One apostrophe style per text (issue 13: the 2023 declaration mixes ’ and ' within one
 * sentence, as received). After the OCR repair, every elision apostrophe of a document (between
 * two letters: l’Union, aujourd'hui) takes the style the document uses most; on a tie, the
 * typographic ’ of French publishing.
 *
 * Only the repaired text changes, one character for one (offsets of term occurrences hold);
 * passage ids hash the original text, which is never touched, so published links keep working.
 */

export type ApostropheStyle = '’' | "'";

/** An apostrophe between two letters (an elision or a compound), whatever its style. */
const ELISION = /(?<=\p{L})['’](?=\p{L})/gu;

/** The style most used between letters across `texts` ('’' on a tie or when there is none). */
export function dominantApostrophe(texts: Iterable<string>): ApostropheStyle {
  let curly = 0;
  let straight = 0;
  for (const t of texts) {
    for (const m of t.matchAll(ELISION)) {
      if (m[0] === '’') curly++;
      else straight++;
    }
  }
  return straight > curly ? "'" : '’';
}

/** `text` with every elision apostrophe in `style`. */
export function applyApostrophe(text: string, style: ApostropheStyle): string {
  return text.replace(ELISION, style);
}

interface Texted {
  doc: string;
  text: string;
}

/**
 * Gives every document's passages and headings (repaired text) its dominant apostrophe style,
 * in place. Returns the number of apostrophes changed per document.
 */
export function unifyApostrophes(items: readonly Texted[]): Map<string, number> {
  const byDoc = new Map<string, Texted[]>();
  for (const it of items) {
    const list = byDoc.get(it.doc);
    if (list) list.push(it);
    else byDoc.set(it.doc, [it]);
  }
  const changed = new Map<string, number>();
  for (const [doc, list] of byDoc) {
    const style = dominantApostrophe(list.map((x) => x.text));
    let n = 0;
    for (const it of list) {
      const next = applyApostrophe(it.text, style);
      if (next === it.text) continue;
      for (let i = 0; i < next.length; i++) if (next[i] !== it.text[i]) n++;
      it.text = next;
    }
    changed.set(doc, n);
  }
  return changed;
}
