import { TestBed } from '@angular/core/testing';
import { getInstanceByDom } from 'echarts/core';
import { BarChartComponent } from './bar-chart.component';

describe('BarChartComponent', () => {
  beforeAll(() => {
    // jsdom has neither a canvas nor ResizeObserver; give ECharts what it needs to draw into nothing.
    globalThis.ResizeObserver ??= class { observe(): void {} unobserve(): void {} disconnect(): void {} } as unknown as typeof ResizeObserver;
    HTMLCanvasElement.prototype.getContext = (() => new Proxy({}, {
      get: (_t, p) => (p === 'measureText' ? () => ({ width: 10 }) : p === 'canvas' ? document.createElement('canvas') : () => undefined),
    })) as unknown as typeof HTMLCanvasElement.prototype.getContext;
  });

  it('Should_draw_the_series_and_dispose_of_the_chart_on_destroy', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('categories', ['公安窗口', '税务窗口']);
    fixture.componentRef.setInput('series', [{ name: '完成率', values: [50, 100] }, { name: '及格率', values: [20, 80] }]);
    fixture.componentRef.setInput('unit', '%');
    fixture.componentRef.setInput('label', '各单位完成率');
    await fixture.whenStable();
    const host: HTMLElement = fixture.nativeElement.querySelector('[data-testid=bar-chart]');
    const chart = getInstanceByDom(host)!;
    expect(chart).toBeTruthy();
    expect(host.getAttribute('aria-label')).toBe('各单位完成率');
    const option = chart.getOption() as { series: { name: string; data: number[] }[]; xAxis: { data: string[] }[] };
    expect(option.series.map((s) => s.name)).toEqual(['完成率', '及格率']);
    expect(option.xAxis[0].data).toEqual(['公安窗口', '税务窗口']);

    fixture.componentRef.setInput('series', [{ name: '完成率', values: [60, 90] }]);
    await fixture.whenStable();
    expect((chart.getOption() as { series: { data: number[] }[] }).series.map((s) => s.data)).toEqual([[60, 90]]);

    fixture.destroy();
    expect(chart.isDisposed()).toBe(true);
    expect(getInstanceByDom(host)).toBeUndefined();
  });

  it('Should_stack_the_series_only_when_asked', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('categories', ['2026-04', '2026-05']);
    fixture.componentRef.setInput('series', [{ name: '工作纪律', values: [2, 1] }, { name: '服务态度', values: [0, 4] }]);
    await fixture.whenStable();
    const chart = getInstanceByDom(fixture.nativeElement.querySelector('[data-testid=bar-chart]'))!;
    const stacks = () => (chart.getOption() as { series: { stack?: string }[] }).series.map((s) => s.stack ?? null);
    expect(stacks()).toEqual([null, null]);
    fixture.componentRef.setInput('stacked', true);
    await fixture.whenStable();
    expect(stacks()).toEqual(['total', 'total']);
    fixture.destroy();
  });

  it('Should_say_which_category_was_clicked', async () => {
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('categories', ['公安窗口', '税务窗口']);
    fixture.componentRef.setInput('series', [{ name: '评价数', values: [5, 7] }]);
    const picked: number[] = [];
    fixture.componentInstance.picked.subscribe((i) => picked.push(i));
    await fixture.whenStable();
    const chart = getInstanceByDom(fixture.nativeElement.querySelector('[data-testid=bar-chart]'))!;
    chart.trigger('click', { componentType: 'series', dataIndex: 1 } as Parameters<typeof chart.trigger<'click'>>[1]);
    expect(picked).toEqual([1]);
    fixture.destroy();
  });
});
