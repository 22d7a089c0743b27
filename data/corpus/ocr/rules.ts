/**
 * OCR repair: an ordered list of small, named rules. Each rule is a pure function of the text
 * and the French lexicon; it calls `hit()` once per repair so the build can report counts.
 *
 * Rules decide with the word list, not with lists of the seeds' words: a token is only changed
 * when it is NOT a known French word and its repaired form IS one (accent variant, split, join,
 * one OCR-confusable letter…). Function words are handled by small grammar rules.
 */
import { foldWord, type Lexicon } from './lexicon';
import {
  isSentenceStart,
  matchCase,
  replaceEach,
  SIMPLE_WORD,
  tokenShape,
  VOWEL_START,
} from './text-tools';

export interface RuleContext {
  lexicon: Lexicon;
}

export type RuleScope = 'all' | 'heading';

export interface OcrRule {
  name: string;
  description: string;
  /** 'heading' rules only run on heading texts. */
  scope: RuleScope;
  apply(text: string, ctx: RuleContext, hit: () => void): string;
}

const LETTER = '\\p{L}';

// ---------------------------------------------------------------------------------------------
// Lexicon helpers

/** The token's lookup form when a lexicon rule may touch it: lowercase, or capitalised at a
 * sentence start. Capitalised words inside a sentence are names (or foreign words): left alone. */
function lookupForm(token: string, text: string, index: number): string | undefined {
  const shape = tokenShape(token);
  if (shape === 'lower') return token;
  if (shape === 'capitalised' && isSentenceStart(text, index)) return token.toLowerCase();
  return undefined;
}

function diffCount(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** French spelling prefers è before a consonant group followed by a mute e (règle, systèmes). */
function graveScore(word: string): number {
  let score = 0;
  const re =
    /[èé](?=[bcdfghjklmnpqrstvwxzç]{1,2}e(?:s|nt)?$|[bcdfghjklmnpqrstvwxzç]{1,2}e[bcdfghjklmnpqrstvwxzç])/g;
  for (let m = re.exec(word); m; m = re.exec(word)) score += m[0] === 'è' ? 1 : -1;
  return score;
}

/** The unique known word that differs from `lower` only by accents (fewest changes). */
export function accentVariant(lower: string, lexicon: Lexicon): string | undefined {
  const candidates = lexicon
    .byFold(foldWord(lower))
    .filter((c) => c !== lower && c.length === lower.length);
  if (candidates.length === 0) return undefined;
  let best: string[] = [];
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = diffCount(c, lower);
    if (d < bestScore) {
      best = [c];
      bestScore = d;
    } else if (d === bestScore) best.push(c);
  }
  if (best.length > 1) {
    const scored = best.map((c) => [c, graveScore(c)] as const).sort((x, y) => y[1] - x[1]);
    if (scored[0]![1] === scored[1]![1]) return undefined;
    return scored[0]![0];
  }
  return best[0];
}

/** A rule that rewrites unknown simple word tokens through `fix(lowerForm)`. */
function unknownWordRule(
  name: string,
  description: string,
  fix: (lower: string, lexicon: Lexicon) => string | undefined,
  opts: { minLength?: number } = {},
): OcrRule {
  return {
    name,
    description,
    scope: 'all',
    apply(text, { lexicon }, hit) {
      return replaceEach(
        text,
        SIMPLE_WORD,
        (m, t) => {
          const token = m[0];
          if (token.length < (opts.minLength ?? 2) || lexicon.has(token)) return undefined;
          const lower = lookupForm(token, t, m.index);
          if (lower === undefined) return undefined;
          const fixed = fix(lower, lexicon);
          return fixed === undefined ? undefined : matchCase(token, fixed);
        },
        hit,
      );
    },
  };
}

