import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getLearningStatisticsByUnit } from '../../../proxy/fn/exams/get-learning-statistics-by-unit';
import { UnitLearningStatisticsDto } from '../../../proxy/models';
import { BarChartComponent, BarSeries } from '../../../shared/bar-chart.component';
import { DATEPICKER_INTL } from '../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { periodToUtc, periodValidator, statisticsRows, thisYear } from '../components/statistics-period';

@Component({
  selector: 'app-statistics-page',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, BarChartComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule,
    MatIconModule, MatTableModule, MatProgressBarModule, MatDatepickerModule,
  ],
  providers: DATEPICKER_INTL,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'learning.statistics.title' | translate }}</h1>
    <p class="muted">{{ 'learning.statistics.hint' | translate }}</p>
    <form class="period" [formGroup]="period" (ngSubmit)="load()" [attr.aria-label]="'learning.statistics.period' | translate">
      <mat-form-field>
        <mat-label>{{ 'learning.statistics.from' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" formControlName="from" data-testid="stats-from" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
        <mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'learning.statistics.to' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" formControlName="to" data-testid="stats-to" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
        <mat-datepicker #toPicker />
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="period.invalid || loading()" data-testid="stats-apply"><mat-icon>query_stats</mat-icon>{{ 'learning.statistics.apply' | translate }}</button>
      @if (period.hasError('toAfterFrom')) { <p class="error" role="alert">{{ 'learning.validation.toAfterFrom' | translate }}</p> }
    </form>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <mat-card appearance="outlined">
      <mat-card-header><mat-card-title>{{ 'learning.statistics.chart' | translate }}</mat-card-title></mat-card-header>
      <mat-card-content>
        @if (rows().length) {
          <app-bar-chart class="chart" [categories]="categories()" [series]="series()" unit="%" [max]="100" [label]="'learning.statistics.chart' | translate" />
        } @else { <p class="empty">{{ 'common.empty' | translate }}</p> }
      </mat-card-content>
    </mat-card>
    <div class="table-wrap">
      <table mat-table [dataSource]="rows()" data-testid="stats-table">
        <ng-container matColumnDef="hall"><th mat-header-cell *matHeaderCellDef>{{ 'learning.statistics.hall' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.hallName }}</td></ng-container>
        <ng-container matColumnDef="unit"><th mat-header-cell *matHeaderCellDef>{{ 'learning.statistics.unit' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.unitName }}</td></ng-container>
        <ng-container matColumnDef="enrolled"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.enrolled' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.enrolled }}</td></ng-container>
        <ng-container matColumnDef="completed"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.completed' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.completed }}</td></ng-container>
        <ng-container matColumnDef="completionRate"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.completionRate' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.completionPercent }}%</td></ng-container>
        <ng-container matColumnDef="attempts"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.attempts' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.attempts }}</td></ng-container>
        <ng-container matColumnDef="passed"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.passed' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.passed }}</td></ng-container>
        <ng-container matColumnDef="passRate"><th mat-header-cell *matHeaderCellDef class="num">{{ 'learning.statistics.passRate' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.passPercent }}%</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .muted { color: rgba(0, 0, 0, .6); margin-top: 0; }
    .period { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; } .period mat-form-field { width: 180px; } .period button { margin-top: 8px; }
    .error { color: #b3261e; font-size: 13px; flex-basis: 100%; margin: 0; }
    mat-card { margin: 8px 0 16px; } .chart { height: 340px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .num { text-align: right; } .empty { padding: 16px; text-align: center; }
  `,
})
export class StatisticsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly columns = ['hall', 'unit', 'enrolled', 'completed', 'completionRate', 'attempts', 'passed', 'passRate'];
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly stats = signal<UnitLearningStatisticsDto[]>([]);
  protected readonly period = inject(FormBuilder).nonNullable.group(thisYear(), { validators: periodValidator });

  protected readonly rows = computed(() => {
    this.language.current();
    return statisticsRows(this.stats(), this.org.hallNames(), this.org.unitNames(), this.translate.instant('learning.statistics.noUnit'));
  });
  private readonly manyHalls = computed(() => new Set(this.rows().map((r) => r.hallId)).size > 1);
  protected readonly categories = computed(() => this.rows().map((r) => (this.manyHalls() ? `${r.unitName}（${r.hallName}）` : r.unitName)));
  protected readonly series = computed<BarSeries[]>(() => {
    this.language.current();
    return [
      { name: this.translate.instant('learning.statistics.completionRate'), values: this.rows().map((r) => r.completionPercent) },
      { name: this.translate.instant('learning.statistics.passRate'), values: this.rows().map((r) => r.passPercent) },
    ];
  });

  ngOnInit(): void {
    void this.org.load();
    void this.load();
  }

  async load(): Promise<void> {
    const range = periodToUtc(this.period.getRawValue());
    if (!range) return;
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.stats.set(await this.api.invoke(getLearningStatisticsByUnit, range));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
