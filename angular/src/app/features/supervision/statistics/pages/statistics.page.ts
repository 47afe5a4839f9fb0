import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { toProblem } from '../../../../core/problem';
import { beijingToday } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { CategoryChartComponent } from '../components/category-chart.component';
import { StatisticsApi } from '../statistics.api';
import { byMonthChart, byUnitChart, firstDay, monthRange, monthsBetween, placeFilter, places } from '../statistics-rules';

const LEDGER_ROWS = ['open', 'inProgress', 'rectified', 'accepted', 'sentBack', 'overdue', 'sentBackFalse', 'sentBackPerfunctory'] as const;
const LEDGER_LABELS: Record<(typeof LEDGER_ROWS)[number], string> = {
  open: 'supervision.ledgerStates.Open', inProgress: 'supervision.ledgerStates.InProgress', rectified: 'supervision.ledgerStates.Rectified',
  accepted: 'supervision.ledgerStates.Accepted', sentBack: 'supervision.ledgerStates.SentBack', overdue: 'supervision.overdue',
  sentBackFalse: 'supervision.statistics.ledgerRows.sentBackFalse', sentBackPerfunctory: 'supervision.statistics.ledgerRows.sentBackPerfunctory',
};

/**
 * 督查统计: the caller's scope (or one hall or unit) over a span of months, in the URL: counted findings by month and by
 * unit stacked by category, commendations by unit, the ledger's states and marks and the disputes; a table under each chart.
 */
@Component({
  selector: 'app-supervision-statistics-page',
  imports: [TranslatePipe, ProblemAlertComponent, CategoryChartComponent, MatFormFieldModule, MatInputModule, MatSelectModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'supervision.statistics.title' | translate }}</h1>
    <p class="intro">{{ 'supervision.statistics.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'supervision.statistics.place' | translate }}</mat-label>
        <mat-select [value]="q().place" (selectionChange)="go({ place: $event.value })" data-testid="statistics-place">
          <mat-option value="">{{ 'supervision.statistics.allInScope' | translate }}</mat-option>
          @for (p of placeChoices(); track p.key) { <mat-option [value]="p.key">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.statistics.from' | translate }}</mat-label>
        <input matInput type="month" [value]="range().from" [max]="thisMonth" (change)="go({ from: $any($event.target).value })" data-testid="statistics-from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.statistics.to' | translate }}</mat-label>
        <input matInput type="month" [value]="range().to" [max]="thisMonth" (change)="go({ to: $any($event.target).value })" data-testid="statistics-to" />
      </mat-form-field>
    </div>
    @if (stats.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (stats.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (stats.value(); as d) {
      <div class="charts">
        <app-category-chart heading="supervision.statistics.byMonth" rowHeader="supervision.statistics.month" testId="statistics-by-month" [chart]="monthChart()!" />
        <app-category-chart heading="supervision.statistics.byUnit" rowHeader="supervision.statistics.unit" testId="statistics-by-unit" [chart]="unitChart()!" />
        <app-category-chart heading="supervision.statistics.commendations" rowHeader="supervision.statistics.unit" testId="statistics-commendations"
                            [chart]="commendationChart()!" />
      </div>
      <div class="grid">
        <section data-testid="statistics-ledger">
          <h2>{{ 'supervision.statistics.ledger' | translate }}</h2>
          <p class="note">{{ 'supervision.statistics.ledgerNote' | translate }}</p>
          <table class="data">
            <tbody>
              @for (k of ledgerRows; track k) {
                <tr [class.alarm]="(k === 'overdue' || k === 'sentBackFalse' || k === 'sentBackPerfunctory') && d.ledger[k] > 0">
                  <th scope="row">{{ ledgerLabels[k] | translate }}</th><td class="num">{{ d.ledger[k] }}</td></tr>
              }
            </tbody>
          </table>
        </section>
        <section data-testid="statistics-disputes">
          <h2>{{ 'supervision.statistics.disputes' | translate }}</h2>
          <table class="data">
            <tbody>
              @for (k of disputeRows; track k) { <tr><th scope="row">{{ 'supervision.statistics.disputeStates.' + k | translate }}</th><td class="num">{{ d.disputes[k] }}</td></tr> }
            </tbody>
          </table>
        </section>
      </div>
    }
  `,
  styles: `
    h1 { font-size: 22px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    .intro, .note { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .note { font-size: 13px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .filters mat-form-field { width: 200px; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(480px, 100%), 1fr)); gap: 16px; margin-bottom: 16px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; }
    table { border-collapse: collapse; width: 100%; max-width: 420px; font-size: 14px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid rgba(0, 0, 0, 0.08); text-align: left; }
    .num { text-align: right; }
    tr.alarm th, tr.alarm td { color: #8c1d18; font-weight: 500; }
    @media (max-width: 599px) { .filters mat-form-field { width: 100%; } }
  `,
})
export class SupervisionStatisticsPage {
  private readonly api = inject(StatisticsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly tree = inject(OrganizationTreeService);
  protected readonly thisMonth = beijingToday().slice(0, 7);
  protected readonly ledgerRows = LEDGER_ROWS;
  protected readonly ledgerLabels = LEDGER_LABELS;
  protected readonly disputeRows = ['pending', 'upheld', 'withdrawn'] as const;
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly q = computed(() => ({ place: this.params().get('place') ?? '', from: this.params().get('from') ?? '', to: this.params().get('to') ?? '' }));
  protected readonly range = computed(() => monthRange(this.q().from, this.q().to, this.thisMonth));
  protected readonly placeChoices = computed(() => places(this.tree.tree()));
  protected readonly stats = resource({
    params: () => ({ ...this.range(), place: this.q().place }),
    loader: ({ params }) => this.api.get({ from: firstDay(params.from), to: firstDay(params.to), ...placeFilter(params.place) }),
  });
  protected readonly monthChart = computed(() => (this.stats.value() ? byMonthChart(this.stats.value()!, monthsBetween(this.range().from, this.range().to)) : null));
  protected readonly unitChart = computed(() => (this.stats.value() ? byUnitChart(this.stats.value()!, 'violations') : null));
  protected readonly commendationChart = computed(() => (this.stats.value() ? byUnitChart(this.stats.value()!, 'commendations') : null));
  protected readonly problemOf = toProblem;

  constructor() {
    void this.tree.load();
  }

  protected go(change: Record<string, string>): void {
    const query: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(change)) query[k] = v || null;
    void this.router.navigate([], { relativeTo: this.route, queryParams: query, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
