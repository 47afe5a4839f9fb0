import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { createLeaveType } from '../../../../proxy/fn/leave/create-leave-type';
import { updateLeaveType } from '../../../../proxy/fn/leave/update-leave-type';
import { LeaveCountMode, LeaveTypeDto } from '../../../../proxy/models';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';

/** Creates a leave type or edits one (the code stays once made): names, counting mode, balance, official business, in use. */
@Component({
  selector: 'app-leave-type-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe,
    ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data ? 'attendance.absences.types.edit' : 'attendance.absences.types.add') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.types.code' | translate }}</mat-label>
          <input matInput formControlName="code" maxlength="32" data-testid="type-code" />
          @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.code.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.types.nameZh' | translate }}</mat-label>
          <input matInput formControlName="nameZh" maxlength="128" data-testid="type-name-zh" />
          @if (form.controls.nameZh.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.types.nameEn' | translate }}</mat-label>
          <input matInput formControlName="nameEn" maxlength="128" />
          @if (form.controls.nameEn.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.types.countMode' | translate }}</mat-label>
          <mat-select formControlName="countMode" data-testid="type-count-mode">
            @for (m of modes; track m) { <mat-option [value]="m">{{ 'attendance.absences.countMode.' + m | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.types.sortOrder' | translate }}</mat-label>
          <input matInput type="number" formControlName="sortOrder" min="0" max="10000" />
          @if (form.controls.sortOrder.invalid) { <mat-error>{{ 'validation.number' | translate }}</mat-error> }
        </mat-form-field>
        <mat-checkbox formControlName="hasBalance">{{ 'attendance.absences.types.hasBalance' | translate }}</mat-checkbox>
        <mat-checkbox formControlName="isOfficialBusiness">{{ 'attendance.absences.types.officialBusiness' | translate }}</mat-checkbox>
        <mat-checkbox formControlName="isActive">{{ 'attendance.absences.types.active' | translate }}</mat-checkbox>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class LeaveTypeDialogComponent implements OnInit {
  protected readonly data = inject<LeaveTypeDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<LeaveTypeDialogComponent, LeaveTypeDto>);
  private readonly api = inject(Api);
  protected readonly modes: LeaveCountMode[] = ['WorkingDays', 'CalendarDays'];
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [{ value: this.data?.code ?? '', disabled: !!this.data }, [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    nameZh: [this.data?.nameZh ?? '', [Validators.required, Validators.maxLength(128)]],
    nameEn: [this.data?.nameEn ?? '', [Validators.required, Validators.maxLength(128)]],
    countMode: [this.data?.countMode ?? ('WorkingDays' as LeaveCountMode)],
    sortOrder: [this.data?.sortOrder ?? 100, [Validators.required, Validators.min(0), Validators.max(10000)]],
    hasBalance: [this.data?.hasBalance ?? false],
    isOfficialBusiness: [this.data?.isOfficialBusiness ?? false],
    isActive: [this.data?.isActive ?? true],
  });

  ngOnInit(): void {
    for (const c of Object.values(this.form.controls) as AbstractControl[]) c.valueChanges.subscribe(() => c.markAsTouched());
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const body = { ...this.form.getRawValue(), sortOrder: Number(this.form.getRawValue().sortOrder) };
    try {
      this.ref.close(this.data
        ? await this.api.invoke(updateLeaveType, { id: this.data.id, body })
        : await this.api.invoke(createLeaveType, { body }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
