import { describe, expect, it } from 'vitest';
import {
  INLINE_TAGS,
  SKIP_TAGS,
  isCodePre,
  isEditableValue,
  mayHoldTerm,
  nodeAt,
  planChunks,
  predictTotal,
  sendStep,
} from '../../../utils/scan-rules';
import * as generated from '../../../data/generated/matcher-table.json';
import { EXPAND, SKIP, expansions, fold } from '../../../utils/matcher/fold';
import { createMatcher, type MatcherTable } from '../../../utils/term-matcher';

describe('planChunks', () => {
  it('keeps a short text whole', () => {
    expect(planChunks('abc def', 100, 10)).toEqual([{ from: 0, to: 7, keepUntil: 7 }]);
  });

  it('covers a long text once, with overlaps, cutting after whitespace', () => {
    const words = Array.from({ length: 400 }, (_, i) => `mot${i}`).join(' ');
    const chunks = planChunks(words, 200, 40);
    expect(chunks[0]!.from).toBe(0);
    expect(chunks.at(-1)!.keepUntil).toBe(words.length);
    for (let i = 1; i < chunks.length; i++) {
      const c = chunks[i]!;
      expect(c.from).toBe(chunks[i - 1]!.keepUntil);
      expect(words[c.from - 1]).toBe(' ');
      expect(c.to - c.keepUntil).toBeLessThanOrEqual(40);
    }
  });

  it('finds every occurrence exactly once when matches are shorter than the overlap', () => {
    const text = 'x '.repeat(5000) + 'PNR ' + 'y '.repeat(3000) + 'PNR';
    const found: number[] = [];
    for (const c of planChunks(text, 1000, 64)) {
      const part = text.slice(c.from, c.to);
      for (let i = part.indexOf('PNR'); i >= 0; i = part.indexOf('PNR', i + 1)) {
        if (i + c.from < c.keepUntil) found.push(i + c.from);
      }
    }
    expect(found).toEqual([10000, 16004]);
  });

  it('cuts inside a word only when there is no whitespace nearby', () => {
    const text = 'a'.repeat(1000);
    const chunks = planChunks(text, 300, 20);
    expect(chunks.map((c) => c.keepUntil)).toEqual([300, 600, 900, 1000]);
  });
});

describe('predictTotal', () => {
  it('scales what was found by the share of the text walked', () => {
    // 300 matches in the first 30,000 of 522,000 characters.
    expect(predictTotal(300, 30_000, 522_000)).toBe(5220);
    expect(predictTotal(300, 261_000, 522_000)).toBe(600);
  });

  it('counts what was found once the walk reached the estimated length, or walked nothing', () => {
    expect(predictTotal(300, 600_000, 522_000)).toBe(300);
    expect(predictTotal(300, 522_000, 522_000)).toBe(300);
    expect(predictTotal(12, 0, 522_000)).toBe(12);
  });
});

describe('nodeAt', () => {
  const starts = [0, 8, 17, 30];
  it('maps a start offset to the node holding it', () => {
    expect(nodeAt(starts, 0)).toBe(0);
    expect(nodeAt(starts, 7)).toBe(0);
    expect(nodeAt(starts, 8)).toBe(1);
    expect(nodeAt(starts, 29)).toBe(2);
    expect(nodeAt(starts, 45)).toBe(3);
  });
  it('maps an end offset on a node boundary to the node before it', () => {
    expect(nodeAt(starts, 8, true)).toBe(0);
    expect(nodeAt(starts, 9, true)).toBe(1);
    expect(nodeAt(starts, 30, true)).toBe(2);
  });
});

describe('element rules', () => {
  it('skips code, form fields, scripts, graphics and our own host; not prose containers', () => {
    for (const t of [
      'script',
      'style',
      'textarea',
      'input',
      'select',
      'code',
      'kbd',
      'samp',
      'svg',
      'vdl-card',
    ]) {
      expect(SKIP_TAGS.has(t)).toBe(true);
    }
    for (const t of ['p', 'div', 'pre', 'article', 'span', 'a', 'td'])
      expect(SKIP_TAGS.has(t)).toBe(false);
  });

  it('treats text-level elements as one flow and blocks as boundaries', () => {
    for (const t of ['a', 'b', 'em', 'span', 'strong', 'abbr'])
      expect(INLINE_TAGS.has(t)).toBe(true);
    for (const t of ['p', 'div', 'li', 'td', 'br', 'h1']) expect(INLINE_TAGS.has(t)).toBe(false);
  });

  it('tells code blocks from preformatted prose', () => {
    expect(isCodePre('code', '', '')).toBe(true);
    expect(isCodePre(undefined, 'highlight-source-ts', '')).toBe(true);
    expect(isCodePre(undefined, '', 'highlight')).toBe(true);
    expect(isCodePre(undefined, 'hljs language-js', '')).toBe(true);
    // GDPRhub: a machine-translated decision in a bare <pre>.
    expect(isCodePre(undefined, '', 'mw-parser-output')).toBe(false);
    expect(isCodePre('b', '', '')).toBe(false);
  });

  it('reads contenteditable values like the browser', () => {
    expect(isEditableValue(null)).toBe(false);
    expect(isEditableValue('')).toBe(true);
    expect(isEditableValue('true')).toBe(true);
    expect(isEditableValue('plaintext-only')).toBe(true);
    expect(isEditableValue('FALSE')).toBe(false);
  });
});

