import { EnvironmentProviders, Injectable, Pipe, PipeTransform, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, MatDateFormats, NativeDateAdapter } from '@angular/material/core';
import { TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../core/i18n/language.service';

/**
 * Dates as people read them in each UI language:
 * - zh-Hans: 2026-01-01 in fields and tables, 2026年1月1日 in prose; weeks start on Monday.
 * - en: 01/01/2026 in fields, January 1, 2026 in prose; weeks start on Sunday.
 * Date fields are Material datepickers whose form value stays the ISO day "2026-01-01" (what the API takes), whatever
 * the language shows; the datepicker follows the run-time language switch.
 */
export const DATE_LOCALES = { 'zh-Hans': 'zh-CN', en: 'en-US' } as const;

/** The Intl locale for a UI language ('zh-Hans' unless 'en'). */
export function dateLocale(lang: string | null | undefined): string {
  return lang === 'en' ? DATE_LOCALES.en : DATE_LOCALES['zh-Hans'];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INVALID = 'invalid-date';

/** A calendar day from its parts, or null when there is no such day (2026-02-30). */
function day(y: number, m: number, d: number): string | null {
  if (!(y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== m - 1 || date.getDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toDate(iso: string): Date {
  const [, y, m, d] = ISO_DAY.exec(iso)!.map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

function fromDate(date: Date): string {
  return day(date.getFullYear(), date.getMonth() + 1, date.getDate())!;
}

/** Text typed into a date field → the ISO day; null when it is not a date. Year first in any language; en also M/D/YYYY. */
export function parseDay(text: string, locale: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = locale.startsWith('en') ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t) : null;
  if (m) return day(+m[3], +m[1], +m[2]);
  return null;
}

/** An ISO day as a field shows it: 2026-01-01 (zh-Hans), 01/01/2026 (en). */
export function formatDayField(iso: string, locale: string): string {
  if (!locale.startsWith('en')) return iso;
  const [, y, m, d] = ISO_DAY.exec(iso)!;
  return `${m}/${d}/${y}`;
}

/** A day or an instant in prose: 2026年1月1日 (zh-Hans), January 1, 2026 (en). An ISO day is that day; an instant is the local day. */
export function formatLongDate(value: string | Date | null | undefined, lang: string): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' && ISO_DAY.test(value) ? toDate(value) : new Date(value);
  if (isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(dateLocale(lang), { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** The display format the adapter recognises for fields. */
const FIELD = 'field';

export const APP_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: FIELD },
  display: {
    dateInput: FIELD,
    monthLabel: { month: 'short' },
    monthYearLabel: { year: 'numeric', month: 'short' },
    dateA11yLabel: { year: 'numeric', month: 'long', day: 'numeric' },
    monthYearA11yLabel: { year: 'numeric', month: 'long' },
  },
};

/**
 * Material's date adapter for ISO day strings ("2026-01-01"): the form controls keep what the API sends and takes,
 * and the field shows the day in the format of the UI language. Names of months and days come from the native adapter.
 */
@Injectable()
export class IsoDayDateAdapter extends DateAdapter<string, string> {
  private readonly native = new NativeDateAdapter();

  constructor() {
    super();
    this.setLocale(String(inject(MAT_DATE_LOCALE, { optional: true }) ?? DATE_LOCALES['zh-Hans']));
  }

  override setLocale(locale: string): void {
    this.native?.setLocale(locale);
    super.setLocale(locale);
  }

  private get tag(): string { return String(this.locale); }

  getYear(date: string): number { return +date.slice(0, 4); }
  getMonth(date: string): number { return +date.slice(5, 7) - 1; }
  getDate(date: string): number { return +date.slice(8, 10); }
  getDayOfWeek(date: string): number { return toDate(date).getDay(); }
  getMonthNames(style: 'long' | 'short' | 'narrow'): string[] { return this.native.getMonthNames(style); }
  getDateNames(): string[] { return this.native.getDateNames(); }
  getDayOfWeekNames(style: 'long' | 'short' | 'narrow'): string[] { return this.native.getDayOfWeekNames(style); }
  getYearName(date: string): string { return this.native.getYearName(toDate(date)); }
  getFirstDayOfWeek(): number { return this.tag.startsWith('en') ? 0 : 1; }
  getNumDaysInMonth(date: string): number { return this.native.getNumDaysInMonth(toDate(date)); }
  clone(date: string): string { return date; }
  createDate(year: number, month: number, date: number): string {
    const d = day(year, month + 1, date);
    if (!d) throw Error(`Invalid date ${year}-${month + 1}-${date}`);
    return d;
  }
  today(): string { return fromDate(new Date()); }
  parse(value: unknown): string | null {
    if (typeof value !== 'string' || value.trim() === '') return null;
    return parseDay(value, this.tag) ?? this.invalid();
  }
  format(date: string, displayFormat: unknown): string {
    if (!this.isValid(date)) throw Error('IsoDayDateAdapter: cannot format an invalid date.');
    return displayFormat === FIELD ? formatDayField(date, this.tag) : this.native.format(toDate(date), displayFormat as Intl.DateTimeFormatOptions);
  }
  addCalendarYears(date: string, years: number): string { return fromDate(this.native.addCalendarYears(toDate(date), years)); }
  addCalendarMonths(date: string, months: number): string { return fromDate(this.native.addCalendarMonths(toDate(date), months)); }
  addCalendarDays(date: string, days: number): string { return fromDate(this.native.addCalendarDays(toDate(date), days)); }
  toIso8601(date: string): string { return date; }
  isDateInstance(obj: unknown): boolean { return typeof obj === 'string' && (obj === INVALID || ISO_DAY.test(obj)); }
  isValid(date: string): boolean { return date !== INVALID && ISO_DAY.test(date) && day(this.getYear(date), this.getMonth(date) + 1, this.getDate(date)) === date; }
  invalid(): string { return INVALID; }
  override deserialize(value: unknown): string | null {
    if (value === null || value === undefined || value === '') return null;
    if (value instanceof Date) return isNaN(value.getTime()) ? this.invalid() : fromDate(value);
    if (typeof value === 'string' && ISO_DAY.test(value) && this.isValid(value)) return value;
    return this.invalid();
  }
}

/** Date fields in the UI language, following the run-time switch (with DATEPICKER_INTL from ./datepicker-intl on the component). */
export function provideAppDates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: MAT_DATE_LOCALE, useValue: DATE_LOCALES['zh-Hans'] },
    { provide: DateAdapter, useClass: IsoDayDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: APP_DATE_FORMATS },
    provideEnvironmentInitializer(() => {
      const adapter = inject(DateAdapter);
      const translate = inject(TranslateService);
      const sync = (lang: string | undefined) => adapter.setLocale(dateLocale(lang));
      sync(translate.getCurrentLang());
      translate.onLangChange.subscribe((e) => sync(e.lang)); // for the application's lifetime
    }),
  ]);
}

/** `{{ value | localDate }}`: a day or instant in prose, in the UI language (2026年1月1日 / January 1, 2026). */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | Date | null | undefined): string {
    return formatLongDate(value, this.language.current());
  }
}
