import { Translations } from '../../core/feature';
import { SUPERVISION_FEATURE } from './supervision.feature';

function keys(tree: Translations, path = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${path}${k}`] : keys(v, `${path}${k}.`))).sort();
}

describe('Supervision feature', () => {
  it('Should_have_the_same_text_keys_in_both_languages', () => {
    const texts = SUPERVISION_FEATURE.translations!;
    expect(keys(texts.en)).toEqual(keys(texts['zh-Hans']));
  });
});