/** The unique element of a set, if there is exactly one. */
function unique(found: Set<string>): string | undefined {
  return found.size === 1 ? [...found][0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Function words

const DETERMINERS = new Set([
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
const GLUED_PREFIXES = [
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
const VERB_A_NEXT = new Set(
  'pour déjà ainsi également aussi toujours encore bien jamais rien lieu besoin'.split(' '),
);

/** Words before which "a" is the verb avoir: "il a", "qui a", "n'a", "l'a". */
const VERB_A_PREV = new Set('il elle on qui y cela ça ce n l m t qu lui'.split(' '));

function isPastParticiple(word: string, lexicon: Lexicon): boolean {
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

function isInfinitive(word: string, lexicon: Lexicon): boolean {
  return /(?:er|ir|re|oir)$/.test(word) && lexicon.has(word);
}

// ---------------------------------------------------------------------------------------------
// The rules, in the order they are applied

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

export const doubleApostrophe: OcrRule = {
  name: 'double-apostrophe',
  description: 'Two apostrophe marks after a letter ("d’\'une", "I"\'approche") become one.',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<=\p{L})(["'’])(['’])(?=\p{L})/gu,
      (m) => (m[1] === '"' ? m[2] : m[1]),
      hit,
    );
  },
};

export const capitalIElision: OcrRule = {
  name: 'capital-i-elision',
  description:
    'A capital I before an apostrophe ("I\'Union", "I’excellente", "I"UE") is an elided l\'.',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d])I(["'’])(?=\p{L})/gu,
      (m, t) => {
        const apostrophe = m[1] === '"' ? "'" : m[1]!;
        return (isSentenceStart(t, m.index) ? 'L' : 'l') + apostrophe;
      },
      hit,
    );
  },
};

export const pipeForL: OcrRule = {
  name: 'pipe-for-l',
  description:
    'A "|" read for l: "|\'action" → l\'action, "|e" → le; a speck before "la" is dropped.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /\|(['’]|\p{L}+)/gu,
      (m, t) => {
        const after = m[1]!;
        const l = isSentenceStart(t, m.index) ? 'L' : 'l';
        if (after === "'" || after === '’') return l + after;
        if (lexicon.has(`l${after}`)) return l + after;
        if (lexicon.has(after)) return after;
        return l + after;
      },
      hit,
    );
  },
};

export const lostLElision: OcrRule = {
  name: 'lost-l-elision',
  description: 'An apostrophe opening a word after a space ("de \'approche") lost its l.',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<=^|[\s(«])(['’])(?=[aeiouyhàâéèêîïôûœAEIOUYHÀÂÉÈÊÎÔÛŒ])/gu,
      (m, t) => (isSentenceStart(t, m.index) ? 'L' : 'l') + m[1],
      hit,
    );
  },
};

export const strayLBeforeCapital: OcrRule = {
  name: 'stray-l-before-capital',
  description: 'An l glued before a capitalised known word ("lLes") is a speck.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d'’])l(\p{Lu}\p{Ll}+)(?![\p{L}\d])/gu,
      (m) => (lexicon.has(m[1]!) ? m[1] : undefined),
      hit,
    );
  },
};

export const lForCapitalI: OcrRule = {
  name: 'l-for-capital-i',
  description:
    'An l read for a capital I: word-initial l before a consonant ("ltalie" → Italie), ' +
    'or inside an acronym after an elision ("l\'El" → l\'EI).',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    const once = replaceEach(
      text,
      /(?<![\p{L}\d])l([bcdfgjkmnpqrstvwxz]\p{Ll}+)(?![\p{L}\d])/gu,
      (m) => (lexicon.has(m[0]) ? undefined : `I${m[1]}`),
      hit,
    );
    return replaceEach(once, /(?<=[lLdD]['’])(\p{Lu})l(?![\p{L}\d])/gu, (m) => `${m[1]}I`, hit);
  },
};

export const capitalIForL: OcrRule = {
  name: 'capital-i-for-l',
  description: 'A capital I read for l at the start of an unknown word ("Iégislations").',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d])I(\p{Ll}+)(?![\p{L}\d])/gu,
      (m, t) => {
        if (lexicon.has(m[0]) || !lexicon.has(`l${m[1]}`)) return undefined;
        return (isSentenceStart(t, m.index) ? 'L' : 'l') + m[1];
      },
      hit,
    );
  },
};

export const loneIPronoun: OcrRule = {
  name: 'lone-i-pronoun',
  description: 'A lone capital I before a lowercase known word is the pronoun Il.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d'’".])I(?= (\p{Ll}+))/gu,
      (m) => (lexicon.has(m[1]!) ? 'Il' : undefined),
      hit,
    );
  },
};

