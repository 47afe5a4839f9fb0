import type { CaseCategory, DeadlineKind } from '../cases/cases.api';
import type { StepOnTime, UnitCategoryCount } from './statistics.api';

/** On-time share in percent with one decimal; null when nothing fell due (no rate, not 0 %). */
export function onTimeRate(onTime: number, due: number): number | null {
  return due > 0 ? Math.round((1000 * onTime) / due) / 10 : null;
}

/**
 * The chart of cases by unit and category: one bar per unit (busiest first; cases without a unit under `noUnit`), one
 * stacked series per category that has cases.
 */
export function unitCategoryChart(rows: UnitCategoryCount[], categories: readonly CaseCategory[], noUnit: string, unclassified: string):
  { units: string[]; series: { key: CaseCategory | null; values: number[] }[]; unclassifiedLabel: string } {
  const units = new Map<string, number>();
  for (const r of rows) units.set(r.unitName ?? noUnit, (units.get(r.unitName ?? noUnit) ?? 0) + r.count);
  const names = [...units.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  const keys: (CaseCategory | null)[] = [...categories, null];
  const series = keys
    .map((key) => ({
      key,
      values: names.map((n) => rows.filter((r) => (r.unitName ?? noUnit) === n && (r.category ?? null) === key).reduce((s, r) => s + r.count, 0)),
    }))
    .filter((s) => s.values.some((v) => v > 0));
  return { units: names, series, unclassifiedLabel: unclassified };
}

/** The steps in the mechanism's order, each with its rate (steps with nothing due are left out of the chart). */
export function stepRates(steps: StepOnTime[], order: readonly DeadlineKind[]): { kind: DeadlineKind; rate: number; due: number; onTime: number }[] {
  return order
    .map((kind) => steps.find((s) => s.kind === kind))
    .filter((s): s is StepOnTime => !!s && s.due > 0)
    .map((s) => ({ kind: s.kind, due: s.due, onTime: s.onTime, rate: onTimeRate(s.onTime, s.due)! }));
}
