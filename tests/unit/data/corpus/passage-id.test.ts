import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../data/corpus/build-corpus';
import { passageId } from '../../../../data/corpus/passage-id';
import { OCR_RULES } from '../../../../data/corpus/ocr/rules';
import { builtCorpus, seedsDir } from './corpus-fixture';

const { corpus } = builtCorpus();
const idsOf = (c: { passages: { id: string }[] }) => c.passages.map((p) => p.id);

/** Every passage of the full build is still there, with the same id, in `variant`. */
function expectSameIds(variant: { passages: { id: string; original: string; doc: string }[] }) {
  const byId = new Map(variant.passages.map((p) => [p.id, p]));
  for (const p of corpus.passages) {
    expect(byId.get(p.id)?.original, p.original).toBe(p.original);
    expect(byId.get(p.id)?.doc).toBe(p.doc);
  }
  // Only passages the repair removes entirely (stray symbols) may be extra.
  const extra = variant.passages.filter((p) => !corpus.passages.some((q) => q.id === p.id));
  for (const p of extra) expect(p.original).toMatch(/^[^\p{L}]*\p{L}?[^\p{L}]*$/u);
}

describe('passageId', () => {
  it('is a valid HTML id with a fixed shape', () => {
    expect(passageId('Nous avons décidé de mettre en place un groupe de travail')).toMatch(
      /^p-[0-9a-f]{12}$/,
    );
  });
  it('ignores whitespace, case, accents and punctuation of the original text', () => {
    const a = passageId('Le flux de coopération judiciaire en matiéere pénale\nentre la France');
    const b = passageId('le flux de cooperation  judiciaire en matieere penale entre la France.');
    expect(a).toBe(b);
  });
  it('differs for different passages', () => {
    expect(passageId('Frontex')).not.toBe(passageId('Europol'));
  });
});

describe('passage ids of the built corpus', () => {
  it('are unique within the corpus and valid HTML ids', () => {
    const ids = idsOf(corpus);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^p-[0-9a-f]{12}$/);
  });

  it('are the hash of the original text, not of the repaired one', () => {
    for (const p of corpus.passages) {
      // A text repeated in another document is salted with that document's id.
      expect([passageId(p.original), passageId(`${p.doc} ${p.original}`)]).toContain(p.id);
    }
    expect(corpus.passages.filter((p) => p.id !== passageId(p.original))).toHaveLength(1);
  });

  it('do not move when the OCR repair changes (no rules at all)', () => {
    const bare = buildCorpus(seedsDir, { rules: [] });
    expectSameIds(bare);
    // Without repair the damaged texts are as received.
    expect(bare.passages.every((p) => p.text === p.original)).toBe(true);
  });

  it.each(OCR_RULES.map((r) => [r.name]))('do not move when rule %s is removed', (name) => {
    const without = buildCorpus(seedsDir, { rules: OCR_RULES.filter((r) => r.name !== name) });
    expectSameIds(without);
  });

  it('are stable for a rule that changes its behaviour', () => {
    const changed = OCR_RULES.map((r) =>
      r.name === 'accent' ? { ...r, apply: (t: string) => t.toUpperCase() } : r,
    );
    expectSameIds(buildCorpus(seedsDir, { rules: changed }));
  });
});