export const romanNumeral: OcrRule = {
  name: 'roman-numeral',
  description:
    'l and Il read for the roman numerals I and II: at the head of a section ("l. Contexte") ' +
    'and after a name ("Tournai Il").',
  scope: 'all',
  apply(text, _ctx, hit) {
    const head = replaceEach(
      text,
      /^([Il]{1,3})(?=\.\s+\p{Lu})/gu,
      (m) =>
        m[1] === 'I' || m[1] === 'II' || m[1] === 'III' ? undefined : 'I'.repeat(m[1]!.length),
      hit,
    );
    return replaceEach(
      head,
      /(?<=\p{Lu}\p{Ll}+ )Il(?=[\s.,;:)]|$)/gu,
      (m, t) => {
        // "Il" starting a clause ("…, Il faut") is the pronoun; after a bare name it is II.
        const after = t.slice(m.index + 2);
        return /^ (?:\p{Ll}+) (?:\p{Ll}+)/u.test(after) && !/^ et /.test(after) ? undefined : 'II';
      },
      hit,
    );
  },
};

export const elidedQu: OcrRule = {
  name: 'elided-qu',
  description: 'gu before an apostrophe is an elided qu ("gu’entre" → qu’entre).',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}])([gG])u(['’])(?=\p{L})/gu,
      (m) => `${m[1] === 'G' ? 'Q' : 'q'}u${m[2]}`,
      hit,
    );
  },
};

/** Words after which a lone 3 is a number ("le 3 juin", "pendant 3 mois"). */
const NUMBER_BEFORE = new Set(
  'le la les l du des au aux en de sur par et pendant depuis dans sous art article'.split(' '),
);

export const digitForA: OcrRule = {
  name: 'digit-3-for-a',
  description:
    'A lone 3 after a word that is not a determiner and before an infinitive is the ' +
    'preposition à ("continué 3 étre"); "le 3 juin" keeps its number.',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<=(\p{Ll}+) )3(?= \p{Ll}+(?:er|ir|re|oir)\b)/gu,
      (m) => (NUMBER_BEFORE.has(m[1]!) ? undefined : 'à'),
      hit,
    );
  },
};

export const ampersandE: OcrRule = {
  name: 'ampersand-e',
  description: 'An & read for é, often with a split ("soci &tés" → sociétés).',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d])(\p{L}+) ?&(\p{L}+)/gu,
      (m) => {
        const joined = `${m[1]}é${m[2]}`;
        return lexicon.has(joined) ? joined : undefined;
      },
      hit,
    );
  },
};

/** Endings the OCR detaches from a word ("national es"). */
const DETACHED_ENDINGS = new Set(['e', 'es', 's', 'ent', 'ment']);

export const splitWord: OcrRule = {
  name: 'split-word',
  description:
    'Two pieces joined when together they make a known word and one piece is not a word ' +
    '("homol ogues", "lai sser"), is a lone letter ("L es") or a detached ending ("national es").',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    const words = [...text.matchAll(/(?<![\p{L}\d'’(-])\p{L}+(?![\p{L}\d'’(-])/gu)];
    let out = '';
    let last = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!;
      const b = words[i + 1]!;
      if (text.slice(a.index + a[0].length, b.index) !== ' ') continue;
      if (!shouldJoin(a[0], b[0], lexicon)) continue;
      out += text.slice(last, a.index) + a[0] + b[0];
      last = b.index + b[0].length;
      hit();
      i++;
    }
    return last === 0 ? text : out + text.slice(last);
  },
};

function shouldJoin(a: string, b: string, lexicon: Lexicon): boolean {
  if (b !== b.toLowerCase() || !lexicon.has(a + b)) return false;
  const loneLetter = a.length === 1 && !/^[aày]$/i.test(a);
  const ending = DETACHED_ENDINGS.has(b) && a.length >= 4;
  return !lexicon.has(a) || !lexicon.has(b) || loneLetter || ending;
}

export const oeLigature: OcrRule = unknownWordRule(
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

/** OCR confusions of one glyph for another (wrong → right). */
const CONFUSIONS: ReadonlyArray<readonly [string, string]> = [
  ['é', 'ô'],
  ['g', 'ç'],
  ['li', 'û'],
  ['(i', 'û'],
];

export const letterConfusion: OcrRule = {
  name: 'letter-confusion',
  description:
    'One glyph read for another (é for ô, g for ç, li or (i for û): "réle" → rôle, ' +
    '"frangaise" → française, "slireté" → sûreté.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d-])\p{L}+(?:\(\p{L}+)?(?![\p{L}\d-])/gu,
      (m, t) => {
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
      hit,
    );
  },
};

