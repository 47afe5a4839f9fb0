import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatInputModule } from '@angular/material/input';
import { LanguageService } from '../core/i18n/language.service';
import { DATEPICKER_INTL } from './datepicker-intl';
import { LocalDatePipe, formatDayField, formatLongDate, parseDay, provideAppDates } from './dates';
import { provideTestTranslations } from '../testing/translations';

@Component({
  imports: [ReactiveFormsModule, MatInputModule, MatDatepickerModule, LocalDatePipe],
  providers: DATEPICKER_INTL,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <input matInput [matDatepicker]="picker" [formControl]="day" data-testid="day" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
    </mat-form-field>
    <p data-testid="prose">{{ '2026-01-01T04:00:00Z' | localDate }}</p>
  `,
})
class DateFieldHost {
  readonly day = new FormControl<string | null>('2026-01-01');
}

describe('dates', () => {
  it('Should_read_year_first_days_in_any_language_and_US_order_only_in_English', () => {
    for (const text of ['2026-01-01', '2026/1/1', '2026.01.01', '2026年1月1日', ' 2026 年 1 月 1 日 ']) expect(parseDay(text, 'zh-CN')).toBe('2026-01-01');
    expect(parseDay('2026-1-31', 'en-US')).toBe('2026-01-31');
    expect(parseDay('01/31/2026', 'en-US')).toBe('2026-01-31');
    expect(parseDay('1/31/2026', 'zh-CN')).toBeNull();
    expect(parseDay('2026-02-30', 'zh-CN')).toBeNull();
    expect(parseDay('2026-13-01', 'en-US')).toBeNull();
    expect(parseDay('明天', 'zh-CN')).toBeNull();
  });

  it('Should_show_fields_as_2026_01_01_in_Chinese_and_01_01_2026_in_English', () => {
    expect(formatDayField('2026-01-01', 'zh-CN')).toBe('2026-01-01');
    expect(formatDayField('2026-01-01', 'en-US')).toBe('01/01/2026');
  });

  it('Should_write_prose_dates_as_2026年1月1日_in_Chinese_and_January_1_2026_in_English', () => {
    expect(formatLongDate('2026-01-01', 'zh-Hans')).toBe('2026年1月1日');
    expect(formatLongDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatLongDate('2026-12-31', 'zh-Hans')).toBe('2026年12月31日');
    expect(formatLongDate(null, 'zh-Hans')).toBe('');
    expect(formatLongDate('not a date', 'zh-Hans')).toBe('');
  });

  describe('with the language switch', () => {
    beforeEach(async () => {
      try { localStorage.removeItem('training.lang'); } catch { /* none */ }
      TestBed.configureTestingModule({
        providers: [
          ...provideTestTranslations('zh-Hans'),
          provideAppDates(),
        ],
      });
      await TestBed.inject(LanguageService).use('zh-Hans');
    });

    afterEach(() => {
      try { localStorage.removeItem('training.lang'); } catch { /* none */ }
    });

    it('Should_switch_the_date_adapter_with_the_UI_language', async () => {
      const adapter = TestBed.inject(DateAdapter) as DateAdapter<string>;
      expect(adapter.format('2026-01-01', 'field')).toBe('2026-01-01');
      expect(adapter.getFirstDayOfWeek()).toBe(1);
      expect(adapter.format('2026-01-01', { year: 'numeric', month: 'long' })).toBe('2026年1月');
      await TestBed.inject(LanguageService).use('en');
      expect(adapter.format('2026-01-01', 'field')).toBe('01/01/2026');
      expect(adapter.getFirstDayOfWeek()).toBe(0);
      expect(adapter.format('2026-01-01', { year: 'numeric', month: 'long' })).toBe('January 2026');
    });

    it('Should_keep_the_ISO_day_in_the_form_and_show_it_in_the_UI_language', async () => {
      const fixture = TestBed.createComponent(DateFieldHost);
      await fixture.whenStable();
      const el = fixture.nativeElement as HTMLElement;
      const input = el.querySelector<HTMLInputElement>('[data-testid=day]')!;
      const prose = () => el.querySelector('[data-testid=prose]')!.textContent!.trim();
      expect(input.value).toBe('2026-01-01');
      expect(prose()).toBe('2026年1月1日');
      expect(el.querySelector('mat-datepicker-toggle button')!.getAttribute('aria-label')).toBe('打开日历');

      input.value = '2026年3月5日';
      input.dispatchEvent(new Event('input'));
      expect(fixture.componentInstance.day.value).toBe('2026-03-05');

      await TestBed.inject(LanguageService).use('en');
      fixture.detectChanges();
      await fixture.whenStable();
      expect(input.value).toBe('03/05/2026');
      expect(prose()).toBe('January 1, 2026');
      expect(el.querySelector('mat-datepicker-toggle button')!.getAttribute('aria-label')).toBe('Open calendar');
      expect(fixture.componentInstance.day.value).toBe('2026-03-05');

      input.value = '12/24/2026';
      input.dispatchEvent(new Event('input'));
      expect(fixture.componentInstance.day.value).toBe('2026-12-24');

      input.value = '13/45/2026';
      input.dispatchEvent(new Event('input'));
      expect(fixture.componentInstance.day.value).toBeNull();
      expect(fixture.componentInstance.day.hasError('matDatepickerParse')).toBe(true);
    });
  });
});
