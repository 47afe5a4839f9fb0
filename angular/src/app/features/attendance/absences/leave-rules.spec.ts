import { FormControl, FormGroup } from '@angular/forms';
import { backAfter, canCancel, formatDays, halfOrdinal, stretchInOrder } from './leave-rules';

describe('leave rules', () => {
  const form = (startDate: string, startHalf: string, endDate: string, endHalf: string) =>
    new FormGroup(
      { startDate: new FormControl(startDate), startHalf: new FormControl(startHalf), endDate: new FormControl(endDate), endHalf: new FormControl(endHalf) },
      { validators: stretchInOrder },
    );

  it('Should_order_half_days_within_a_day_and_across_days', () => {
    expect(halfOrdinal('2026-03-02', 'Morning') < halfOrdinal('2026-03-02', 'Afternoon')).toBe(true);
    expect(halfOrdinal('2026-03-02', 'Afternoon') < halfOrdinal('2026-03-03', 'Morning')).toBe(true);
  });

  it('Should_mark_an_end_before_the_start_to_the_half_day_and_clears_it_once_fixed', () => {
    const f = form('2026-03-02', 'Afternoon', '2026-03-02', 'Morning');
    expect(f.controls.endDate.hasError('order')).toBe(true);
    f.controls.endHalf.setValue('Afternoon');
    expect(f.controls.endDate.hasError('order')).toBe(false);
    expect(f.valid).toBe(true);
    f.controls.endDate.setValue('2026-03-01');
    expect(f.controls.endDate.hasError('order')).toBe(true);
  });

  it('Should_let_the_requester_cancel_only_before_the_first_day_and_only_pending_or_approved_leave', () => {
    expect(canCancel({ status: 'Pending', startDate: '2026-03-03' }, '2026-03-02')).toBe(true);
    expect(canCancel({ status: 'Approved', startDate: '2026-03-03' }, '2026-03-03')).toBe(false);
    expect(canCancel({ status: 'Rejected', startDate: '2026-03-09' }, '2026-03-02')).toBe(false);
  });

  it('Should_write_half_days_as_people_say_them_and_computes_a_return_time', () => {
    expect(formatDays(3)).toBe('3');
    expect(formatDays(1.5)).toBe('1.5');
    expect(formatDays(null)).toBe('');
    expect(backAfter(30, new Date('2026-03-02T01:00:00Z'))).toBe('2026-03-02T01:30:00.000Z');
  });
});
