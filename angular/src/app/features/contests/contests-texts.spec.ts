import { Translations } from '../../core/feature';
import { CONTESTS_PAGES_EN } from './i18n/contests-pages.en';
import { CONTESTS_PAGES_ZH } from './i18n/contests-pages.zh-hans';

function keys(tree: Translations, path = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${path}${k}`] : keys(v, `${path}${k}.`))).sort();
}

describe('Contests pages texts', () => {
  it('Should_have_the_same_text_keys_in_both_languages', () => {
    expect(keys(CONTESTS_PAGES_EN)).toEqual(keys(CONTESTS_PAGES_ZH));
  });
});
