import type { CaseCategory, DeadlineKind } from '../cases/cases.api';
import type { DeadlineRateDto, UnitCategoryCountsDto } from './statistics.api';

/** A rate (0…1, or a percentage already) as a percentage with one decimal; null stays null (nothing fell due: no rate, not 0 %). */
export function percent(rate: number | null): number | null {
  if (rate === null) return null;
  const p = rate <= 1 ? rate * 100 : rate;
  return Math.round(p * 10) / 10;
}

/**
 * The chart of cases by unit and category: one bar per unit as the server ordered them (cases without a unit under
 * `noUnit`), one stacked series per category that has cases, the not yet classified last (key null).
 */
export function unitCategoryChart(units: UnitCategoryCountsDto[], categories: readonly CaseCategory[], noUnit: string):
  { units: string[]; totals: number[]; series: { key: CaseCategory | null; values: number[] }[] } {
  const keys: (CaseCategory | null)[] = [...categories, null];
  const series = keys
    .map((key) => ({ key, values: units.map((u) => u.byCategory.filter((c) => (c.category ?? null) === key).reduce((s, c) => s + c.count, 0)) }))
    .filter((s) => s.values.some((v) => v > 0));
  return { units: units.map((u) => u.unitName ?? noUnit), totals: units.map((u) => u.total), series };
}

/** The steps in the mechanism's order, each with its percentage (steps with nothing due are left out of the chart). */
export function stepRates(steps: DeadlineRateDto[], order: readonly DeadlineKind[]): (DeadlineRateDto & { percent: number })[] {
  return order
    .map((kind) => steps.find((s) => s.kind === kind))
    .filter((s): s is DeadlineRateDto => !!s && s.due > 0 && s.rate !== null)
    .map((s) => ({ ...s, percent: percent(s.rate)! }));
}