describe('sendStep', () => {
  const step = (inFlight: number, texts: number, chars: number, walking: boolean) =>
    sendStep(inFlight, texts, chars, walking, 65_536, 1024);

  it('walks on while nothing waits, or less than a request while the walk goes on', () => {
    expect(step(0, 0, 0, true)).toBe('walk');
    expect(step(0, 0, 0, false)).toBe('walk');
    expect(step(0, 3, 20_000, true)).toBe('walk');
    expect(step(1, 3, 20_000, true)).toBe('walk');
  });

  it('sends a full request, or what is left once the walk ended, when no request is out', () => {
    expect(step(0, 8, 65_536, true)).toBe('send');
    expect(step(0, 1024, 4_000, true)).toBe('send');
    expect(step(0, 2, 900, false)).toBe('send');
  });

  it('keeps one request out at a time: a full one waits for the answer', () => {
    expect(step(1, 8, 65_536, true)).toBe('wait');
    expect(step(1, 8, 70_000, false)).toBe('wait');
    expect(step(1, 1024, 4_000, true)).toBe('wait');
    // What is left after the walk goes with the next answer's slice; other jobs walk meanwhile.
    expect(step(1, 2, 900, false)).toBe('walk');
  });
});

describe('mayHoldTerm', () => {
  it('turns away figures, ASCII punctuation but the slash, and spaces', () => {
    for (const t of [
      '12',
      '1 400',
      '3,5 %',
      '(2019)',
      '12:30',
      ' ',
      '1\u00a0000',
      '#42!',
      '— … “ ”',
    ])
      expect(mayHoldTerm(t), t).toBe(false);
    for (const t of ['1/2', 'km', 'EU', '12 PNR', 'é', 'Ⅱ', '１２', '2019.\u00adx', 'ª', '㎞'])
      expect(mayHoldTerm(t), t).toBe(true);
  });

  it('turns away text in scripts no term is written in, unless it holds a Latin word', () => {
    const other = [
      'Η δικαστική συνεργασία ενισχύεται.',
      'Судебное сотрудничество — 2024 г.',
      'שיתוף פעולה משפטי',
      'التعاون القضائي',
      'न्यायिक सहयोग',
      'ความร่วมมือทางตุลาการ',
      '司法合作“欧洲”，2024年。',
      '司法協力のために',
      '사법 협력',
    ];
    for (const t of other) expect(mayHoldTerm(t), t).toBe(false);
    for (const t of other) expect(mayHoldTerm(`${t} Europol`), t).toBe(true);
    expect(mayHoldTerm('欧洲刑警组织（PNR）')).toBe(true);
  });

  it('turns away no character that could spell a surface or context word, folded or not', () => {
    // Every code unit a turned-away text may hold, as it is and as the matcher folds it.
    const away = new Set<string>();
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (mayHoldTerm(ch)) continue;
      away.add(ch);
      const f = fold(c);
      if (f === EXPAND) for (const x of expansions.get(c) ?? '') away.add(x);
      else if (f !== SKIP) away.add(String.fromCharCode(f));
    }
    expect(away.has('Ω') && away.has('中') && away.has('—')).toBe(true);
    const words = [
      ...(generated.surfaces as string[]).flatMap((s) => s.split('|')),
      ...(generated.context as string[]),
    ].map((w) => w.replace(/^\?=|^=/, '').replace(/\*$/, ''));
    expect(words.length).toBeGreaterThan(400);
    // A text of turned-away characters alone, however folded, cannot spell any of them.
    for (const w of words)
      expect(
        [...w].some((ch) => !away.has(ch)),
        w,
      ).toBe(true);
  });

  it('holds for every surface of the matcher table', () => {
    const surfaces = (generated.surfaces as string[]).flatMap((s) => s.split('|'));
    expect(surfaces.length).toBeGreaterThan(200);
    for (const s of surfaces) expect(mayHoldTerm(s.replace(/^\?=|^=/, '')), s).toBe(true);
  });

  it('turns away no text the matcher finds a term in (« 2022/915 » needs its slash)', () => {
    const matcher = createMatcher({ ...generated, version: 1 } as unknown as MatcherTable);
    const texts = ['0', '12 km', 'PNR 2019', '3.5', 'Europol', '2022 915', '2022-915', '2022/915'];
    const found = texts.filter((t) => matcher.scan(t, matcher.newEvidence()).length > 0);
    expect(found).toEqual(['PNR 2019', 'Europol', '2022/915']);
    expect(found.every(mayHoldTerm)).toBe(true);
    expect(texts.filter((t) => !mayHoldTerm(t))).toEqual(['0', '3.5', '2022 915', '2022-915']);
  });
});
