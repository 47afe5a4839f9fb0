import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { registerAttendanceDevice } from '../../../../proxy/fn/attendance-devices/register-attendance-device';
import { updateAttendanceDevice } from '../../../../proxy/fn/attendance-devices/update-attendance-device';
import { DeviceDto, DeviceKind, DeviceWithKeyDto } from '../../../../proxy/models';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { DEVICE_KINDS, isTimeZone } from '../device-rules';

/** Registers a device (closes with the device and its one-time key) or edits one (closes with the device). */
@Component({
  selector: 'app-device-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (device ? 'attendance.intake.devices.edit' : 'attendance.intake.devices.register') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.serialNumber' | translate }}</mat-label>
          <input matInput formControlName="serialNumber" data-testid="device-serial" />
          @if (form.controls.serialNumber.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.serialNumber.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 64 } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.name' | translate }}</mat-label>
          <input matInput formControlName="name" data-testid="device-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.name.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 128 } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.hall' | translate }}</mat-label>
          <mat-select formControlName="hallId" data-testid="device-hall">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
          @if (form.controls.hallId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="device-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'attendance.intake.kinds.' + k | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.model' | translate }}</mat-label>
          <input matInput formControlName="model" placeholder="ZKTeco K40" data-testid="device-model" />
          @if (form.controls.model.hasError('maxlength')) { <mat-error>{{ 'attendance.intake.validation.tooLong' | translate: { max: 128 } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.intake.devices.timeZone' | translate }}</mat-label>
          <input matInput formControlName="timeZone" placeholder="Asia/Shanghai" data-testid="device-zone" />
          <mat-hint>{{ 'attendance.intake.devices.timeZoneHint' | translate }}</mat-hint>
          @if (form.controls.timeZone.hasError('timeZone')) { <mat-error>{{ 'attendance.intake.validation.timeZone' | translate }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class DeviceDialogComponent {
  protected readonly device = inject<DeviceDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DeviceDialogComponent, DeviceDto | DeviceWithKeyDto>);
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly kinds = DEVICE_KINDS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly halls = computed(() => (this.org.tree()?.halls ?? []).map((h) => ({ id: h.hall.id, name: h.hall.name })));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    serialNumber: [{ value: this.device?.serialNumber ?? '', disabled: !!this.device }, [Validators.required, Validators.maxLength(64)]],
    name: [this.device?.name ?? '', [Validators.required, Validators.maxLength(128)]],
    hallId: [{ value: this.device?.hallId ?? '', disabled: !!this.device }, Validators.required],
    kind: [this.device?.kind ?? ('Clock' as DeviceKind), Validators.required],
    model: [this.device?.model ?? '', Validators.maxLength(128)],
    timeZone: [this.device?.timeZone ?? '', (c: { value: string }) => (isTimeZone(c.value) ? null : { timeZone: true })],
  });

  constructor() {
    void this.org.load();
    // Validate as one types: an error shows while the field is being filled in.
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const common = { name: v.name.trim(), kind: v.kind, model: v.model.trim() || null, timeZone: v.timeZone.trim() || null };
      this.ref.close(this.device
        ? await this.api.invoke(updateAttendanceDevice, { id: this.device.id, body: common })
        : await this.api.invoke(registerAttendanceDevice, { body: { ...common, serialNumber: v.serialNumber.trim(), hallId: v.hallId } }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