export const accent: OcrRule = {
  name: 'accent',
  description:
    'An unknown word whose accent variant is known gets that variant (matiére → matière, ' +
    'systemes → systèmes, déja → déjà, francais → français). Capitals keep their own choice.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    const fixWord = (token: string, t: string, index: number): string | undefined => {
      if (token.length < 3 || lexicon.has(token)) return undefined;
      const lower = lookupForm(token, t, index);
      if (lower === undefined) return undefined;
      const fixed = accentVariant(lower, lexicon);
      if (fixed === undefined) return undefined;
      // A capital without its accent (Etats, Evaluation) is a typographic choice, not a defect.
      if (lower !== token && fixed.slice(1) === lower.slice(1)) return undefined;
      return matchCase(token, fixed);
    };
    return replaceEach(
      text,
      /(?<![\p{L}\d-])\p{L}+(?:-\p{L}+)*(?![\p{L}\d-])/gu,
      (m, t) => {
        const whole = fixWord(m[0], t, m.index);
        if (whole !== undefined || !m[0].includes('-')) return whole;
        let offset = m.index;
        let changed = false;
        const parts = m[0].split('-').map((part) => {
          const fixed = fixWord(part, t, offset);
          offset += part.length + 1;
          if (fixed !== undefined) changed = true;
          return fixed ?? part;
        });
        return changed ? parts.join('-') : undefined;
      },
      hit,
    );
  },
};

export const lostApostrophe: OcrRule = unknownWordRule(
  'lost-apostrophe',
  'An elision that lost its apostrophe ("sest" → s\'est, "senrichir" → s\'enrichir).',
  (lower, lexicon) => {
    const m = /^(qu|[sldnjmtc])(.{2,})$/.exec(lower);
    if (!m || !VOWEL_START.test(m[2]!) || !lexicon.has(m[2]!)) return undefined;
    return `${m[1]}'${m[2]}`;
  },
);

/** Splits an unknown token into glued function words and a final word (known or accent-fixable). */
function splitGlued(lower: string, lexicon: Lexicon, depth = 0): string[] | undefined {
  for (const prefix of GLUED_PREFIXES) {
    if (!lower.startsWith(prefix) || lower.length <= prefix.length + 1) continue;
    const rest = lower.slice(prefix.length);
    if (lexicon.has(rest)) return [prefix, rest];
    const accented = accentVariant(rest, lexicon);
    if (accented) return [prefix, accented];
    if (depth < 2) {
      const deeper = splitGlued(rest, lexicon, depth + 1);
      if (deeper) return [prefix, ...deeper];
    }
  }
  return undefined;
}

const prepositionA = (w: string) => (w === 'a' ? 'à' : w);

export const gluedWords: OcrRule = {
  name: 'glued-words',
  description:
    'Function words glued to the next word: "lajustice" → la justice, "alamise" → à la mise, ' +
    '"laBelgique" → la Belgique, "Auniveau" → Au niveau, "quiconcerne" → qui concerne.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      SIMPLE_WORD,
      (m, t) => {
        const token = m[0];
        // "laBelgique", "aMalines": a lowercase function word glued to a name.
        const named = /^(\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(token);
        if (named) {
          return GLUED_PREFIXES.includes(named[1]!)
            ? `${prepositionA(named[1]!)} ${named[2]}`
            : undefined;
        }
        if (lexicon.has(token)) return undefined;
        const lower = lookupForm(token, t, m.index);
        if (lower === undefined) return undefined;
        const parts = splitGlued(lower, lexicon);
        if (!parts) return undefined;
        return matchCase(token, parts.map(prepositionA).join(' '));
      },
      hit,
    );
  },
};

/** Thin glyphs the OCR tends to drop. */
const THIN_LETTERS = ['i', 'j', 'l', 't', 'f', 'r'];

export const droppedLetter: OcrRule = unknownWordRule(
  'dropped-letter',
  'A thin letter (i j l t f r) the OCR dropped: "déoué" → déjoué, "Ains" → Ainsi.',
  (lower, lexicon) => {
    const found = new Set<string>();
    for (let i = 1; i <= lower.length; i++) {
      for (const c of THIN_LETTERS) {
        const cand = lower.slice(0, i) + c + lower.slice(i);
        if (lexicon.has(cand)) found.add(cand);
      }
    }
    return unique(found);
  },
  { minLength: 4 },
);

