import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, afterNextRender, effect, inject, input, output, viewChild } from '@angular/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { ECharts, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export interface BarSeries {
  name: string;
  values: number[];
}

/** A bar chart (ECharts, canvas): one bar per series and category; resizes with its container, disposed with the view. */
@Component({
  selector: 'app-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #host class="chart" role="img" [attr.aria-label]="label()" data-testid="bar-chart"></div>`,
  styles: `:host { display: block; } .chart { width: 100%; height: 100%; min-height: 280px; }`,
})
export class BarChartComponent {
  readonly categories = input.required<string[]>();
  readonly series = input.required<BarSeries[]>();
  /** Appended to values in the axis and the tooltip, e.g. "%". */
  readonly unit = input('');
  readonly max = input<number | undefined>(undefined);
  readonly label = input('');
  /** The series stacked in one bar per category (parts of a whole, e.g. findings by category) instead of side by side. */
  readonly stacked = input(false);
  /** A bar was clicked: its category's index (a page drills down from it). */
  readonly picked = output<number>();
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: ECharts | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const el = this.host().nativeElement;
      this.chart = init(el, undefined, { renderer: 'canvas' });
      this.draw();
      this.chart.on('click', (e) => this.picked.emit(e.dataIndex));
      const observer = new ResizeObserver(() => this.chart?.resize());
      observer.observe(el);
      destroyRef.onDestroy(() => { observer.disconnect(); this.chart?.dispose(); this.chart = null; });
    });
    effect(() => this.draw());
  }

  private draw(): void {
    const categories = this.categories(), series = this.series(), unit = this.unit(), max = this.max(), stack = this.stacked() ? 'total' : undefined;
    this.chart?.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}${unit}` },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', max, axisLabel: { formatter: `{value}${unit}` } },
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.values, barMaxWidth: 32, stack })),
    }, { notMerge: true });
  }
}
