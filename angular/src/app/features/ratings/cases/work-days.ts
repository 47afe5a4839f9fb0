import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../../../proxy/api';
import { getCalendarYear } from '../../../proxy/fn/work-calendar/get-calendar-year';
import { CalendarDayKind } from '../../../proxy/models';

/** The work calendar's exceptions by ISO day: holidays, and the weekend days worked instead (调休). */
export type CalendarExceptions = ReadonlyMap<string, CalendarDayKind>;

/** A working day: Monday to Friday unless a holiday, and a weekend day made a workday. */
export function isWorkingDay(day: string, exceptions: CalendarExceptions): boolean {
  const kind = exceptions.get(day);
  if (kind) return kind === 'MakeUpWorkday';
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Working days left until a deadline, as the deadlines are counted on the server: 0 when it is due today; n for the n
 * working days after today up to it; -n when it passed n working days ago (the working days after it, today included).
 */
export function workingDaysLeft(today: string, due: string, exceptions: CalendarExceptions): number {
  if (today === due) return 0;
  const [from, to, sign] = today < due ? [today, due, 1] : [due, today, -1];
  let n = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (isWorkingDay(d, exceptions)) n++;
  return sign * n;
}

/** The work calendar's years as the workbench needs them (read once each), to say how many working days a deadline has left. */
@Injectable({ providedIn: 'root' })
export class WorkCalendar {
  private readonly api = inject(Api);
  private readonly years = signal<ReadonlyMap<number, CalendarExceptions>>(new Map());
  private readonly asked = new Set<number>();

  /** Working days left from today to a deadline, or null while a year it spans is not read yet. */
  readonly daysLeft = computed(() => {
    const years = this.years();
    return (today: string, due: string): number | null => {
      const [a, b] = [Number(today.slice(0, 4)), Number(due.slice(0, 4))];
      const span: number[] = [];
      for (let y = Math.min(a, b); y <= Math.max(a, b); y++) span.push(y);
      if (span.some((y) => !years.has(y))) return null;
      const all = new Map<string, CalendarDayKind>();
      for (const y of span) for (const [day, kind] of years.get(y)!) all.set(day, kind);
      return workingDaysLeft(today, due, all);
    };
  });

  /** Reads the years of these days not read yet; a year that fails stays unknown (the chips then show the date alone). */
  load(days: string[]): void {
    const wanted = [...new Set(days.map((d) => Number(d.slice(0, 4))))].filter((y) => !this.asked.has(y));
    for (const year of wanted) {
      this.asked.add(year);
      this.api.invoke(getCalendarYear, { year }).then(
        (dto) => this.years.update((m) => new Map(m).set(year, new Map(dto.days.map((d) => [d.date, d.kind])))),
        () => this.asked.delete(year),
      );
    }
  }
}
