import { AttendanceTrendDto } from '../../../proxy/models';
import type { BarSeries } from '../../../shared/bar-chart.component';

/** At most this many units are drawn (those with the most late and absent sessions); the data table lists them all. */
export const MAX_CHART_UNITS = 8;

/** One chart's series: a bar per unit and month, the units with the most marks first. */
export function trendSeries(trend: AttendanceTrendDto, pick: 'late' | 'absent', noUnit: string): BarSeries[] {
  return [...trend.units]
    .sort((a, b) => total(b) - total(a))
    .slice(0, MAX_CHART_UNITS)
    .map((u) => ({ name: u.unitName ?? noUnit, values: [...u[pick]] }));
}

function total(u: AttendanceTrendDto['units'][number]): number {
  return u.late.reduce((s, v) => s + v, 0) + u.absent.reduce((s, v) => s + v, 0);
}
