import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { exportMonthlyReport } from '../../../../proxy/fn/attendance-board/export-monthly-report';
import { getAttendanceTrend } from '../../../../proxy/fn/attendance-board/get-attendance-trend';
import { listMonthlyPersonReport } from '../../../../proxy/fn/attendance-board/list-monthly-person-report';
import { listMonthlyUnitReport } from '../../../../proxy/fn/attendance-board/list-monthly-unit-report';
import { listReportPlaces } from '../../../../proxy/fn/attendance-board/list-report-places';
import { AttendanceHallDto, AttendanceTrendDto, PersonReportRowDto, ReportCountsDto, UnitReportRowDto } from '../../../../proxy/models';
import { BarChartComponent } from '../../../../shared/bar-chart.component';
import { beijingToday } from '../../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { parseMonth } from '../calendar';
import { placeChoices } from '../places';
import { trendSeries } from '../trend';

type Row = UnitReportRowDto | PersonReportRowDto;

const DEFAULTS = { sort: 'late desc', size: 20 };
const EXTRA = ['month', 'place', 'view'];
const COUNT_COLUMNS = ['sessions', 'workedDays', 'late', 'lateMinutes', 'early', 'absent', 'offPost', 'outWithoutLeave', 'leaveDays'];

/**
 * 考勤月报: a month per unit or per person in the caller's scope, paged and sorted on the server, exported to .xlsx;
 * below it, the chart of late and absent sessions by unit over the last 6 or 12 months (with its data as a table).
 */
