import { describe, expect, it } from 'vitest';
import {
  applyApostrophe,
  dominantApostrophe,
  unifyApostrophes,
} from '../../../../data/corpus/apostrophes';
import { buildCorpus } from '../../../../data/corpus/build-corpus';
import { passageId } from '../../../../data/corpus/passage-id';
import { builtCorpus, seedsDir } from './corpus-fixture';

const ELISION = /(?<=\p{L})['’](?=\p{L})/gu;
const styles = (texts: string[]) => new Set(texts.flatMap((t) => t.match(ELISION) ?? []));

describe('apostrophe style', () => {
  it('the dominant style counts apostrophes between letters only', () => {
    expect(dominantApostrophe(["l'Union", "aujourd'hui", 'l’État'])).toBe("'");
    expect(dominantApostrophe(['l’Union', "d'abord", 'qu’il'])).toBe('’');
    // Quotes and primes are not elisions; a tie (or nothing) keeps the typographic ’.
    expect(dominantApostrophe(["'cité'", "5' de marche", 'l’an', "d'un"])).toBe('’');
    expect(dominantApostrophe([])).toBe('’');
  });

  it('rewrites elisions only, one character for one', () => {
    const t = "Le 'point' : l'Union et l’État, aujourd'hui 5'.";
    const out = applyApostrophe(t, '’');
    expect(out).toBe("Le 'point' : l’Union et l’État, aujourd’hui 5'.");
    expect(out.length).toBe(t.length);
  });

  it('gives each document its own dominant style', () => {
    const items = [
      { doc: 'a', text: "l'Union et d'abord" },
      { doc: 'a', text: 'l’État' },
      { doc: 'b', text: 'qu’il et l’an' },
      { doc: 'b', text: "d'un" },
    ];
    const changed = unifyApostrophes(items);
    expect(items.map((i) => i.text)).toEqual([
      "l'Union et d'abord",
      "l'État",
      'qu’il et l’an',
      'd’un',
    ]);
    expect(changed.get('a')).toBe(1);
    expect(changed.get('b')).toBe(1);
  });
});

describe('the built corpus', () => {
  const { corpus } = builtCorpus();
  const docs = [...new Set(corpus.passages.map((p) => p.doc))];

  it('uses one apostrophe style per text (the 2023 text mixed them in one sentence)', () => {
    for (const doc of docs) {
      const texts = [...corpus.passages, ...corpus.headings]
        .filter((x) => x.doc === doc)
        .map((x) => x.text);
      expect(styles(texts).size, doc).toBeLessThanOrEqual(1);
    }
    // As received, the 2023 declaration has both.
    const originals = corpus.passages
      .filter((p) => p.doc === 'declaration-2023-05-05')
      .map((p) => p.original);
    expect(styles(originals).size).toBe(2);
  });

  it('keeps every passage id: ids hash the original text, which keeps its apostrophes', () => {
    for (const p of corpus.passages) {
      expect(p.id === passageId(p.original) || p.id.startsWith('p-')).toBe(true);
    }
    // Building without the unification would give the same ids (it only touches `text`).
    const again = buildCorpus(seedsDir);
    expect(again.passages.map((p) => p.id)).toEqual(corpus.passages.map((p) => p.id));
    const mixed = corpus.passages.find((p) => p.original.includes('’') && p.original.includes("'"));
    expect(mixed).toBeDefined();
    expect(mixed!.id).toBe(passageId(mixed!.original));
  });
});
