/**
 * OCR rules that repair whole words with the French lexicon (split, glued, accent-less, one letter
 * dropped or added) and the grammar of "a" / "à". Applied after the glyph rules.
 */
import {
  DETERMINERS,
  GLUED_PREFIXES,
  isInfinitive,
  isPastParticiple,
  VERB_A_NEXT,
  VERB_A_PREV,
} from './french-grammar';
import { type Lexicon } from './lexicon';
import {
  accentVariant,
  lookupForm,
  type OcrRule,
  regexRule,
  unique,
  unknownWordRule,
} from './rule-kit';
import { isSentenceStart, matchCase, SIMPLE_WORD, VOWEL_START } from './text-tools';

const LETTER = '\\p{L}';

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

/** The accent-fixed form of one token, or undefined. */
function accentFix(token: string, t: string, index: number, lexicon: Lexicon): string | undefined {
  if (token.length < 3 || lexicon.has(token)) return undefined;
  const lower = lookupForm(token, t, index);
  if (lower === undefined) return undefined;
  const fixed = accentVariant(lower, lexicon);
  if (fixed === undefined) return undefined;
  // A capital without its accent (Etats, Evaluation) is a typographic choice, not a defect.
  if (lower !== token && fixed.slice(1) === lower.slice(1)) return undefined;
  return matchCase(token, fixed);
}

export const accent = regexRule(
  {
    name: 'accent',
    description:
      'An unknown word whose accent variant is known gets that variant (matiére → matière, ' +
      'systemes → systèmes, déja → déjà, francais → français). Capitals keep their own choice.',
  },
  [
    /(?<![\p{L}\d-])\p{L}+(?:-\p{L}+)*(?![\p{L}\d-])/gu,
    (m, t, lexicon) => {
      const whole = accentFix(m[0], t, m.index, lexicon);
      if (whole !== undefined || !m[0].includes('-')) return whole;
      let offset = m.index;
      let changed = false;
      const parts = m[0].split('-').map((part) => {
        const fixed = accentFix(part, t, offset, lexicon);
        offset += part.length + 1;
        if (fixed !== undefined) changed = true;
        return fixed ?? part;
      });
      return changed ? parts.join('-') : undefined;
    },
  ],
);

export const lostApostrophe = unknownWordRule(
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

export const gluedWords = regexRule(
  {
    name: 'glued-words',
    description:
      'Function words glued to the next word: "lajustice" → la justice, "alamise" → à la mise, ' +
      '"laBelgique" → la Belgique, "Auniveau" → Au niveau, "quiconcerne" → qui concerne.',
  },
  [
    SIMPLE_WORD,
    (m, t, lexicon) => {
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
  ],
);

/** Thin glyphs the OCR tends to drop. */
const THIN_LETTERS = ['i', 'j', 'l', 't', 'f', 'r'];

export const droppedLetter = unknownWordRule(
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

export const extraLetter = unknownWordRule(
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

export const aGrave = regexRule(
  {
    name: 'a-grave',
    description:
      'The preposition à printed "a". "a" stays the verb avoir after a subject pronoun ("il a", ' +
      '"qui a", "n\'a") or before a past participle ("a été", "a commencé", "a accru"), "pour" or ' +
      '"une fois"; otherwise (before an infinitive, a determiner, a name, a date…) it is à. ' +
      'A sentence-initial "A" before a determiner or l\' is À.',
  },
  [
    /(?<![\p{L}\p{M}\d-])a(?![\p{L}\p{M}\d'’-])/gu,
    (m, t, lexicon) => {
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
  ],
  [
    new RegExp(`(?<![${LETTER}\\d'’-])A(?= (${LETTER}+)(['’])?)`, 'gu'),
    (m, t, lexicon) => {
      if (!isSentenceStart(t, m.index)) return undefined;
      const next = m[1]!.toLowerCase();
      if (m[2] || DETERMINERS.has(next) || isInfinitive(next, lexicon)) return 'À';
      return undefined;
    },
  ],
);

export const capitalPossessive = regexRule(
  {
    name: 'capital-possessive',
    description: 'A capitalised possessive inside a sentence ("pour Nos sociétés") is lowercased.',
  },
  [/(?<=\p{Ll} )(Nos|Notre|Vos|Votre)(?= \p{Ll})/gu, (m) => m[0].toLowerCase()],
);

export const headingCapitalAccent = regexRule(
  {
    name: 'heading-capital-accent',
    description:
      'In a heading, a capital that lost its accent gets it back when the accented word is the ' +
      'only known reading ("Evaluation" → Évaluation).',
    scope: 'heading',
  },
  [
    /(?<![\p{L}\d-])\p{Lu}\p{Ll}+(?![\p{L}\d-])/gu,
    (m, _t, lexicon) => {
      if (lexicon.has(m[0])) return undefined;
      const fixed = accentVariant(m[0].toLowerCase(), lexicon);
      return fixed ? matchCase(m[0], fixed) : undefined;
    },
  ],
);
