import { describe, expect, it } from 'vitest';
import { passageId } from '../../data/corpus/passage-id';

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
