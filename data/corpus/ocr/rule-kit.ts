/**
 * What every OCR rule is built from: the rule shape, the `regexRule` factory (a rule that
 * rewrites the matches of one or more regexes, in order) and the lexicon lookups the rules share.
 */
import { type Lexicon } from './lexicon';
import { accentKey } from '../../../utils/text-normalize';
import { isSentenceStart, matchCase, replaceEach, SIMPLE_WORD, tokenShape } from './text-tools';

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

/** Returns the replacement of one match, or undefined to leave it as it is. */
export type MatchFix = (
  match: RegExpExecArray,
  text: string,
  lexicon: Lexicon,
) => string | undefined;

/** One regex pass of a rule: a global regex and the fix of each of its matches. */
export type RegexPass = readonly [pattern: RegExp, fix: MatchFix];

/**
 * A rule that runs its passes in order, each over the previous pass's output; every changed
 * match counts one repair. The regexes must be global (`g`); `replaceEach` resets them.
 */
export function regexRule(
  meta: { name: string; description: string; scope?: RuleScope },
  ...passes: readonly RegexPass[]
): OcrRule {
  return {
    name: meta.name,
    description: meta.description,
    scope: meta.scope ?? 'all',
    apply(text, { lexicon }, hit) {
      let out = text;
      for (const [pattern, fix] of passes) {
        out = replaceEach(out, pattern, (m, t) => fix(m, t, lexicon), hit);
      }
      return out;
    },
  };
}

/** The token's lookup form when a lexicon rule may touch it: lowercase, or capitalised at a
 * sentence start. Capitalised words inside a sentence are names (or foreign words): left alone. */
export function lookupForm(token: string, text: string, index: number): string | undefined {
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
    .byFold(accentKey(lower))
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
export function unknownWordRule(
  name: string,
  description: string,
  fix: (lower: string, lexicon: Lexicon) => string | undefined,
  opts: { minLength?: number } = {},
): OcrRule {
  return regexRule({ name, description }, [
    SIMPLE_WORD,
    (m, t, lexicon) => {
      const token = m[0];
      if (token.length < (opts.minLength ?? 2) || lexicon.has(token)) return undefined;
      const lower = lookupForm(token, t, m.index);
      if (lower === undefined) return undefined;
      const fixed = fix(lower, lexicon);
      return fixed === undefined ? undefined : matchCase(token, fixed);
    },
  ]);
}

/** The unique element of a set, if there is exactly one. */
export function unique(found: Set<string>): string | undefined {
  return found.size === 1 ? [...found][0] : undefined;
}
