import { FormControl, FormGroup } from '@angular/forms';
import {
  cronValidator, formatSize, isPeriodOver, lastFinishedPeriod, periodValidator, progressPercent, recentYears, withdrawReasonValidator,
} from './bulletin-logic';

// 2026-12-03 10:00 in Beijing.
const NOW = new Date('2026-12-03T02:00:00Z');
// 2027-01-01 00:30 in Beijing, still 2026-12-31 in UTC.
const NEW_YEAR_BEIJING = new Date('2026-12-31T16:30:00Z');

describe('bulletin periods', () => {
  it('Should_offer_this_Beijing_year_and_the_five_before', () => {
    expect(recentYears(NOW)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(recentYears(NEW_YEAR_BEIJING)[0]).toBe(2027);
  });

  it('Should_count_a_month_over_only_once_the_next_has_begun_in_Beijing', () => {
    expect(isPeriodOver('Month', 2026, 11, NOW)).toBe(true);
    expect(isPeriodOver('Month', 2026, 12, NOW)).toBe(false);
    expect(isPeriodOver('Month', 2025, 12, NOW)).toBe(true);
    expect(isPeriodOver('Month', 2027, 1, NOW)).toBe(false);
    expect(isPeriodOver('Month', 2026, 12, NEW_YEAR_BEIJING)).toBe(true);
    expect(isPeriodOver('Month', 2026, 13, NOW)).toBe(false);
  });

  it('Should_count_a_year_over_only_after_it', () => {
    expect(isPeriodOver('Year', 2025, null, NOW)).toBe(true);
    expect(isPeriodOver('Year', 2026, null, NOW)).toBe(false);
    expect(isPeriodOver('Year', 2026, null, NEW_YEAR_BEIJING)).toBe(true);
  });

  it('Should_default_to_the_last_finished_period', () => {
    expect(lastFinishedPeriod('Month', NOW)).toEqual({ year: 2026, month: 11 });
    expect(lastFinishedPeriod('Month', new Date('2026-01-10T02:00:00Z'))).toEqual({ year: 2025, month: 12 });
    expect(lastFinishedPeriod('Year', NOW)).toEqual({ year: 2025, month: null });
  });

  it('Should_validate_the_generate_form_as_it_is_filled', () => {
    const year = new Date().getFullYear() + 1; // surely not over
    const form = new FormGroup({ periodKind: new FormControl('Month'), year: new FormControl<number | null>(2020), month: new FormControl<number | null>(null) },
      { validators: periodValidator });
    expect(form.errors).toEqual({ monthRequired: true });
    form.patchValue({ month: 5 });
    expect(form.errors).toBeNull();
    form.patchValue({ year });
    expect(form.errors).toEqual({ periodNotOver: true });
    form.patchValue({ periodKind: 'Year', year: 2020 });
    expect(form.errors).toBeNull();
  });
});

describe('bulletin progress and inputs', () => {
  it('Should_give_a_percent_only_once_the_total_is_known', () => {
    expect(progressPercent(0, 0)).toBeNull();
    expect(progressPercent(5, 40)).toBe(13);
    expect(progressPercent(40, 40)).toBe(100);
    expect(progressPercent(50, 40)).toBe(100);
  });

  it('Should_want_a_withdrawal_reason_of_five_characters_not_counting_spaces', () => {
    const c = new FormControl('', { validators: withdrawReasonValidator });
    expect(c.errors).toEqual({ required: true });
    c.setValue('  数据有误  ');
    expect(c.errors?.['minlength']).toBeTruthy();
    c.setValue('数据有误，重发');
    expect(c.errors).toBeNull();
    c.setValue('长'.repeat(501));
    expect(c.errors?.['maxlength']).toBeTruthy();
  });

  it('Should_accept_five_field_cron_expressions_only', () => {
    const c = new FormControl('', { validators: cronValidator });
    for (const ok of ['0 8 1 * *', '*/15 * * * *', '30 7 1 1,7 *', '0 9 * * 1-5', '0 9 ? * MON-FRI', '0 8 L * *']) {
      c.setValue(ok);
      expect(c.errors, ok).toBeNull();
    }
    for (const bad of ['0 8 1 *', '0 8 1 * * *', 'every day', '0 8 1 * 周一', '0 8 1 * (1)']) {
      c.setValue(bad);
      expect(c.errors, bad).toEqual({ cron: true });
    }
    c.setValue(' ');
    expect(c.errors).toEqual({ required: true });
  });

  it('Should_write_sizes_for_people', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(850_000)).toBe('830 KB');
    expect(formatSize(1_300_000)).toBe('1.2 MB');
    expect(formatSize(null)).toBe('');
  });
});
