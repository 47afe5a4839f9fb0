import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, effect, inject, input, viewChild } from '@angular/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { ECharts, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/**
 * The ratings' monthly trend (ECharts, canvas): counts of ratings and bad ratings on the left axis, the satisfaction
 * rate (%) on the right. Resizes with its container, disposed with the view.
 */
@Component({
  selector: 'app-rating-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #host class="chart" role="img" [attr.aria-label]="label()" data-testid="rating-trend-chart"></div>`,
  styles: `:host { display: block; } .chart { width: 100%; height: 100%; min-height: 280px; }`,
})
export class TrendChartComponent {
  readonly months = input.required<string[]>();
  readonly counts = input.required<{ name: string; values: number[] }[]>();
  readonly rate = input.required<{ name: string; values: (number | null)[] }>();
  readonly label = input('');
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: ECharts | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const el = this.host().nativeElement;
      this.chart = init(el, undefined, { renderer: 'canvas' });
      this.draw();
      const observer = new ResizeObserver(() => this.chart?.resize());
      observer.observe(el);
      destroyRef.onDestroy(() => { observer.disconnect(); this.chart?.dispose(); this.chart = null; });
    });
    effect(() => this.draw());
  }

  private draw(): void {
    const months = this.months(), counts = this.counts(), rate = this.rate();
    this.chart?.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: months },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        ...counts.map((s) => ({ type: 'line', name: s.name, data: s.values, yAxisIndex: 0 })),
        { type: 'line', name: rate.name, data: rate.values, yAxisIndex: 1, connectNulls: false, tooltip: { valueFormatter: (v: unknown) => (v === null ? '—' : `${v}%`) } },
      ],
    }, { notMerge: true });
  }
}
