import { frenchLexicon } from './lexicon';
import { OCR_RULES, type OcrRule, type RuleContext } from './rules';

/** Number of repairs each rule made, by rule name. */
export type RepairStats = Record<string, number>;

export interface Repairer {
  readonly rules: readonly OcrRule[];
  readonly stats: RepairStats;
  /** Repairs a passage text (`kind: 'passage'`) or a heading text (runs heading rules too). */
  repair(text: string, kind?: 'passage' | 'heading'): string;
  /** Counts a repair made outside the text rules (bullet letters, restored section numbers). */
  count(ruleName: string, n?: number): void;
}

export function emptyStats(rules: readonly OcrRule[]): RepairStats {
  return Object.fromEntries(rules.map((r) => [r.name, 0]));
}

export function createRepairer(
  rules: readonly OcrRule[] = OCR_RULES,
  ctx: RuleContext = { lexicon: frenchLexicon() },
): Repairer {
  const stats = emptyStats(rules);
  return {
    rules,
    stats,
    repair(text, kind = 'passage') {
      let out = text;
      for (const rule of rules) {
        if (rule.scope === 'heading' && kind !== 'heading') continue;
        out = rule.apply(out, ctx, () => {
          stats[rule.name] = (stats[rule.name] ?? 0) + 1;
        });
      }
      return out.replace(/\s+/g, ' ').trim();
    },
    count(ruleName, n = 1) {
      stats[ruleName] = (stats[ruleName] ?? 0) + n;
    },
  };
}

/** Repairs one string with all rules (tests and tools). */
export function repairText(text: string, rules: readonly OcrRule[] = OCR_RULES): string {
  return createRepairer(rules).repair(text);
}
