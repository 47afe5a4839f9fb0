import { mattersImportUrl, periodOf } from './catalogue-api';

describe('Catalogue', () => {
  it('Should_put_a_month_in_its_two_month_survey_period', () => {
    expect([1, 2, 3, 10, 11, 12].map(periodOf)).toEqual([1, 1, 2, 5, 6, 6]);
  });

  it('Should_import_into_the_chosen_hall', () => {
    expect(mattersImportUrl('h 1')).toBe('/api/ratings/matters/import?HallId=h+1');
  });
});
