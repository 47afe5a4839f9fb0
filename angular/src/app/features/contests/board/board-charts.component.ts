import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { BarChartComponent, BarSeries } from '../../../shared/bar-chart.component';
import type { BoardDto } from './board.api';
import { distribution } from './board-rules';

/** How the scores are spread: per round and for the total, counts of entrants per ten points (the shared bar chart). */
@Component({
  selector: 'app-board-charts',
  imports: [TranslatePipe, BarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (chart(); as c) {
      <h2>{{ 'contests.board.distribution' | translate }}</h2>
      <app-bar-chart class="chart" [categories]="c.categories" [series]="c.series" [label]="'contests.board.distribution' | translate" />
    }
  `,
  styles: `.chart { height: 300px; } h2 { font-size: 18px; }`,
})
export class BoardChartsComponent {
  readonly board = input.required<BoardDto | null>();
  readonly totalLabel = input.required<string>();

  protected readonly chart = computed(() => {
    const b = this.board();
    if (!b || b.rows.length === 0) return null;
    const series: BarSeries[] = b.rounds.map((r) => ({
      name: r.title, values: distribution(b.rows.map((row) => row.rounds.find((s) => s.roundId === r.roundId)?.score)).counts,
    }));
    const totals = distribution(b.rows.map((row) => row.total));
    series.push({ name: this.totalLabel(), values: totals.counts });
    return { categories: totals.labels, series };
  });
}
