import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { createDeviceUser } from '../../../../proxy/fn/attendance-device-users/create-device-user';
import { updateDeviceUser } from '../../../../proxy/fn/attendance-device-users/update-device-user';
import { DeviceUserDto } from '../../../../proxy/models';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';

export interface DeviceUserDialogData {
  hallId: string;
  /** Null for a hall-wide entry. */
  deviceId: string | null;
  entry: DeviceUserDto | null;
}

/** Adds an entry (device user id → staff number) at a level, or maps an existing entry to another person. */
@Component({
  selector: 'app-device-user-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.entry ? 'attendance.intake.users.edit' : 'attendance.intake.users.add') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.users.deviceUserId' | translate }}</mat-label>
          <input matInput formControlName="deviceUserId" data-testid="device-user-id" />
          @if (form.controls.deviceUserId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.deviceUserId.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 32 } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.users.staffNumber' | translate }}</mat-label>
          <input matInput formControlName="staffNumber" data-testid="device-user-staff" />
          @if (form.controls.staffNumber.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.staffNumber.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 32 } }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(360px, 80vw); }`,
})
export class DeviceUserDialogComponent {
  protected readonly data = inject<DeviceUserDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DeviceUserDialogComponent, DeviceUserDto>);
  private readonly api = inject(Api);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    deviceUserId: [{ value: this.data.entry?.deviceUserId ?? '', disabled: !!this.data.entry }, [Validators.required, Validators.maxLength(32)]],
    staffNumber: [this.data.entry?.staffNumber ?? '', [Validators.required, Validators.maxLength(32)]],
  });

  constructor() {
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const body = { hallId: this.data.hallId, deviceId: this.data.deviceId, deviceUserId: v.deviceUserId.trim(), staffNumber: v.staffNumber.trim() };
      this.ref.close(this.data.entry
        ? await this.api.invoke(updateDeviceUser, { id: this.data.entry.id, body })
        : await this.api.invoke(createDeviceUser, { body }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
