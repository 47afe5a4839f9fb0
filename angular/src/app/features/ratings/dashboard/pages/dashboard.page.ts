import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../../core/i18n/language.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { getRatingDashboard } from '../../../../proxy/fn/rating-dashboard/get-rating-dashboard';
import { BarChartComponent, BarSeries } from '../../../../shared/bar-chart.component';
import { beijingToday } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { TrendChartComponent } from '../components/trend-chart.component';
import { placeKey, placeQuery, ratingPlaces } from '../place-choices';
import { belowTarget, drillDown, monthDays, monthRange, percent, unitSatisfaction } from '../rating-filters';
import { DashboardDto, GroupCountsDto } from '../ratings-api';

type BarKind = 'window' | 'matter' | 'tag';

/**
 * 好差评统计: the ratings in the caller's scope over a month range (place and months in the URL): KPI cards with the
 * real-name callback and rectification rates against their target, the monthly trend, bars by window, matter and
 * indicator tag (a bar opens the ratings behind it), survey scores beside the units' satisfaction, and service efficiency.
 */
@Component({
  selector: 'app-ratings-dashboard-page',
  imports: [TranslatePipe, RouterLink, ProblemAlertComponent, BarChartComponent, TrendChartComponent, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'ratings.dashboard.title' | translate }}</h1>
      <a routerLink="/ratings/list" [queryParams]="listQuery()">{{ 'ratings.dashboard.allRatings' | translate }}</a>
    </div>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.place' | translate }}</mat-label>
        <mat-select [value]="place()" (selectionChange)="go(placeQuery($event.value))" data-testid="dashboard-place">
          <mat-option value="">{{ 'ratings.dashboard.allInScope' | translate }}</mat-option>
          @for (p of places(); track p.key) { <mat-option [value]="p.key">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.from' | translate }}</mat-label>
        <input matInput type="month" [value]="months().from" [max]="thisMonth" (change)="pickMonth('from', $any($event.target).value)" data-testid="dashboard-from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.to' | translate }}</mat-label>
        <input matInput type="month" [value]="months().to" [max]="thisMonth" (change)="pickMonth('to', $any($event.target).value)" data-testid="dashboard-to" />
      </mat-form-field>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />

    @if (data(); as d) {
      <section class="kpis" [attr.aria-label]="'ratings.dashboard.kpis' | translate">
        <div class="kpi" data-testid="kpi-ratings"><span class="label">{{ 'ratings.dashboard.ratings' | translate }}</span><span class="value">{{ d.totals.counts.total }}</span>
          @if (d.totals.excluded) { <span class="note">{{ 'ratings.dashboard.excludedNote' | translate: { n: d.totals.excluded } }}</span> }</div>
        <div class="kpi" data-testid="kpi-satisfaction"><span class="label">{{ 'ratings.dashboard.satisfaction' | translate }}</span><span class="value">{{ percent(d.totals.counts.satisfactionRate) }}</span></div>
        <div class="kpi" [class.alarm]="d.totals.counts.bad > 0" data-testid="kpi-bad"><span class="label">{{ 'ratings.dashboard.bad' | translate }}</span><span class="value">{{ d.totals.counts.bad }}</span>
          <span class="note">{{ 'ratings.dashboard.openCases' | translate: { open: d.cases.open, overdue: d.cases.overdue } }}</span></div>
        @for (k of targetKpis(d); track k.key) {
          <div class="kpi" [class.below]="below(k.rate, d.cases.targetRate)" [attr.data-testid]="'kpi-' + k.key" [attr.data-below]="below(k.rate, d.cases.targetRate)">
            <span class="label">{{ 'ratings.dashboard.' + k.key | translate }}</span>
            <span class="value">{{ percent(k.rate) }}</span>
            <span class="note">{{ 'ratings.dashboard.ofTarget' | translate: { done: k.done, total: k.due, target: percent(d.cases.targetRate) } }}</span>
            <span class="note">{{ 'ratings.dashboard.onTimeNote' | translate: { rate: percent(k.onTime) } }}</span>
            @if (below(k.rate, d.cases.targetRate)) { <span class="flag"><mat-icon aria-hidden="true">warning</mat-icon>{{ 'ratings.dashboard.belowTarget' | translate }}</span> }
          </div>
        }
      </section>

      <div class="charts">
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title><h2>{{ 'ratings.dashboard.trend' | translate }}</h2></mat-card-title></mat-card-header>
          <mat-card-content>
            @if (hasTrend()) {
              <app-rating-trend-chart class="chart" [months]="trendMonths()" [counts]="trendCounts()" [rate]="trendRate()" [label]="'ratings.dashboard.trend' | translate" />
            } @else { <p class="empty">{{ 'common.empty' | translate }}</p> }
          </mat-card-content>
        </mat-card>
        @for (c of barCharts(); track c.kind) {
          <mat-card appearance="outlined" [attr.data-testid]="'chart-' + c.kind">
            <mat-card-header>
              <mat-card-title><h2>{{ 'ratings.dashboard.by.' + c.kind | translate }}</h2></mat-card-title>
              <mat-card-subtitle>{{ 'ratings.dashboard.drillHint' | translate }}</mat-card-subtitle>
            </mat-card-header>
            <mat-card-content>
              @if (c.bars.length) {
                <app-bar-chart class="chart" [categories]="c.categories" [series]="c.series" [label]="'ratings.dashboard.by.' + c.kind | translate"
                               (picked)="open(c.kind, c.bars[$event])" />
                <ul class="links">
                  @for (b of c.bars; track $index) {
                    @if (b.id) {
                      <li><a routerLink="/ratings/list" [queryParams]="drill(c.kind, b.id)">{{ barName(b) }}</a> {{ b.counts.total }}
                        @if (b.counts.bad) { · <a class="bad" routerLink="/ratings/list" [queryParams]="drill(c.kind, b.id, true)">{{ 'ratings.dashboard.badCount' | translate: { n: b.counts.bad } }}</a> }</li>
                    } @else { <li>{{ barName(b) }} {{ b.counts.total }}</li> }
                  }
                </ul>
              } @else { <p class="empty">{{ 'common.empty' | translate }}</p> }
            </mat-card-content>
          </mat-card>
        }
      </div>

      <section>
        <h2>{{ 'ratings.dashboard.units' | translate }}</h2>
        <div class="table-wrap">
          <table class="data" data-testid="dashboard-units">
            <thead><tr>
              <th scope="col">{{ 'ratings.dashboard.unit' | translate }}</th><th scope="col" class="num">{{ 'ratings.dashboard.ratings' | translate }}</th>
              <th scope="col" class="num">{{ 'ratings.dashboard.satisfaction' | translate }}</th><th scope="col">{{ 'ratings.dashboard.survey' | translate }}</th>
            </tr></thead>
            <tbody>
              @for (u of unitRows(); track u.unitId) {
                <tr><th scope="row">{{ u.name }}</th><td class="num">{{ u.total ?? '—' }}</td><td class="num">{{ percent(u.rate) }}</td>
                  <td>@for (s of u.surveys; track $index) { <div>{{ 'ratings.dashboard.surveyLine' | translate: s }}</div> } @empty { — }</td></tr>
              } @empty { <tr><td colspan="4" class="empty">{{ 'common.empty' | translate }}</td></tr> }
            </tbody>
          </table>
        </div>
      </section>

      <section data-testid="dashboard-efficiency">
        <h2>{{ 'ratings.dashboard.efficiency' | translate }}</h2>
        <div class="kpis">
          <div class="kpi"><span class="label">{{ 'ratings.dashboard.personMonths' | translate }}</span><span class="value">{{ d.serviceEfficiency.personMonths }}</span></div>
          <div class="kpi"><span class="label">{{ 'ratings.dashboard.caseVolume' | translate }}</span><span class="value">{{ d.serviceEfficiency.caseVolume }}</span></div>
          <div class="kpi"><span class="label">{{ 'ratings.dashboard.onTime' | translate }}</span><span class="value">{{ d.serviceEfficiency.onTimeCount }}</span></div>
          <div class="kpi"><span class="label">{{ 'ratings.dashboard.onTimeRate' | translate }}</span><span class="value">{{ percent(d.serviceEfficiency.onTimeRate) }}</span></div>
        </div>
        <a routerLink="/ratings/efficiency">{{ 'ratings.dashboard.efficiencyDetail' | translate }}</a>
      </section>
    }
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 220px; }
    .kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 12px; margin: 12px 0; }
    .kpi { display: flex; flex-direction: column; gap: 4px; padding: 12px 16px; border: 1px solid #dde3ea; border-radius: 8px; background: #fafbfd; }
    .kpi .label { font-size: 13px; color: #555; } .kpi .value { font-size: 26px; font-weight: 500; } .kpi .note { font-size: 12px; color: #555; }
    .kpi.alarm .value { color: #b3261e; }
    .kpi.below { background: #fdecea; border-color: #e0b4b4; } .kpi.below .value { color: #8c1d18; }
    .flag { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; color: #8c1d18; } .flag mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .chart { height: 300px; }
    h2 { font-size: 16px; margin: 16px 0 8px; } mat-card-title h2 { margin: 0; }
    .links { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; font-size: 13px; } .bad { color: #b3261e; }
    .table-wrap { overflow-x: auto; } table.data { border-collapse: collapse; width: 100%; }
    table.data th, table.data td { border-bottom: 1px solid #e0e0e0; padding: 6px 8px; text-align: left; font-size: 14px; }
    .num { text-align: right !important; } .empty { padding: 16px; text-align: center; color: #555; }
    @media (max-width: 899px) { .charts { grid-template-columns: 1fr; } .filters mat-form-field { width: 100%; } }
  `,
})
export class RatingsDashboardPage implements OnInit {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LanguageService).current;
  private readonly org = inject(OrganizationTreeService);
  protected readonly thisMonth = beijingToday().slice(0, 7);
  protected readonly percent = percent;
  protected readonly placeQuery = placeQuery;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly data = signal<DashboardDto | null>(null);

  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly hall = computed(() => this.query().get('hall') ?? '');
  protected readonly unit = computed(() => this.query().get('unit') ?? '');
  protected readonly place = computed(() => placeKey(this.hall(), this.unit()));
  protected readonly months = computed(() => monthRange(this.query().get('from') ?? '', this.query().get('to') ?? '', beijingToday()));
  protected readonly places = computed(() => ratingPlaces(this.org.tree()));
  protected readonly listQuery = computed(() => {
    const q: Record<string, string> = { from: monthDays(this.months().from)!.first, to: monthDays(this.months().to)!.last };
    if (this.hall()) q['hall'] = this.hall();
    if (this.unit()) q['unit'] = this.unit();
    return q;
  });

  protected readonly hasTrend = computed(() => (this.data()?.trend ?? []).some((m) => m.counts.total > 0));
  protected readonly trendMonths = computed(() => this.data()?.trend.map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`) ?? []);
  protected readonly trendCounts = computed(() => {
    this.lang();
    const t = this.data()?.trend ?? [];
    return [
      { name: this.translate.instant('ratings.dashboard.ratings'), values: t.map((m) => m.counts.total) },
      { name: this.translate.instant('ratings.dashboard.bad'), values: t.map((m) => m.counts.bad) },
    ];
  });
  protected readonly trendRate = computed(() => {
    this.lang();
    const values = (this.data()?.trend ?? []).map((m) => (m.counts.satisfactionRate === null ? null : Math.round(m.counts.satisfactionRate * 1000) / 10));
    return { name: this.translate.instant('ratings.dashboard.satisfaction'), values };
  });
  protected readonly barCharts = computed(() => {
    this.lang();
    const d = this.data();
    if (!d) return [];
    const chart = (kind: BarKind, bars: GroupCountsDto[]) => ({
      kind, bars,
      categories: bars.map((b) => this.barName(b)),
      series: [
        { name: this.translate.instant('ratings.dashboard.ratings'), values: bars.map((b) => b.counts.total) },
        { name: this.translate.instant('ratings.dashboard.bad'), values: bars.map((b) => b.counts.bad) },
      ] as BarSeries[],
    });
    return [chart('window', d.byWindow), chart('matter', d.byMatter), chart('tag', d.byTag)];
  });
  /**
   * Each unit's ratings and satisfaction (from its windows, placed by the organization tree) beside its survey scores of
   * the periods overlapping the range: the units that have either.
   */
  protected readonly unitRows = computed(() => {
    const d = this.data();
    if (!d) return [];
    const units = (this.org.tree()?.halls ?? []).flatMap((h) => h.units);
    const unitOfWindow = new Map(units.flatMap((u) => u.windows.map((w) => [w.id, u.unit.id] as const)));
    const names = new Map(units.map((u) => [u.unit.id, u.unit.name]));
    for (const s of d.surveys) names.set(s.unitId, s.unitName);
    const rated = unitSatisfaction(d.byWindow, unitOfWindow);
    const ids = [...new Set([...rated.keys(), ...d.surveys.map((s) => s.unitId)])];
    return ids.map((unitId) => ({
      unitId, name: names.get(unitId) ?? '', total: rated.get(unitId)?.total ?? null, rate: rated.get(unitId)?.rate ?? null,
      surveys: d.surveys.filter((s) => s.unitId === unitId).map((s) => ({ year: s.year, period: s.period, score: s.score, n: s.sampleSize })),
    })).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans'));
  });

  constructor() {
    effect(() => void this.load(this.hall(), this.unit(), this.months()));
  }

  ngOnInit(): void {
    void this.org.load();
  }

  protected go(change: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }

  protected pickMonth(which: 'from' | 'to', value: string): void {
    if (monthDays(value) && value <= this.thisMonth) this.go({ [which]: value });
  }

  protected targetKpis(d: DashboardDto): { key: string; rate: number | null; onTime: number | null; done: number; due: number }[] {
    const c = d.cases;
    return [
      { key: 'callbackRate', rate: c.callbackRate, onTime: c.callbackOnTimeRate, done: c.calledBack, due: c.callbackDue },
      { key: 'rectificationRate', rate: c.rectificationRate, onTime: c.rectificationOnTimeRate, done: c.rectified, due: c.rectifyDue },
    ];
  }

  protected below(rate: number | null, target: number): boolean {
    return belowTarget(rate, target);
  }

  protected barName(b: GroupCountsDto): string {
    return b.id ? b.name || b.code : this.translate.instant('ratings.dashboard.noMatter');
  }

  protected drill(kind: BarKind, id: string, badOnly = false): Record<string, string> {
    return drillDown(kind, id, { hall: this.hall(), unit: this.unit() }, this.months(), badOnly);
  }

  protected open(kind: BarKind, bar: GroupCountsDto | undefined): void {
    if (bar?.id) void this.router.navigate(['/ratings/list'], { queryParams: this.drill(kind, bar.id) });
  }

  private async load(hall: string, unit: string, months: { from: string; to: string }): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.data.set(await this.api.invoke(getRatingDashboard, { HallId: hall || undefined, UnitId: unit || undefined, From: monthDays(months.from)!.first, To: monthDays(months.to)!.last }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
