import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { LanguageService } from '../../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { approveLeaveRequest } from '../../../../proxy/fn/leave/approve-leave-request';
import { createStandIn } from '../../../../proxy/fn/leave/create-stand-in';
import { endStandIn } from '../../../../proxy/fn/leave/end-stand-in';
import { getLeaveRequest } from '../../../../proxy/fn/leave/get-leave-request';
import { listLeaveRequests } from '../../../../proxy/fn/leave/list-leave-requests';
import { listLeaveToApprove } from '../../../../proxy/fn/leave/list-leave-to-approve';
import { listMyStandIns } from '../../../../proxy/fn/leave/list-my-stand-ins';
import { rejectLeaveRequest } from '../../../../proxy/fn/leave/reject-leave-request';
import { revokeLeaveRequest } from '../../../../proxy/fn/leave/revoke-leave-request';
import { LeaveRequestDetailDto, LeaveRequestDto, MyStandInsDto } from '../../../../proxy/models';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { ReasonDialogComponent, ReasonDialogData } from '../components/reason-dialog.component';
import { formatDays } from '../leave-rules';

type Decision = 'approve' | 'reject' | 'revoke';

/**
 * 请假审批: the requests waiting for the caller (as approver or stand-in), approved leave in scope to revoke with a
 * reason, each request's history (who approved, for whom), and the caller's stand-ins.
 */
