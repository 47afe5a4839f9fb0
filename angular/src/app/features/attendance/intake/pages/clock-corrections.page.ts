import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { getAttendanceDevice } from '../../../../proxy/fn/attendance-devices/get-attendance-device';
import { listClockCorrections } from '../../../../proxy/fn/attendance-devices/list-clock-corrections';
import { recordClockCorrection } from '../../../../proxy/fn/attendance-devices/record-clock-correction';
import { ClockCorrectionDto, DeviceDto } from '../../../../proxy/models';
import { beijingToday } from '../../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { parseOffset } from '../device-rules';

/** The end is not before the start (ISO days compare as text). */
function dateOrder(group: AbstractControl): ValidationErrors | null {
  const from = group.get('fromDate')?.value as string | null;
  const to = group.get('toDate')?.value as string | null;
  const error = from && to && to < from ? { order: true } : null;
  group.get('toDate')?.setErrors(error ? { ...(group.get('toDate')?.errors ?? {}), ...error } : clear(group.get('toDate')?.errors, 'order'));
  return null;
}

function clear(errors: ValidationErrors | null | undefined, key: string): ValidationErrors | null {
  if (!errors) return null;
  const { [key]: _, ...rest } = errors;
  return Object.keys(rest).length ? rest : null;
}

/** A device's clock corrections, latest first, and the form that records one (re-deriving its punches at once). */
@Component({
  selector: 'app-clock-corrections-page',
  imports: [
    ReactiveFormsModule, RouterLink, DatePipe, TranslatePipe, ProblemAlertComponent, MatTableModule, MatFormFieldModule, MatInputModule,
    MatDatepickerModule, MatButtonModule, MatIconModule,
  ],
  providers: DATEPICKER_INTL,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/attendance/devices"><mat-icon>arrow_back</mat-icon>{{ 'attendance.intake.users.back' | translate }}</a>
    <h1>{{ 'attendance.intake.corrections.title' | translate }}@if (device(); as d) { · {{ d.name }}（{{ d.serialNumber }}，{{ d.timeZone }}）}</h1>
    <p>{{ 'attendance.intake.corrections.intro' | translate }}</p>
    <app-problem-alert [problem]="problem()" />
    @if (device() && canManage) {
      <form [formGroup]="form" (ngSubmit)="record()" novalidate class="form">
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.corrections.fromDate' | translate }}</mat-label>
          <input matInput [matDatepicker]="fromPicker" formControlName="fromDate" data-testid="correction-from" />
          <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
          <mat-datepicker #fromPicker />
          @if (form.controls.fromDate.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.fromDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.corrections.toDate' | translate }}</mat-label>
          <input matInput [matDatepicker]="toPicker" formControlName="toDate" data-testid="correction-to" />
          <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
          <mat-datepicker #toPicker />
          @if (form.controls.toDate.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.toDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          @if (form.controls.toDate.hasError('order')) { <mat-error>{{ 'attendance.intake.corrections.order' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.corrections.offset' | translate }}</mat-label>
          <input matInput formControlName="offset" inputmode="numeric" placeholder="+120" data-testid="correction-offset" />
          <mat-hint>{{ 'attendance.intake.corrections.offsetHint' | translate }}</mat-hint>
          @if (form.controls.offset.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.offset.hasError('offset')) { <mat-error>{{ 'attendance.intake.validation.offset' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field class="reason">
          <mat-label>{{ 'attendance.intake.corrections.reason' | translate }}</mat-label>
          <input matInput formControlName="reason" data-testid="correction-reason" />
          @if (form.controls.reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.reason.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 500 } }}</mat-error> }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="record-correction">{{ 'attendance.intake.corrections.record' | translate }}</button>
      </form>
      @if (done() !== null) { <p role="status">{{ 'attendance.intake.corrections.done' | translate: { n: done() } }}</p> }
    }
    @if (corrections().length === 0) {
      <p class="empty">{{ 'attendance.intake.corrections.none' | translate }}</p>
    } @else {
      <table mat-table [dataSource]="corrections()" data-testid="corrections-table">
        <ng-container matColumnDef="range">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.corrections.fromDate' | translate }} – {{ 'attendance.intake.corrections.toDate' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.fromDate }} – {{ c.toDate }}</td>
        </ng-container>
        <ng-container matColumnDef="offset">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.corrections.offset' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.offsetSeconds > 0 ? '+' : '' }}{{ c.offsetSeconds }}</td>
        </ng-container>
        <ng-container matColumnDef="reason">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.corrections.reason' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.reason }}</td>
        </ng-container>
        <ng-container matColumnDef="recordedAt">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.corrections.recordedAt' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.recordedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
        </ng-container>
        <ng-container matColumnDef="punches">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.corrections.punches' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.punchesUpdated }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    }
  `,
  styles: `
    h1 { font-size: 22px; }
    .form { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px; margin: 12px 0; }
    .form mat-form-field { width: 180px; }
    .form .reason { flex: 1; min-width: 220px; }
    table { width: 100%; }
    .empty { color: rgba(0, 0, 0, 0.6); }
  `,
})
export class ClockCorrectionsPage {
  private readonly api = inject(Api);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly canManage = inject(AuthService).has(Permissions.Attendance.Devices.Manage);
  protected readonly columns = ['range', 'offset', 'reason', 'recordedAt', 'punches'];
  protected readonly device = signal<DeviceDto | null>(null);
  protected readonly corrections = signal<ClockCorrectionDto[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal<number | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      fromDate: [beijingToday(), Validators.required],
      toDate: [beijingToday(), Validators.required],
      offset: ['', [Validators.required, (c: AbstractControl) => (c.value === '' || parseOffset(c.value) !== null ? null : { offset: true })]],
      reason: ['', [Validators.required, Validators.maxLength(500)]],
    },
    { validators: dateOrder },
  );

  constructor() {
    // Validate as one types: an error shows while the field is being filled in.
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [device, corrections] = await Promise.all([
        this.api.invoke(getAttendanceDevice, { id: this.id }),
        this.api.invoke(listClockCorrections, { id: this.id }),
      ]);
      this.device.set(device);
      this.corrections.set(corrections);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async record(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    this.done.set(null);
    try {
      const v = this.form.getRawValue();
      const saved = await this.api.invoke(recordClockCorrection, {
        id: this.id,
        body: { fromDate: v.fromDate, toDate: v.toDate, offsetSeconds: parseOffset(v.offset)!, reason: v.reason.trim() },
      });
      this.done.set(saved.punchesUpdated);
      this.corrections.set([saved, ...this.corrections()]);
      this.form.controls.reason.reset('');
      this.form.controls.offset.reset('');
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
