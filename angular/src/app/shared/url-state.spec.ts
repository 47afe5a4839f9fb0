import { convertToParamMap } from '@angular/router';
import { readTableState, toQueryParams } from './url-state';

const DEFAULTS = { sort: 'staffNumber asc', size: 20 };

describe('table state in the URL', () => {
  it('Should_read_page_size_sort_filter_and_extra_keys', () => {
    const s = readTableState(convertToParamMap({ page: '2', size: '50', sort: 'name desc', filter: '王', unitId: 'u1' }), DEFAULTS, ['unitId', 'kind']);
    expect(s).toEqual({ page: 2, size: 50, sort: 'name desc', filter: '王', unitId: 'u1', kind: '' });
  });

  it('Should_fall_back_to_defaults_for_missing_or_bad_values', () => {
    const s = readTableState(convertToParamMap({ page: '-3', size: '7', sort: 'name; drop table' }), DEFAULTS);
    expect(s).toEqual({ page: 0, size: 20, sort: 'staffNumber asc', filter: '' });
  });

  it('Should_leave_defaults_and_empty_values_out_of_the_URL', () => {
    expect(toQueryParams({ page: 0, size: 20, sort: 'staffNumber asc', filter: '' }, DEFAULTS)).toEqual({ page: null, size: null, sort: null, filter: null });
    expect(toQueryParams({ page: 3, sort: 'name asc', filter: 'S01' }, DEFAULTS)).toEqual({ page: 3, sort: 'name asc', filter: 'S01' });
  });
});
