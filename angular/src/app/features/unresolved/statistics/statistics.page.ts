import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map, startWith } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { BarChartComponent, BarSeries } from '../../../shared/bar-chart.component';
import { beijingToday } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { hallsInScope } from '../../supervision/inspections/scope-halls';
import { CASE_CATEGORIES, DeadlineKind } from '../cases/cases.api';
import { stepRates, unitCategoryChart } from './statistics-rules';
import { UnresolvedStatisticsApi, UnresolvedStatisticsDto } from './statistics.api';

const STEP_ORDER: DeadlineKind[] = ['SameDayResolution', 'FirstReply', 'ReceiverAnswer', 'FollowUp', 'EscalationAnswer'];

/** 办不成事统计: cases by unit and category (stacked bars), and the on-time rate of each step, each chart with its table. */
@Component({
  selector: 'app-unresolved-statistics-page',
  imports: [TranslatePipe, ProblemAlertComponent, BarChartComponent, MatCardModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.statistics.title' | translate }}</h1>
    <div class="filters">
      @if (halls().length > 1) {
        <mat-form-field>
          <mat-label>{{ 'unresolved.statistics.hall' | translate }}</mat-label>
          <mat-select [value]="hallId()" (selectionChange)="hallChoice.set($event.value)">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'unresolved.statistics.from' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="from()" (dateChange)="from.set($event.value ?? from())" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'unresolved.statistics.to' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="to()" (dateChange)="to.set($event.value ?? to())" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
      </mat-form-field>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (stats(); as s) {
      <p class="totals" data-testid="unresolved-totals">{{ 'unresolved.statistics.totals' | translate: { total: s.cases, closed: s.closed, open: s.open, notAccepted: notAccepted(), followUps: s.followUps.total, unsatisfied: s.followUps.unsatisfied } }}</p>
      @if (s.notAccepted.length) {
        <p class="totals">@for (n of s.notAccepted; track n.reason) { {{ 'unresolved.notAcceptedReasons.' + n.reason | translate }} {{ n.count }}　}</p>
      }
      <div class="grid">
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ 'unresolved.statistics.byUnit' | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <app-bar-chart [categories]="unitChart().units" [series]="unitSeries()" [stacked]="true" [label]="'unresolved.statistics.byUnit' | translate" />
            <table class="data">
              <thead><tr><th scope="col">{{ 'unresolved.statistics.unit' | translate }}</th><th scope="col">{{ 'unresolved.statistics.cases' | translate }}</th></tr></thead>
              <tbody>@for (u of unitChart().units; track u; let i = $index) { <tr><td>{{ u }}</td><td>{{ unitChart().totals[i] }}</td></tr> }</tbody>
            </table>
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ 'unresolved.statistics.onTime' | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <app-bar-chart [categories]="stepLabels()" [series]="stepSeries()" unit="%" [max]="100" [label]="'unresolved.statistics.onTime' | translate" />
            <table class="data" data-testid="unresolved-step-rates">
              <thead><tr><th scope="col">{{ 'unresolved.statistics.step' | translate }}</th><th scope="col">{{ 'unresolved.statistics.due' | translate }}</th>
                <th scope="col">{{ 'unresolved.statistics.onTimeCount' | translate }}</th><th scope="col">{{ 'unresolved.statistics.rate' | translate }}</th></tr></thead>
              <tbody>@for (r of steps(); track r.kind) {
                <tr><td>{{ 'unresolved.deadlineKinds.' + r.kind | translate }}</td><td>{{ r.due }}</td><td>{{ r.onTime }}</td><td>{{ r.percent }}%</td></tr>
              }</tbody>
            </table>
          </mat-card-content>
        </mat-card>
      </div>
    }
  `,
  styles: `
    h1 { font-size: 22px; } .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 180px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; }
    app-bar-chart { height: 300px; } .data { width: 100%; border-collapse: collapse; margin-top: 8px; font-size: 13px; }
    .data th, .data td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e0e0e0; }
  `,
})
export class UnresolvedStatisticsPage {
  private readonly api = inject(UnresolvedStatisticsApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  private readonly translate = inject(TranslateService);
  private readonly lang = toSignal(this.translate.onLangChange.pipe(map((e) => e.lang), startWith(this.translate.getCurrentLang())));
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  protected readonly hallChoice = signal('');
  protected readonly hallId = computed(() => this.hallChoice() || this.halls()[0]?.id || '');
  protected readonly from = signal(`${beijingToday().slice(0, 4)}-01-01`);
  protected readonly to = signal(beijingToday());
  protected readonly stats = signal<UnresolvedStatisticsDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly unitChart = computed(() => {
    this.lang();
    return unitCategoryChart(this.stats()?.byUnit ?? [], CASE_CATEGORIES, this.translate.instant('unresolved.cases.notInHall'));
  });
  protected readonly unitSeries = computed<BarSeries[]>(() => {
    this.lang();
    const chart = this.unitChart();
    return chart.series.map((s) => ({
      name: this.translate.instant(s.key ? `unresolved.categories.${s.key}` : 'unresolved.statistics.unclassified'), values: s.values,
    }));
  });
  protected readonly steps = computed(() => stepRates(this.stats()?.onTime ?? [], STEP_ORDER));
  protected readonly notAccepted = computed(() => (this.stats()?.notAccepted ?? []).reduce((sum, n) => sum + n.count, 0));
  protected readonly stepLabels = computed(() => { this.lang(); return this.steps().map((s) => this.translate.instant(`unresolved.deadlineKinds.${s.kind}`) as string); });
  protected readonly stepSeries = computed<BarSeries[]>(() => {
    this.lang();
    return [{ name: this.translate.instant('unresolved.statistics.rate'), values: this.steps().map((s) => s.percent) }];
  });

  constructor() {
    void this.org.load();
    effect(() => {
      const hall = this.hallId(), from = this.toDay(this.from()), to = this.toDay(this.to());
      if (hall) void this.load(hall, from, to);
    });
  }


  /** The datepicker gives a Date or the yyyy-MM-dd it was given (see shared/dates.ts): both as yyyy-MM-dd. */
  private toDay(v: string | Date): string {
    return typeof v === 'string' ? v : `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  }

  private async load(hall: string, from: string, to: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.stats.set(await this.api.get(hall, from, to));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
