import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, from, of, switchMap } from 'rxjs';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { cancelMyLeaveRequest } from '../../../../proxy/fn/leave/cancel-my-leave-request';
import { createMyLeaveRequest } from '../../../../proxy/fn/leave/create-my-leave-request';
import { getMyLeaveBalances } from '../../../../proxy/fn/leave/get-my-leave-balances';
import { getMyLeaveLength } from '../../../../proxy/fn/leave/get-my-leave-length';
import { listLeaveTypes } from '../../../../proxy/fn/leave/list-leave-types';
import { listMyLeaveRequests } from '../../../../proxy/fn/leave/list-my-leave-requests';
import { DayHalf, LeaveLengthDto, LeaveRequestDto, LeaveTypeDto, PersonBalancesDto } from '../../../../proxy/models';
import { beijingToday } from '../../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { ReasonDialogComponent, ReasonDialogData } from '../components/reason-dialog.component';
import { canCancel, formatDays, stretchInOrder } from '../leave-rules';

/**
 * 我的请假: this year's balances, a request form that shows the length the server counts as one types (working or
 * calendar days by the type, in half days) and what would be left, and one's requests with cancel before the first day.
 */
@Component({
  selector: 'app-my-leave-page',
  providers: DATEPICKER_INTL,
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, MatDatepickerModule, MatTableModule, MatPaginatorModule, MatProgressBarModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.absences.my.title' | translate }}</h1>
    <section data-testid="leave-balances">
      <h2>{{ 'attendance.absences.my.balances' | translate }} · {{ balances()?.year }}</h2>
      <div class="cards">
        @for (b of balances()?.balances ?? []; track b.leaveTypeId) {
          <mat-card appearance="outlined" [attr.data-code]="b.leaveTypeCode">
            <mat-card-header><mat-card-title>{{ typeName(b.leaveTypeNameZh, b.leaveTypeNameEn) }}</mat-card-title></mat-card-header>
            <mat-card-content>
              <div class="big">{{ days(b.remaining) }}<small> / {{ days(b.entitled) }}</small></div>
              <div class="muted">{{ 'attendance.absences.my.used' | translate }} {{ days(b.used) }} · {{ 'attendance.absences.my.pending' | translate }} {{ days(b.pending) }}</div>
              @if (b.serviceYears !== null) { <div class="muted">{{ 'attendance.absences.my.serviceYears' | translate: { years: b.serviceYears } }}</div> }
              @if (b.isAdjusted) { <div class="muted">{{ 'attendance.absences.my.adjusted' | translate: { reason: b.adjustReason } }}</div> }
            </mat-card-content>
          </mat-card>
        } @empty { <p class="muted">{{ 'attendance.absences.my.noBalances' | translate }}</p> }
      </div>
    </section>

    <section>
      <h2>{{ 'attendance.absences.my.newRequest' | translate }}</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form" data-testid="leave-form">
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.my.type' | translate }}</mat-label>
          <mat-select formControlName="leaveTypeId" data-testid="leave-type">
            @for (t of activeTypes(); track t.id) { <mat-option [value]="t.id">{{ typeName(t.nameZh, t.nameEn) }} · {{ 'attendance.absences.countMode.' + t.countMode | translate }}</mat-option> }
          </mat-select>
          @if (form.controls.leaveTypeId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'attendance.absences.my.startDate' | translate }}</mat-label>
            <input matInput [matDatepicker]="startPicker" formControlName="startDate" data-testid="leave-start" />
            <mat-datepicker-toggle matIconSuffix [for]="startPicker" /><mat-datepicker #startPicker />
            @if (form.controls.startDate.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.startDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="half">
            <mat-label>{{ 'attendance.absences.my.startHalf' | translate }}</mat-label>
            <mat-select formControlName="startHalf">
              @for (h of halves; track h) { <mat-option [value]="h">{{ 'attendance.absences.half.' + h | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'attendance.absences.my.endDate' | translate }}</mat-label>
            <input matInput [matDatepicker]="endPicker" formControlName="endDate" data-testid="leave-end" />
            <mat-datepicker-toggle matIconSuffix [for]="endPicker" /><mat-datepicker #endPicker />
            @if (form.controls.endDate.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.endDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
            @if (form.controls.endDate.hasError('order')) { <mat-error>{{ 'attendance.absences.my.order' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="half">
            <mat-label>{{ 'attendance.absences.my.endHalf' | translate }}</mat-label>
            <mat-select formControlName="endHalf">
              @for (h of halves; track h) { <mat-option [value]="h">{{ 'attendance.absences.half.' + h | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        </div>
        @if (length(); as l) {
          <p class="length" data-testid="leave-length" [class.bad]="l.halfDays === 0 || beyond()">
            {{ 'attendance.absences.my.length' | translate: { days: days(l.days) } }}
            @if (l.remaining !== null) { · {{ 'attendance.absences.my.left' | translate: { days: days(l.remaining) } }} }
            @if (l.halfDays === 0) { · {{ 'attendance.absences.my.noLength' | translate }} }
            @if (beyond()) { · {{ 'attendance.absences.my.beyond' | translate }} }
          </p>
        }
        <app-problem-alert [problem]="lengthProblem()" />
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.my.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="2" maxlength="500" data-testid="leave-reason"></textarea>
          @if (form.controls.reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
        <div><button mat-flat-button type="submit" [disabled]="busy() || beyond() || length()?.halfDays === 0" data-testid="leave-submit">{{ 'attendance.absences.my.submit' | translate }}</button></div>
      </form>
    </section>

    <section>
      <h2>{{ 'attendance.absences.my.requests' | translate }}</h2>
      @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
      <app-problem-alert [problem]="table.problem()" />
      <div class="table-wrap">
        <table mat-table [dataSource]="table.page()?.items ?? []" data-testid="my-leave-table">
          <ng-container matColumnDef="type"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.type' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ typeName(r.leaveTypeNameZh, r.leaveTypeNameEn) }}</td></ng-container>
          <ng-container matColumnDef="stretch"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.stretch' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.startDate }} {{ 'attendance.absences.half.' + r.startHalf | translate }} – {{ r.endDate }} {{ 'attendance.absences.half.' + r.endHalf | translate }}</td></ng-container>
          <ng-container matColumnDef="days"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.length' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ days(r.days) }}</td></ng-container>
          <ng-container matColumnDef="status"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.status' | translate }}</th>
            <td mat-cell *matCellDef="let r" [attr.data-status]="r.status">
              <span [class]="'status ' + r.status">{{ 'attendance.absences.status.' + r.status | translate }}</span>
              @if (r.step > 0 && r.requiredSteps > 1) { <span class="muted"> {{ 'attendance.absences.my.waitingStep' | translate: { step: r.step } }}</span> }
              @if (r.decisionReason) { <div class="muted">{{ r.decisionReason }}</div> }
            </td></ng-container>
          <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              @if (cancellable(r)) { <button mat-button (click)="cancel(r)" data-testid="leave-cancel">{{ 'attendance.absences.my.cancel' | translate }}</button> }
            </td></ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
          <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'attendance.absences.my.empty' | translate }}</td></tr>
        </table>
      </div>
      <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                     (page)="table.paginate($event)" showFirstLastButtons />
    </section>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 24px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; }
    .big { font-size: 28px; font-weight: 500; } .big small { font-size: 14px; color: #555; } .muted { color: rgba(0, 0, 0, .6); font-size: 12px; }
    .form { display: flex; flex-direction: column; max-width: 560px; } .row { display: flex; gap: 8px; } .row mat-form-field { flex: 1; } .row .half { flex: 0 0 120px; }
    .length { margin: 0 0 12px; color: #1b5e20; } .length.bad { color: #b3261e; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .status { font-size: 13px; } .Approved { color: #1b5e20; } .Rejected, .Revoked { color: #b3261e; } .Pending { color: #8a4b00; } .Cancelled { color: #555; }
  `,
})
export class MyLeavePage implements OnInit {
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly halves: DayHalf[] = ['Morning', 'Afternoon'];
  protected readonly columns = ['type', 'stretch', 'days', 'status', 'actions'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly types = signal<LeaveTypeDto[]>([]);
  protected readonly activeTypes = computed(() => this.types().filter((t) => t.isActive));
  protected readonly balances = signal<PersonBalancesDto | null>(null);
  protected readonly length = signal<LeaveLengthDto | null>(null);
  protected readonly lengthProblem = signal<Problem | null>(null);
  protected readonly beyond = computed(() => { const l = this.length(); return !!l && l.remaining !== null && l.days > l.remaining; });
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  private readonly today = beijingToday();
  protected readonly form = inject(FormBuilder).group(
    {
      leaveTypeId: ['', Validators.required],
      startDate: [this.today, Validators.required],
      startHalf: ['Morning' as DayHalf],
      endDate: [this.today, Validators.required],
      endHalf: ['Afternoon' as DayHalf],
      reason: ['', [Validators.required, Validators.maxLength(500)]],
    },
    { validators: stretchInOrder },
  );
  protected readonly table = new ServerTable<LeaveRequestDto>({ sort: 'startDate desc', size: 10 }, [], (s) =>
    this.api.invoke(listMyLeaveRequests, { SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort }));

  async ngOnInit(): Promise<void> {
    for (const c of Object.values(this.form.controls)) c.valueChanges.subscribe(() => c.markAsTouched());
    // The length as the server counts it (work calendar, the type's mode), asked again a moment after each change.
    this.form.valueChanges.pipe(
      debounceTime(300),
      distinctUntilChanged((a, b) => JSON.stringify({ ...a, reason: '' }) === JSON.stringify({ ...b, reason: '' })),
      switchMap(() => {
        const v = this.form.getRawValue();
        const stretchOk = !!v.leaveTypeId && !!v.startDate && !!v.endDate && !this.form.controls.endDate.hasError('order')
          && this.form.controls.startDate.valid && this.form.controls.endDate.valid;
        if (!stretchOk) return of({ length: null, problem: null });
        return from(this.api.invoke(getMyLeaveLength, {
          body: { leaveTypeId: v.leaveTypeId!, startDate: v.startDate!, startHalf: v.startHalf!, endDate: v.endDate!, endHalf: v.endHalf! },
        }).then((length) => ({ length, problem: null }))).pipe(catchError((e) => of({ length: null, problem: toProblem(e) })));
      }),
      takeUntilDestroyed(this.destroyRef),
    ).subscribe((r) => { this.length.set(r.length); this.lengthProblem.set(r.problem); });
    try {
      const [types, balances] = await Promise.all([this.api.invoke(listLeaveTypes), this.api.invoke(getMyLeaveBalances)]);
      this.types.set(types);
      this.balances.set(balances);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected typeName(zh: string, en: string): string {
    return this.language.current() === 'en' ? en : zh;
  }

  protected days(value: number | null | undefined): string {
    return formatDays(value);
  }

  protected cancellable(r: LeaveRequestDto): boolean {
    return canCancel(r, this.today);
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    try {
      await this.api.invoke(createMyLeaveRequest, {
        body: { leaveTypeId: v.leaveTypeId!, startDate: v.startDate!, startHalf: v.startHalf!, endDate: v.endDate!, endHalf: v.endHalf!, reason: v.reason!.trim() },
      });
      this.snack.open(this.translate.instant('attendance.absences.my.submitted'), undefined, { duration: 2500 });
      this.form.controls.reason.reset('');
      this.form.controls.reason.markAsUntouched();
      this.table.reload();
      this.balances.set(await this.api.invoke(getMyLeaveBalances));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  async cancel(r: LeaveRequestDto): Promise<void> {
    const ok = await firstValueFrom(this.dialog.open(ReasonDialogComponent, {
      data: { title: 'attendance.absences.my.confirmCancel', reason: 'none', confirm: 'attendance.absences.my.cancel' } satisfies ReasonDialogData,
    }).afterClosed());
    if (ok === undefined) return;
    try {
      await this.api.invoke(cancelMyLeaveRequest, { id: r.id });
      this.snack.open(this.translate.instant('attendance.absences.my.cancelled'), undefined, { duration: 2500 });
      this.table.reload();
      this.balances.set(await this.api.invoke(getMyLeaveBalances));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