export const extraLetter: OcrRule = unknownWordRule(
  'extra-letter',
  'A stray letter inside an unknown word (the rest may need an accent): "policrière" → ' +
    'policière, "qgue" → que, "matiéere" → matière.',
  (lower, lexicon) => {
    const found = new Set<string>();
    for (let i = 1; i < lower.length - 1; i++) {
      const cand = lower.slice(0, i) + lower.slice(i + 1);
      const fixed = lexicon.has(cand) ? cand : accentVariant(cand, lexicon);
      if (fixed) found.add(fixed);
    }
    return unique(found);
  },
  { minLength: 4 },
);

export const aGrave: OcrRule = {
  name: 'a-grave',
  description:
    'The preposition à printed "a". "a" stays the verb avoir after a subject pronoun ("il a", ' +
    '"qui a", "n\'a") or before a past participle ("a été", "a commencé", "a accru"), "pour" or ' +
    '"une fois"; otherwise (before an infinitive, a determiner, a name, a date…) it is à. ' +
    'A sentence-initial "A" before a determiner or l\' is À.',
  scope: 'all',
  apply(text, { lexicon }, hit) {
    const lower = replaceEach(
      text,
      /(?<![\p{L}\p{M}\d-])a(?![\p{L}\p{M}\d'’-])/gu,
      (m, t) => {
        const before = t.slice(0, m.index);
        const after = t.slice(m.index + 1);
        const prev = /(\p{L}+)['’]?\s*$/u.exec(before);
        const prevWord = prev?.[1]?.toLowerCase();
        const next = /^\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(after);
        if (/['’]$/.test(before)) return prevWord === 'jusqu' ? 'à' : undefined;
        if (!next) return undefined;
        const nextWord = next[1]!;
        if (prevWord && VERB_A_PREV.has(prevWord)) return undefined;
        if (VERB_A_NEXT.has(nextWord)) return undefined;
        if (nextWord === 'une' && next[2] === 'fois') return undefined;
        if (isPastParticiple(nextWord, lexicon)) return undefined;
        return 'à';
      },
      hit,
    );
    return replaceEach(
      lower,
      new RegExp(`(?<![${LETTER}\\d'’-])A(?= (${LETTER}+)(['’])?)`, 'gu'),
      (m, t) => {
        if (!isSentenceStart(t, m.index)) return undefined;
        const next = m[1]!.toLowerCase();
        if (m[2] || DETERMINERS.has(next) || isInfinitive(next, lexicon)) return 'À';
        return undefined;
      },
      hit,
    );
  },
};

export const capitalPossessive: OcrRule = {
  name: 'capital-possessive',
  description: 'A capitalised possessive inside a sentence ("pour Nos sociétés") is lowercased.',
  scope: 'all',
  apply(text, _ctx, hit) {
    return replaceEach(
      text,
      /(?<=\p{Ll} )(Nos|Notre|Vos|Votre)(?= \p{Ll})/gu,
      (m) => m[0].toLowerCase(),
      hit,
    );
  },
};

export const headingCapitalAccent: OcrRule = {
  name: 'heading-capital-accent',
  description:
    'In a heading, a capital that lost its accent gets it back when the accented word is the ' +
    'only known reading ("Evaluation" → Évaluation).',
  scope: 'heading',
  apply(text, { lexicon }, hit) {
    return replaceEach(
      text,
      /(?<![\p{L}\d-])\p{Lu}\p{Ll}+(?![\p{L}\d-])/gu,
      (m) => {
        if (lexicon.has(m[0])) return undefined;
        const fixed = accentVariant(m[0].toLowerCase(), lexicon);
        return fixed ? matchCase(m[0], fixed) : undefined;
      },
      hit,
    );
  },
};

/** All rules, in application order. */
export const OCR_RULES: readonly OcrRule[] = [
  unbalancedParen,
  straySymbols,
  doubleApostrophe,
  capitalIElision,
  pipeForL,
  lostLElision,
  strayLBeforeCapital,
  lForCapitalI,
  capitalIForL,
  loneIPronoun,
  romanNumeral,
  elidedQu,
  digitForA,
  ampersandE,
  letterConfusion,
  oeLigature,
  splitWord,
  accent,
  lostApostrophe,
  gluedWords,
  droppedLetter,
  extraLetter,
  aGrave,
  capitalPossessive,
  headingCapitalAccent,
];
