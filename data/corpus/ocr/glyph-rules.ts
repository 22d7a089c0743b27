/**
 * OCR rules that repair misread glyphs: specks, apostrophes, l / I / | confusions, digits and
 * symbols read for letters. Applied before the word rules (see OCR_RULES in rules.ts).
 */
import { lookupForm, type OcrRule, regexRule, unique, unknownWordRule } from './rule-kit';
import { isSentenceStart, matchCase } from './text-tools';

export const unbalancedParen: OcrRule = {
  name: 'unbalanced-paren',
  description: 'An opening parenthesis at the start of a block that is never closed is a speck.',
  scope: 'all',
  apply(text, _ctx, hit) {
    if (/^\(\p{L}/u.test(text) && !text.includes(')')) {
      hit();
      return text.slice(1);
    }
    return text;
  },
};

export const straySymbols: OcrRule = {
  name: 'stray-symbols',
  description: 'A block made only of symbols and letter specks ("* k%") is noise: removed.',
  scope: 'all',
  apply(text, _ctx, hit) {
    const t = text.trim();
    if (t !== '' && /[*%#|]/.test(t) && !/\p{L}{2}|\d/u.test(t)) {
      hit();
      return '';
    }
    return text;
  },
};

/** "L" at a sentence start, "l" elsewhere: the l that an elision or a misread glyph stands for. */
const elidedL = (text: string, index: number) => (isSentenceStart(text, index) ? 'L' : 'l');

export const doubleApostrophe = regexRule(
  {
    name: 'double-apostrophe',
    description: 'Two apostrophe marks after a letter ("d’\'une", "I"\'approche") become one.',
  },
  [/(?<=\p{L})(["'’])(['’])(?=\p{L})/gu, (m) => (m[1] === '"' ? m[2] : m[1])],
);

export const capitalIElision = regexRule(
  {
    name: 'capital-i-elision',
    description:
      'A capital I before an apostrophe ("I\'Union", "I’excellente", "I"UE") is an elided l\'.',
  },
  [
    /(?<![\p{L}\d])I(["'’])(?=\p{L})/gu,
    (m, t) => elidedL(t, m.index) + (m[1] === '"' ? "'" : m[1]!),
  ],
);

export const pipeForL = regexRule(
  {
    name: 'pipe-for-l',
    description:
      'A "|" read for l: "|\'action" → l\'action, "|e" → le; a speck before "la" is dropped.',
  },
  [
    /\|(['’]|\p{L}+)/gu,
    (m, t, lexicon) => {
      const after = m[1]!;
      const l = elidedL(t, m.index);
      if (after === "'" || after === '’') return l + after;
      if (lexicon.has(`l${after}`)) return l + after;
      if (lexicon.has(after)) return after;
      return l + after;
    },
  ],
);

export const lostLElision = regexRule(
  {
    name: 'lost-l-elision',
    description: 'An apostrophe opening a word after a space ("de \'approche") lost its l.',
  },
  [
    /(?<=^|[\s(«])(['’])(?=[aeiouyhàâéèêîïôûœAEIOUYHÀÂÉÈÊÎÔÛŒ])/gu,
    (m, t) => elidedL(t, m.index) + m[1],
  ],
);

export const strayLBeforeCapital = regexRule(
  {
    name: 'stray-l-before-capital',
    description: 'An l glued before a capitalised known word ("lLes") is a speck.',
  },
  [
    /(?<![\p{L}\d'’])l(\p{Lu}\p{Ll}+)(?![\p{L}\d])/gu,
    (m, _t, lexicon) => (lexicon.has(m[1]!) ? m[1] : undefined),
  ],
);

export const lForCapitalI = regexRule(
  {
    name: 'l-for-capital-i',
    description:
      'An l read for a capital I: word-initial l before a consonant ("ltalie" → Italie), ' +
      'or inside an acronym after an elision ("l\'El" → l\'EI).',
  },
  [
    /(?<![\p{L}\d])l([bcdfgjkmnpqrstvwxz]\p{Ll}+)(?![\p{L}\d])/gu,
    (m, _t, lexicon) => (lexicon.has(m[0]) ? undefined : `I${m[1]}`),
  ],
  [/(?<=[lLdD]['’])(\p{Lu})l(?![\p{L}\d])/gu, (m) => `${m[1]}I`],
);

export const capitalIForL = regexRule(
  {
    name: 'capital-i-for-l',
    description: 'A capital I read for l at the start of an unknown word ("Iégislations").',
  },
  [
    /(?<![\p{L}\d])I(\p{Ll}+)(?![\p{L}\d])/gu,
    (m, t, lexicon) => {
      if (lexicon.has(m[0]) || !lexicon.has(`l${m[1]}`)) return undefined;
      return elidedL(t, m.index) + m[1];
    },
  ],
);

export const loneIPronoun = regexRule(
  {
    name: 'lone-i-pronoun',
    description: 'A lone capital I before a lowercase known word is the pronoun Il.',
  },
  [
    /(?<![\p{L}\d'’".])I(?= (\p{Ll}+))/gu,
    (m, _t, lexicon) => (lexicon.has(m[1]!) ? 'Il' : undefined),
  ],
);

export const romanNumeral = regexRule(
  {
    name: 'roman-numeral',
    description:
      'l and Il read for the roman numerals I and II: at the head of a section ("l. Contexte") ' +
      'and after a name ("Tournai Il").',
  },
  [
    /^([Il]{1,3})(?=\.\s+\p{Lu})/gu,
    (m) => (m[1] === 'I' || m[1] === 'II' || m[1] === 'III' ? undefined : 'I'.repeat(m[1]!.length)),
  ],
  [
    /(?<=\p{Lu}\p{Ll}+ )Il(?=[\s.,;:)]|$)/gu,
    (m, t) => {
      // "Il" starting a clause ("…, Il faut") is the pronoun; after a bare name it is II.
      const after = t.slice(m.index + 2);
      return /^ (?:\p{Ll}+) (?:\p{Ll}+)/u.test(after) && !/^ et /.test(after) ? undefined : 'II';
    },
  ],
);

export const elidedQu = regexRule(
  {
    name: 'elided-qu',
    description: 'gu before an apostrophe is an elided qu ("gu’entre" → qu’entre).',
  },
  [/(?<![\p{L}])([gG])u(['’])(?=\p{L})/gu, (m) => `${m[1] === 'G' ? 'Q' : 'q'}u${m[2]}`],
);

/** Words after which a lone 3 is a number ("le 3 juin", "pendant 3 mois"). */
const NUMBER_BEFORE = new Set(
  'le la les l du des au aux en de sur par et pendant depuis dans sous art article'.split(' '),
);

export const digitForA = regexRule(
  {
    name: 'digit-3-for-a',
    description:
      'A lone 3 after a word that is not a determiner and before an infinitive is the ' +
      'preposition à ("continué 3 étre"); "le 3 juin" keeps its number.',
  },
  [
    /(?<=(\p{Ll}+) )3(?= \p{Ll}+(?:er|ir|re|oir)\b)/gu,
    (m) => (NUMBER_BEFORE.has(m[1]!) ? undefined : 'à'),
  ],
);

export const ampersandE = regexRule(
  {
    name: 'ampersand-e',
    description: 'An & read for é, often with a split ("soci &tés" → sociétés).',
  },
  [
    /(?<![\p{L}\d])(\p{L}+) ?&(\p{L}+)/gu,
    (m, _t, lexicon) => {
      const joined = `${m[1]}é${m[2]}`;
      return lexicon.has(joined) ? joined : undefined;
    },
  ],
);

/** OCR confusions of one glyph for another (wrong → right). */
const CONFUSIONS: ReadonlyArray<readonly [string, string]> = [
  ['é', 'ô'],
  ['g', 'ç'],
  ['li', 'û'],
  ['(i', 'û'],
];

export const letterConfusion = regexRule(
  {
    name: 'letter-confusion',
    description:
      'One glyph read for another (é for ô, g for ç, li or (i for û): "réle" → rôle, ' +
      '"frangaise" → française, "slireté" → sûreté.',
  },
  [
    /(?<![\p{L}\d-])\p{L}+(?:\(\p{L}+)?(?![\p{L}\d-])/gu,
    (m, t, lexicon) => {
      const token = m[0];
      if (lexicon.has(token)) return undefined;
      const lower = lookupForm(token, t, m.index);
      if (lower === undefined) return undefined;
      const found = new Set<string>();
      for (const [wrong, right] of CONFUSIONS) {
        for (let i = lower.indexOf(wrong); i >= 0; i = lower.indexOf(wrong, i + 1)) {
          const cand = lower.slice(0, i) + right + lower.slice(i + wrong.length);
          if (lexicon.has(cand)) found.add(cand);
        }
      }
      const fixed = unique(found);
      return fixed && matchCase(token, fixed);
    },
  ],
);

export const oeLigature = unknownWordRule(
  'oe-ligature',
  'The œ ligature read as "ce" ("ceuvre" → œuvre).',
  (lower, lexicon) => {
    const found = new Set<string>();
    for (let i = lower.indexOf('ce'); i >= 0; i = lower.indexOf('ce', i + 1)) {
      const spelt = `${lower.slice(0, i)}oe${lower.slice(i + 2)}`;
      if (lexicon.has(spelt)) found.add(`${lower.slice(0, i)}œ${lower.slice(i + 2)}`);
    }
    return unique(found);
  },
);
