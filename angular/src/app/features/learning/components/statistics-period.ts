import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { UnitLearningStatisticsDto } from '../../../proxy/models';
import { beijingDayStartUtc, beijingYear } from '../../../shared/beijing-time';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Period {
  from: string;
  to: string;
}

/** This calendar year in Beijing: 1 January to 31 December (both days included). */
export function thisYear(now = new Date()): Period {
  const y = beijingYear(now);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The API's half-open UTC range for Beijing days from … to (inclusive): [from 00:00, the day after to 00:00). */
export function periodToUtc(p: Period): { from: string; to: string } | null {
  if (!DAY.test(p.from) || !DAY.test(p.to)) return null;
  const from = beijingDayStartUtc(p.from), toStart = beijingDayStartUtc(p.to);
  if (!from || !toStart || toStart < from) return null;
  return { from, to: new Date(new Date(toStart).getTime() + 86_400_000).toISOString() };
}

/** On the group: both dates valid and the end not before the start. */
export const periodValidator: ValidatorFn = (g: AbstractControl): ValidationErrors | null =>
  periodToUtc({ from: g.get('from')?.value ?? '', to: g.get('to')?.value ?? '' }) ? null : { toAfterFrom: true };

export interface StatisticsRow extends UnitLearningStatisticsDto {
  hallName: string;
  unitName: string;
  /** Rates in percent with one decimal, as the table and the chart show them. */
  completionPercent: number;
  passPercent: number;
}

/** Names the units and halls and turns rates (0–1) into percents. */
export function statisticsRows(
  stats: UnitLearningStatisticsDto[], hallNames: Map<string, string>, unitNames: Map<string, string>, noUnit: string,
): StatisticsRow[] {
  const percent = (rate: number) => Math.round(rate * 1000) / 10;
  return stats.map((s) => ({
    ...s,
    hallName: hallNames.get(s.hallId) ?? '—',
    unitName: s.unitId ? (unitNames.get(s.unitId) ?? '—') : noUnit,
    completionPercent: percent(s.completionRate),
    passPercent: percent(s.passRate),
  })).sort((a, b) => a.hallName.localeCompare(b.hallName, 'zh-Hans') || a.unitName.localeCompare(b.unitName, 'zh-Hans'));
}
