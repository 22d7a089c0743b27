/** French function words and verb forms the grammar rules (glued words, "a" / "à") decide with. */
import { type Lexicon } from './lexicon';

export const DETERMINERS = new Set([
  'la',
  'le',
  'les',
  'un',
  'une',
  'ce',
  'cet',
  'cette',
  'ces',
  'leur',
  'leurs',
  'son',
  'sa',
  'ses',
  'notre',
  'nos',
  'votre',
  'vos',
  'mon',
  'ma',
  'mes',
  'tous',
  'toutes',
  'tout',
  'chaque',
  'plusieurs',
  'quelques',
  'travers',
]);

/** Words glued to the next one by the OCR (lajustice, aleurs, Auniveau, quiconcerne…). */
export const GLUED_PREFIXES = [
  'leurs',
  'leur',
  'notre',
  'dans',
  'pour',
  'sur',
  'par',
  'les',
  'des',
  'aux',
  'ces',
  'son',
  'ses',
  'nos',
  'une',
  'qui',
  'que',
  'la',
  'le',
  'de',
  'du',
  'au',
  'en',
  'ce',
  'et',
  'un',
  'sa',
  'se',
  'a',
];

/** Past participles of irregular verbs ("a accru", "a pu"); regular ones are found by rule. */
const IRREGULAR_PARTICIPLES = new Set(
  (
    'été eu pu su vu dû bu lu cru accru connu reçu voulu obtenu tenu venu devenu perdu rendu ' +
    'attendu entendu répondu vécu conclu paru apparu fallu valu résolu pris mis permis admis ' +
    'promis compris dit écrit fait conduit produit introduit ouvert offert couvert né mort'
  ).split(' '),
);

/** Words after which "a" is the verb avoir: "a pour ambition", "a ainsi été", "a une fois de plus". */
export const VERB_A_NEXT = new Set(
  'pour déjà ainsi également aussi toujours encore bien jamais rien lieu besoin'.split(' '),
);

/** Words before which "a" is the verb avoir: "il a", "qui a", "n'a", "l'a". */
export const VERB_A_PREV = new Set('il elle on qui y cela ça ce n l m t qu lui'.split(' '));

export function isPastParticiple(word: string, lexicon: Lexicon): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  if (!lexicon.has(w)) return false;
  const joint = /^(.+)inte?s?$/.exec(w);
  if (joint && lexicon.has(`${joint[1]}indre`)) return true;
  const m = /^(.+?)(ée?s?|ie?s?|ue?s?)$/.exec(w);
  if (!m) return false;
  const stem = m[1]!;
  if (m[2]!.startsWith('é')) return lexicon.has(`${stem}er`);
  if (m[2]!.startsWith('i')) return lexicon.has(`${stem}ir`);
  if (m[2]!.startsWith('u') && /^(?:u|ue|us|ues)$/.test(m[2]!)) {
    return lexicon.has(`${stem}re`) || lexicon.has(`${stem}oir`);
  }
  return lexicon.has(`${stem}re`) || lexicon.has(`${stem}oir`);
}

export function isInfinitive(word: string, lexicon: Lexicon): boolean {
  return /(?:er|ir|re|oir)$/.test(word) && lexicon.has(word);
}
