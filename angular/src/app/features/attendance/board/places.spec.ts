import { AttendanceHallDto, AttendanceTrendDto } from '../../../proxy/models';
import { placeChoices, placeFromQuery } from './places';
import { MAX_CHART_UNITS, trendSeries } from './trend';

const halls: AttendanceHallDto[] = [
  { id: 'h1', name: '市中心', wholeHall: true, units: [{ id: 'u1', name: '综合' }, { id: 'u2', name: '税务' }] },
  { id: 'h2', name: '分中心', wholeHall: false, units: [{ id: 'u3', name: '综合' }] },
];

describe('attendance places and trend', () => {
  it('Should_offer_a_whole_hall_only_where_the_scope_covers_it_and_name_units_with_their_hall', () => {
    const choices = placeChoices(halls);

    expect(choices.map((c) => c.key)).toEqual(['hall:h1', 'unit:u1', 'unit:u2', 'unit:u3']);
    expect(choices[3].label).toBe('综合（分中心）');
  });

  it('Should_pick_the_place_the_url_names_else_the_first', () => {
    const choices = placeChoices(halls);

    expect(placeFromQuery(choices, 'u2', null)?.key).toBe('unit:u2');
    expect(placeFromQuery(choices, null, 'h1')?.key).toBe('hall:h1');
    expect(placeFromQuery(choices, 'nope', null)?.key).toBe('hall:h1');
    expect(placeFromQuery([], null, null)).toBeNull();
  });

  it('Should_draw_the_units_with_the_most_marks_first_and_at_most_a_few', () => {
    const units = Array.from({ length: 10 }, (_, i) => ({ unitId: `u${i}`, unitName: i === 0 ? null : `单位${i}`, late: [i, 0], absent: [0, 1], sessions: [10, 10] }));
    const trend: AttendanceTrendDto = { months: ['2026-10', '2026-11'], units };

    const series = trendSeries(trend, 'late', '（无单位）');

    expect(series).toHaveLength(MAX_CHART_UNITS);
    expect(series[0]).toEqual({ name: '单位9', values: [9, 0] });
    expect(series.map((s) => s.name)).not.toContain('（无单位）');
  });
});
