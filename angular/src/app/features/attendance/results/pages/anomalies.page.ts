import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { closeAttendanceMonth } from '../../../../proxy/fn/attendance-months/close-attendance-month';
import { getAttendanceMonth } from '../../../../proxy/fn/attendance-months/get-attendance-month';
import { reopenAttendanceMonth } from '../../../../proxy/fn/attendance-months/reopen-attendance-month';
import { correctAttendanceResult } from '../../../../proxy/fn/attendance-results/correct-attendance-result';
import { listAttendanceAnomalies } from '../../../../proxy/fn/attendance-results/list-attendance-anomalies';
import { listHalls } from '../../../../proxy/fn/organization/list-halls';
import { HallDto, MonthCloseDto, PagedResultOfSessionResultDto, SessionResultDto, SessionStatus } from '../../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { correctionProblem } from '../correction';

/**
 * 考勤异常: late, early leave, absent, off-post, out-without-leave and frequent-absence sessions in the caller's scope,
 * paged by the server; each shows what was computed and, once corrected, the correction beside it. A clerk or manager
 * corrects with a reason; the hall manager closes and reopens the month.
 */
@Component({
  selector: 'app-anomalies-page',
  imports: [FormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatTableModule, MatPaginatorModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.results.anomalies' | translate }}</h1>
    <div class="row" role="search">
      <mat-form-field><mat-label>{{ 'attendance.results.hall' | translate }}</mat-label>
        <mat-select [value]="hallId()" (selectionChange)="filter({ hallId: $event.value })">
          <mat-option [value]="null">{{ 'common.all' | translate }}</mat-option>
          @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
        </mat-select></mat-form-field>
      <mat-form-field><mat-label>{{ 'attendance.results.status' | translate }}</mat-label>
        <mat-select [value]="status()" (selectionChange)="filter({ status: $event.value })">
          <mat-option [value]="null">{{ 'common.all' | translate }}</mat-option>
          @for (s of statuses; track s) { <mat-option [value]="s">{{ 'attendance.results.statuses.' + s | translate }}</mat-option> }
        </mat-select></mat-form-field>
      <mat-form-field><mat-label>{{ 'attendance.results.corrected' | translate }}</mat-label>
        <mat-select [value]="corrected()" (selectionChange)="filter({ corrected: $event.value })">
          <mat-option [value]="null">{{ 'common.all' | translate }}</mat-option>
          <mat-option [value]="false">{{ 'attendance.results.toReview' | translate }}</mat-option>
          <mat-option [value]="true">{{ 'attendance.results.correctedOnly' | translate }}</mat-option>
        </mat-select></mat-form-field>
      <mat-form-field><mat-label>{{ 'attendance.results.from' | translate }}</mat-label>
        <input matInput type="date" [ngModel]="from()" (ngModelChange)="filter({ from: $event })" /></mat-form-field>
      <mat-form-field><mat-label>{{ 'attendance.results.to' | translate }}</mat-label>
        <input matInput type="date" [ngModel]="to()" (ngModelChange)="filter({ to: $event })" /></mat-form-field>
    </div>
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="page()?.items ?? []" data-testid="anomalies-table">
        <ng-container matColumnDef="date"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.date' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.date }} {{ r.sessionName }}</td></ng-container>
        <ng-container matColumnDef="person"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.person' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.staffNumber }} {{ r.staffName }}</td></ng-container>
        <ng-container matColumnDef="computed"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.computed' | translate }}</th>
          <td mat-cell *matCellDef="let r" [class.struck]="r.correction">{{ 'attendance.results.statuses.' + r.status | translate }} {{ minutes(r.lateMinutes, r.earlyMinutes) }}
            @if (r.offPostMinutes) { · {{ 'attendance.results.offPostMinutes' | translate: { n: r.offPostMinutes } }} }
            @if (r.outMinutes) { · {{ 'attendance.results.outMinutes' | translate: { n: r.outMinutes } }} }
            @if (r.missingPunch) { · {{ 'attendance.results.missingPunch' | translate }} }
            @if (r.frequentAbsence) { · {{ 'attendance.results.frequentAbsence' | translate }} }</td></ng-container>
        <ng-container matColumnDef="correction"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.results.correction' | translate }}</th>
          <td mat-cell *matCellDef="let r">@if (r.correction; as c) { {{ 'attendance.results.statuses.' + c.status | translate }} {{ minutes(c.lateMinutes, c.earlyMinutes) }}（{{ c.reason }}）} @else { — }</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef></th>
          <td mat-cell *matCellDef="let r">@if (canCorrect()) {
            <button mat-stroked-button (click)="startCorrection(r)" data-testid="correct">{{ 'attendance.results.correct' | translate }}</button> }</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="page()?.totalCount ?? 0" [pageIndex]="pageIndex()" [pageSize]="20" (page)="paginate($event)" />

    @if (editing(); as r) {
      <section class="panel" aria-labelledby="correct-title">
        <h2 id="correct-title">{{ 'attendance.results.correctTitle' | translate: { date: r.date, name: r.staffName, session: r.sessionName } }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'attendance.results.status' | translate }}</mat-label>
            <mat-select [(ngModel)]="newStatus">@for (s of allStatuses; track s) { <mat-option [value]="s">{{ 'attendance.results.statuses.' + s | translate }}</mat-option> }</mat-select></mat-form-field>
          <mat-form-field><mat-label>{{ 'attendance.results.lateMinutes' | translate }}</mat-label><input matInput type="number" min="0" max="1440" [(ngModel)]="newLate" /></mat-form-field>
          <mat-form-field><mat-label>{{ 'attendance.results.earlyMinutes' | translate }}</mat-label><input matInput type="number" min="0" max="1440" [(ngModel)]="newEarly" /></mat-form-field>
          <mat-form-field class="grow"><mat-label>{{ 'attendance.results.reason' | translate }}</mat-label><input matInput [(ngModel)]="reason" maxlength="500" required /></mat-form-field>
        </div>
        @if (correctionError(); as e) { <p class="error" role="alert">{{ e | translate }}</p> }
        <button mat-flat-button (click)="saveCorrection()" [disabled]="!!correctionError() || busy()">{{ 'common.save' | translate }}</button>
        <button mat-button (click)="editing.set(null)">{{ 'common.cancel' | translate }}</button>
      </section>
    }

    @if (hallId() && canClose()) {
      <section class="panel">
        <h2>{{ 'attendance.results.monthClose' | translate }}</h2>
        <div class="row">
          <mat-form-field><mat-label>{{ 'attendance.results.month' | translate }}</mat-label>
            <input matInput type="month" [ngModel]="month()" (ngModelChange)="month.set($event)" /></mat-form-field>
          @if (monthState(); as m) {
            <span role="status">{{ (m.isClosed ? 'attendance.results.closed' : 'attendance.results.open') | translate }}</span>
            @if (m.isClosed) {
              <mat-form-field class="grow"><mat-label>{{ 'attendance.results.reopenReason' | translate }}</mat-label><input matInput [(ngModel)]="reopenReason" maxlength="500" /></mat-form-field>
              <button mat-stroked-button (click)="reopen()" [disabled]="reopenReason.trim().length < 2 || busy()">{{ 'attendance.results.reopen' | translate }}</button>
            } @else {
              <button mat-flat-button (click)="close()" [disabled]="busy()" data-testid="close-month">{{ 'attendance.results.close' | translate }}</button>
            }
          }
        </div>
        @if (monthState(); as m) {
          <ul>@for (h of m.history; track h.id) { <li>{{ h.at }} {{ 'attendance.results.actions.' + h.action | translate }} {{ h.reason ?? '' }}</li> }</ul>
        }
      </section>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .row mat-form-field { width: 170px; } .row .grow { flex: 1; min-width: 220px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .struck { text-decoration: line-through; color: #666; } .error { color: #b00020; } .panel { margin-top: 16px; }
  `,
})
export class AnomaliesPage {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly columns = ['date', 'person', 'computed', 'correction', 'actions'];
  protected readonly statuses: SessionStatus[] = ['Late', 'EarlyLeave', 'Absent', 'OffPost', 'OutWithoutLeave'];
  protected readonly allStatuses: SessionStatus[] = ['Present', 'Late', 'EarlyLeave', 'Absent', 'OnLeave', 'OfficialBusiness', 'OffPost', 'OutWithoutLeave'];
  protected readonly canCorrect = computed(() => this.auth.has(Permissions.Attendance.Results.Correct));
  protected readonly canClose = computed(() => this.auth.has(Permissions.Attendance.Results.CloseMonth));
  protected readonly halls = signal<HallDto[]>([]);
  protected readonly hallId = signal<string | null>(null);
  protected readonly status = signal<SessionStatus | null>(null);
  protected readonly corrected = signal<boolean | null>(false);
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly pageIndex = signal(0);
  protected readonly page = signal<PagedResultOfSessionResultDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly editing = signal<SessionResultDto | null>(null);
  protected readonly month = signal(lastMonth());
  protected readonly monthState = signal<MonthCloseDto | null>(null);
  protected newStatus: SessionStatus = 'Present';
  protected newLate = 0;
  protected newEarly = 0;
  protected reason = '';
  protected reopenReason = '';

  constructor() {
    void this.run(async () => this.halls.set(await this.api.invoke(listHalls, {})));
    effect(() => {
      const query = { hall: this.hallId(), status: this.status(), corrected: this.corrected(), from: this.from(), to: this.to(), page: this.pageIndex() };
      untracked(() => void this.load(query));
    });
    effect(() => {
      const hallId = this.hallId();
      const month = this.month();
      if (hallId && this.canClose() && /^\d{4}-\d{2}$/.test(month)) untracked(() => void this.loadMonth(hallId, month));
    });
  }

  /** Late and early minutes after the status: "+12′ −5′". */
  minutes(late: number, early: number): string {
    return [late ? `+${late}′` : '', early ? `−${early}′` : ''].filter(Boolean).join(' ');
  }

  protected correctionError(): string | null {
    return correctionProblem(this.newStatus, Number(this.newLate), Number(this.newEarly), this.reason);
  }

  filter(change: { hallId?: string | null; status?: SessionStatus | null; corrected?: boolean | null; from?: string; to?: string }): void {
    if ('hallId' in change) this.hallId.set(change.hallId ?? null);
    if ('status' in change) this.status.set(change.status ?? null);
    if ('corrected' in change) this.corrected.set(change.corrected ?? null);
    if ('from' in change) this.from.set(change.from ?? '');
    if ('to' in change) this.to.set(change.to ?? '');
    this.pageIndex.set(0);
  }

  paginate(e: PageEvent): void {
    this.pageIndex.set(e.pageIndex);
  }

  startCorrection(r: SessionResultDto): void {
    this.editing.set(r);
    this.newStatus = 'Present';
    this.newLate = 0;
    this.newEarly = 0;
    this.reason = '';
  }

  async saveCorrection(): Promise<void> {
    const r = this.editing();
    if (!r) return;
    await this.run(async () => {
      await this.api.invoke(correctAttendanceResult, { staffId: r.staffId, date: r.date, sessionIndex: r.sessionIndex, body: {
        status: this.newStatus, lateMinutes: Number(this.newLate), earlyMinutes: Number(this.newEarly), reason: this.reason.trim(),
      } });
      this.editing.set(null);
      await this.load({ hall: this.hallId(), status: this.status(), corrected: this.corrected(), from: this.from(), to: this.to(), page: this.pageIndex() });
    });
  }

  async close(): Promise<void> {
    const hallId = this.hallId();
    const [year, month] = this.month().split('-').map(Number);
    if (!hallId) return;
    await this.run(async () => this.monthState.set(await this.api.invoke(closeAttendanceMonth, { hallId, year, month })));
  }

  async reopen(): Promise<void> {
    const hallId = this.hallId();
    const [year, month] = this.month().split('-').map(Number);
    if (!hallId) return;
    await this.run(async () => {
      this.monthState.set(await this.api.invoke(reopenAttendanceMonth, { hallId, year, month, body: { reason: this.reopenReason.trim() } }));
      this.reopenReason = '';
    });
  }

  private async load(q: { hall: string | null; status: SessionStatus | null; corrected: boolean | null; from: string; to: string; page: number }): Promise<void> {
    await this.run(async () => this.page.set(await this.api.invoke(listAttendanceAnomalies, {
      HallId: q.hall ?? undefined, Status: q.status ?? undefined, Corrected: q.corrected ?? undefined,
      From: q.from || undefined, To: q.to || undefined, SkipCount: q.page * 20, MaxResultCount: 20, Sorting: 'date desc',
    })));
  }

  private async loadMonth(hallId: string, value: string): Promise<void> {
    const [year, month] = value.split('-').map(Number);
    await this.run(async () => this.monthState.set(await this.api.invoke(getAttendanceMonth, { hallId, year, month })));
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await action();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}

function lastMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