@Component({
  selector: 'app-leave-queue-page',
  providers: DATEPICKER_INTL,
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatButtonToggleModule, MatDatepickerModule, MatFormFieldModule,
    MatIconModule, MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSortModule, MatTableModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.absences.queue.title' | translate }}</h1>
    <mat-button-toggle-group [value]="view()" (change)="table.go({ view: $event.value === 'queue' ? '' : $event.value, page: 0 })" data-testid="queue-view">
      <mat-button-toggle value="queue">{{ 'attendance.absences.queue.toApprove' | translate }}</mat-button-toggle>
      <mat-button-toggle value="approved">{{ 'attendance.absences.queue.approved' | translate }}</mat-button-toggle>
    </mat-button-toggle-group>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="leave-queue-table">
        <ng-container matColumnDef="person"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.person' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.staffName }}<div class="muted">{{ r.staffNumber }} · {{ r.unitName }}</div></td></ng-container>
        <ng-container matColumnDef="type"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.type' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ typeName(r) }}</td></ng-container>
        <ng-container matColumnDef="startDate"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.absences.queue.stretch' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.startDate }} {{ 'attendance.absences.half.' + r.startHalf | translate }} – {{ r.endDate }} {{ 'attendance.absences.half.' + r.endHalf | translate }}</td></ng-container>
        <ng-container matColumnDef="halfDays"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.absences.queue.length' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ days(r.days) }}
            @if (r.step > 0) { <div class="muted">{{ 'attendance.absences.queue.steps' | translate: { step: r.step, required: r.requiredSteps } }}</div> }</td></ng-container>
        <ng-container matColumnDef="reason"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.absences.queue.reason' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="reason">{{ r.reason }}</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="actions">
            @if (r.status === 'Pending') {
              <button mat-flat-button (click)="decide(r, 'approve')" data-testid="leave-approve">{{ 'attendance.absences.queue.approve' | translate }}</button>
              <button mat-button (click)="decide(r, 'reject')" data-testid="leave-reject">{{ 'attendance.absences.queue.reject' | translate }}</button>
            }
            @if (r.status === 'Approved') { <button mat-button (click)="decide(r, 'revoke')" data-testid="leave-revoke">{{ 'attendance.absences.queue.revoke' | translate }}</button> }
            <button mat-icon-button (click)="showHistory(r)" [attr.aria-label]="'attendance.absences.queue.history' | translate"><mat-icon>history</mat-icon></button>
          </td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'attendance.absences.queue.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
    @if (history(); as h) {
      <section class="history" data-testid="leave-history">
        <h2>{{ 'attendance.absences.queue.history' | translate }} · {{ h.request.staffName }} {{ h.request.startDate }}</h2>
        <ol>
          @for (a of h.actions; track $index) {
            <li>{{ time(a.at) }} · {{ 'attendance.absences.actionKind.' + a.kind | translate }} · {{ a.actorName }}
              @if (a.onBehalfOfName) { <span data-testid="acting-for">{{ 'attendance.absences.queue.actingFor' | translate: { name: a.onBehalfOfName } }}</span> }
              @if (a.reason) { <span> · {{ a.reason }}</span> }</li>
          }
        </ol>
      </section>
    }

    <section class="stand-ins" data-testid="stand-ins">
      <h2>{{ 'attendance.absences.queue.standIns' | translate }}</h2>
      <p class="muted">{{ 'attendance.absences.queue.standInsHint' | translate }}</p>
      <form [formGroup]="standInForm" (ngSubmit)="addStandIn()" novalidate class="row">
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.queue.standInNumber' | translate }}</mat-label>
          <input matInput formControlName="number" maxlength="32" data-testid="stand-in-number" />
          @if (standInForm.controls.number.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.queue.from' | translate }}</mat-label>
          <input matInput [matDatepicker]="fromPicker" formControlName="from" />
          <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
          @if (standInForm.controls.from.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.queue.to' | translate }}</mat-label>
          <input matInput [matDatepicker]="toPicker" formControlName="to" />
          <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
          @if (standInForm.controls.to.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <button mat-stroked-button type="submit" data-testid="stand-in-add">{{ 'attendance.absences.queue.addStandIn' | translate }}</button>
      </form>
      <app-problem-alert [problem]="standInProblem()" />
      <h3>{{ 'attendance.absences.queue.named' | translate }}</h3>
      <ul>
        @for (s of standIns()?.named ?? []; track s.id) {
          <li>{{ s.standInName }} · {{ s.fromDate }} – {{ s.toDate }}
            @if (s.endedAt) { · {{ 'attendance.absences.queue.ended' | translate }} }
            @else { <button mat-button (click)="endStandIn(s.id)">{{ 'attendance.absences.queue.endStandIn' | translate }}</button> }</li>
        } @empty { <li class="muted">{{ 'attendance.absences.queue.noStandIns' | translate }}</li> }
      </ul>
      <h3>{{ 'attendance.absences.queue.actingForMe' | translate }}</h3>
      <ul>
        @for (s of standIns()?.actingFor ?? []; track s.id) {
          <li>{{ s.principalName }} · {{ s.fromDate }} – {{ s.toDate }} @if (s.endedAt) { · {{ 'attendance.absences.queue.ended' | translate }} }</li>
        } @empty { <li class="muted">{{ 'attendance.absences.queue.noStandIns' | translate }}</li> }
      </ul>
    </section>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 24px; } h3 { font-size: 15px; }
    .table-wrap { overflow-x: auto; margin-top: 12px; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .muted { color: rgba(0, 0, 0, .6); font-size: 12px; } .reason { max-width: 260px; } .actions { white-space: nowrap; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; } .row mat-form-field { width: 180px; }
  `,
})
export class LeaveQueuePage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly columns = ['person', 'type', 'startDate', 'halfDays', 'reason', 'actions'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly problem = signal<Problem | null>(null);
  protected readonly history = signal<LeaveRequestDetailDto | null>(null);
  protected readonly standIns = signal<MyStandInsDto | null>(null);
  protected readonly standInProblem = signal<Problem | null>(null);
  protected readonly table = new ServerTable<LeaveRequestDto>({ sort: 'startDate asc', size: 20 }, ['view'], (s) =>
    s['view'] === 'approved'
      ? this.api.invoke(listLeaveRequests, { Status: 'Approved', From: beijingToday(), SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort })
      : this.api.invoke(listLeaveToApprove, { SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort }));
  protected readonly view = () => (this.table.state()['view'] === 'approved' ? 'approved' : 'queue');
  protected readonly standInForm = inject(FormBuilder).group({
    number: ['', [Validators.required, Validators.maxLength(32)]],
    from: [beijingToday(), Validators.required],
    to: [beijingToday(), Validators.required],
  });

  async ngOnInit(): Promise<void> {
    for (const c of Object.values(this.standInForm.controls)) c.valueChanges.subscribe(() => c.markAsTouched());
    await this.loadStandIns();
  }

  protected typeName(r: LeaveRequestDto): string {
    return this.language.current() === 'en' ? r.leaveTypeNameEn : r.leaveTypeNameZh;
  }

  protected time(at: string): string {
    return formatBeijing(at);
  }

  protected days(value: number): string {
    return formatDays(value);
  }

  async decide(r: LeaveRequestDto, decision: Decision): Promise<void> {
    const reason = await firstValueFrom(this.dialog.open(ReasonDialogComponent, {
      data: {
        title: `attendance.absences.queue.${decision}`,
        text: `${r.staffName} · ${r.startDate} – ${r.endDate} · ${formatDays(r.days)}`,
        reason: decision === 'approve' ? 'optional' : 'required',
        confirm: `attendance.absences.queue.${decision}`,
      } satisfies ReasonDialogData,
    }).afterClosed());
    if (reason === undefined) return;
    this.problem.set(null);
    try {
      const detail = decision === 'approve'
        ? await this.api.invoke(approveLeaveRequest, { id: r.id, body: { reason: reason || null } })
        : decision === 'reject'
          ? await this.api.invoke(rejectLeaveRequest, { id: r.id, body: { reason } })
          : await this.api.invoke(revokeLeaveRequest, { id: r.id, body: { reason } });
      this.history.set(detail);
      this.snack.open(this.translate.instant(`attendance.absences.queue.${decision === 'approve' ? 'approvedMsg' : decision === 'reject' ? 'rejectedMsg' : 'revokedMsg'}`),
        undefined, { duration: 2500 });
      this.table.reload();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async showHistory(r: LeaveRequestDto): Promise<void> {
    try {
      this.history.set(await this.api.invoke(getLeaveRequest, { id: r.id }));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async addStandIn(): Promise<void> {
    this.standInForm.markAllAsTouched();
    if (this.standInForm.invalid) return;
    const v = this.standInForm.getRawValue();
    this.standInProblem.set(null);
    try {
      await this.api.invoke(createStandIn, { body: { standInStaffNumber: v.number!.trim(), fromDate: v.from!, toDate: v.to! } });
      this.snack.open(this.translate.instant('attendance.absences.queue.standInAdded'), undefined, { duration: 2500 });
      this.standInForm.controls.number.reset('');
      await this.loadStandIns();
    } catch (e) {
      this.standInProblem.set(toProblem(e));
    }
  }

  async endStandIn(id: string): Promise<void> {
    try {
      await this.api.invoke(endStandIn, { id });
      this.snack.open(this.translate.instant('attendance.absences.queue.standInEnded'), undefined, { duration: 2500 });
      await this.loadStandIns();
    } catch (e) {
      this.standInProblem.set(toProblem(e));
    }
  }

  private async loadStandIns(): Promise<void> {
    try {
      this.standIns.set(await this.api.invoke(listMyStandIns));
    } catch (e) {
      this.standInProblem.set(toProblem(e));
    }
  }
}