@Component({
  selector: 'app-monthly-report-page',
  imports: [
    TranslatePipe, ProblemAlertComponent, BarChartComponent, MatButtonModule, MatButtonToggleModule, MatCardModule, MatFormFieldModule, MatIconModule,
    MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule, MatSortModule, MatTableModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.board.report.title' | translate }}</h1>
      <a mat-stroked-button [href]="exportUrl()" download data-testid="report-export"><mat-icon>download</mat-icon>{{ 'attendance.board.report.export' | translate }}</a>
    </div>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'attendance.board.report.month' | translate }}</mat-label>
        <input matInput type="month" [value]="monthText()" [max]="maxMonth" (change)="pickMonth($any($event.target).value)" data-testid="report-month" />
        @if (monthInvalid()) { <mat-error>{{ 'attendance.board.report.invalidMonth' | translate }}</mat-error> }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'attendance.board.report.place' | translate }}</mat-label>
        <mat-select [value]="table.state()['place']" (selectionChange)="table.go({ place: $event.value, page: 0 })" data-testid="report-place">
          <mat-option value="">{{ 'attendance.board.report.allInScope' | translate }}</mat-option>
          @for (c of choices(); track c.key) { <mat-option [value]="c.key">{{ c.unitId === null ? ('attendance.board.team.wholeHall' | translate: { hall: c.label }) : c.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-button-toggle-group [value]="view()" (change)="table.go({ view: $event.value === 'units' ? '' : $event.value, page: 0, sort: 'late desc' })"
                               [attr.aria-label]="'attendance.board.report.title' | translate">
        <mat-button-toggle value="units" data-testid="report-by-unit">{{ 'attendance.board.report.units' | translate }}</mat-button-toggle>
        <mat-button-toggle value="people" data-testid="report-by-person">{{ 'attendance.board.report.people' | translate }}</mat-button-toggle>
      </mat-button-toggle-group>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="rows()" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="report-table">
        <ng-container matColumnDef="hall"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.report.hall' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.hallName }}</td></ng-container>
        <ng-container matColumnDef="unit"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.report.unit' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.unitName ?? ('attendance.board.report.noUnit' | translate) }}</td></ng-container>
        <ng-container matColumnDef="people"><th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'attendance.board.report.headcount' | translate }}</th><td mat-cell *matCellDef="let r" class="num">{{ r.people }}</td></ng-container>
        <ng-container matColumnDef="staffNumber"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.report.staffNumber' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.staffNumber }}</td></ng-container>
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.board.report.name' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.name }}</td></ng-container>
        @for (c of countColumns; track c) {
          <ng-container [matColumnDef]="c">
            <th mat-header-cell *matHeaderCellDef mat-sort-header [disabled]="!sortable(c)" class="num">{{ 'attendance.board.report.' + c | translate }}</th>
            <td mat-cell *matCellDef="let r" class="num" [title]="c === 'leaveDays' ? leaveTitle(r.counts) : ''">{{ count(r.counts, c) }}</td>
          </ng-container>
        }
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let row; columns: columns()"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns().length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />

    <mat-card appearance="outlined" class="trend">
      <mat-card-header>
        <mat-card-title>{{ 'attendance.board.report.chart' | translate }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <mat-form-field class="months">
          <mat-label>{{ 'attendance.board.report.months' | translate }}</mat-label>
          <mat-select [value]="trendMonths()" (selectionChange)="trendMonths.set($event.value)" data-testid="trend-months">
            <mat-option [value]="6">6</mat-option><mat-option [value]="12">12</mat-option>
          </mat-select>
        </mat-form-field>
        <app-problem-alert [problem]="trendProblem()" />
        @if (trend(); as t) {
          @if (t.units.length) {
            <div class="charts">
              <div><h3>{{ 'attendance.board.report.lateChart' | translate }}</h3>
                <app-bar-chart class="chart" [categories]="t.months" [series]="lateSeries()" [label]="'attendance.board.report.lateChart' | translate" /></div>
              <div><h3>{{ 'attendance.board.report.absentChart' | translate }}</h3>
                <app-bar-chart class="chart" [categories]="t.months" [series]="absentSeries()" [label]="'attendance.board.report.absentChart' | translate" /></div>
            </div>
            <details>
              <summary>{{ 'attendance.board.report.chartTable' | translate }}</summary>
              <table class="data" data-testid="trend-table">
                <thead><tr><th scope="col">{{ 'attendance.board.report.unit' | translate }}</th>@for (m of t.months; track m) { <th scope="col">{{ m }}</th> }</tr></thead>
                <tbody>
                  @for (u of t.units; track u.unitId) {
                    <tr><th scope="row">{{ u.unitName ?? ('attendance.board.report.noUnit' | translate) }}</th>
                      @for (m of t.months; track m; let i = $index) { <td>{{ 'attendance.board.report.late' | translate }} {{ u.late[i] }} · {{ 'attendance.board.report.absent' | translate }} {{ u.absent[i] }}</td> }</tr>
                  }
                </tbody>
              </table>
            </details>
          } @else { <p class="empty">{{ 'common.empty' | translate }}</p> }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .filters mat-form-field { width: 220px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .num { text-align: right; } .empty { padding: 16px; text-align: center; }
    .trend { margin-top: 16px; } .months { width: 120px; } .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; } .chart { height: 300px; }
    h3 { font-size: 14px; margin: 0 0 4px; } table.data { border-collapse: collapse; margin-top: 8px; } table.data th, table.data td { border: 1px solid #ddd; padding: 4px 8px; font-size: 13px; }
    @media (max-width: 799px) { .charts { grid-template-columns: 1fr; } .filters mat-form-field { width: 100%; } }
  `,
})
export class MonthlyReportPage implements OnInit {
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LanguageService).current;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly countColumns = COUNT_COLUMNS;
  protected readonly maxMonth = beijingToday().slice(0, 7);
  private readonly halls = signal<AttendanceHallDto[]>([]);
  protected readonly choices = computed(() => placeChoices(this.halls()));
  protected readonly trend = signal<AttendanceTrendDto | null>(null);
  protected readonly trendProblem = signal<Problem | null>(null);
  protected readonly trendMonths = signal(6);
  protected readonly monthInvalid = signal(false);

  protected readonly table = new ServerTable<Row>(DEFAULTS, EXTRA, (s) => {
    const { year, month } = monthOf(s['month'] as string);
    const place = placeParams(s['place'] as string);
    const params = { Year: year, Month: month, ...place, SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort };
    return s['view'] === 'people' ? this.api.invoke(listMonthlyPersonReport, params) : this.api.invoke(listMonthlyUnitReport, params);
  });

  protected readonly view = computed(() => (this.table.state()['view'] === 'people' ? 'people' : 'units'));
  protected readonly rows = computed(() => (this.table.page()?.items ?? []) as Row[]);
  protected readonly columns = computed(() => [...(this.view() === 'people' ? ['staffNumber', 'name', 'unit'] : ['hall', 'unit', 'people']), ...COUNT_COLUMNS]);
  protected readonly monthText = computed(() => { const m = monthOf(this.table.state()['month'] as string); return `${m.year}-${String(m.month).padStart(2, '0')}`; });
  protected readonly exportUrl = computed(() => {
    const m = monthOf(this.table.state()['month'] as string);
    const q = new URLSearchParams({ Year: String(m.year), Month: String(m.month) });
    for (const [k, v] of Object.entries(placeParams(this.table.state()['place'] as string))) q.set(k, v);
    return `${exportMonthlyReport.PATH}?${q}`;
  });
  protected readonly lateSeries = computed(() => { this.lang(); const t = this.trend(); return t ? trendSeries(t, 'late', this.translate.instant('attendance.board.report.noUnit')) : []; });
  protected readonly absentSeries = computed(() => { this.lang(); const t = this.trend(); return t ? trendSeries(t, 'absent', this.translate.instant('attendance.board.report.noUnit')) : []; });

  constructor() {
    effect(() => void this.loadTrend(this.trendMonths(), this.table.state()['place'] as string));
  }

  async ngOnInit(): Promise<void> {
    try {
      this.halls.set((await this.api.invoke(listReportPlaces)).halls);
    } catch (e) {
      this.trendProblem.set(toProblem(e));
    }
  }

  pickMonth(value: string): void {
    const m = parseMonth(value);
    const valid = m !== null && value <= this.maxMonth;
    this.monthInvalid.set(!valid);
    if (valid) this.table.go({ month: value === this.maxMonth ? '' : value, page: 0 });
  }

  protected sortable(column: string): boolean {
    return !['workedDays', 'leaveDays'].includes(column);
  }

  protected count(c: ReportCountsDto, column: string): number {
    return (c as unknown as Record<string, number>)[column];
  }

  protected leaveTitle(c: ReportCountsDto): string {
    return c.leaveByType.map((l) => `${this.lang() === 'en' ? l.nameEn : l.nameZh} ${l.days}`).join('；');
  }

  private async loadTrend(months: number, place: string): Promise<void> {
    this.trendProblem.set(null);
    try {
      this.trend.set(await this.api.invoke(getAttendanceTrend, { Months: months, ...placeParams(place) }));
    } catch (e) {
      this.trendProblem.set(toProblem(e));
    }
  }
}

/** The report's month from the URL (this month when absent or not a month). */
function monthOf(text: string): { year: number; month: number } {
  return parseMonth(text) ?? parseMonth(beijingToday().slice(0, 7))!;
}

/** "unit:<id>" / "hall:<id>" → the query's UnitId or HallId; empty = the caller's whole scope. */
function placeParams(place: string): { UnitId?: string; HallId?: string } {
  if (place?.startsWith('unit:')) return { UnitId: place.slice(5) };
  if (place?.startsWith('hall:')) return { HallId: place.slice(5) };
  return {};
}
