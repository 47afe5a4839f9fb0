import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createUnit } from '../../../proxy/fn/organization/create-unit';
import { listDepartments } from '../../../proxy/fn/organization/list-departments';
import { DepartmentDto, HallDto, UnitDto, UnitKind } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

export interface UnitDialogData {
  hall: HallDto;
}

@Component({
  selector: 'app-unit-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'unit.create' | translate }} · {{ data.hall.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'unit.code' | translate }}</mat-label>
          <input matInput formControlName="code" data-testid="unit-code" />
          @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.code.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'unit.name' | translate }}</mat-label>
          <input matInput formControlName="name" data-testid="unit-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'unit.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="unit-kind">
            <mat-option value="HallOwn">{{ 'enums.UnitKind.HallOwn' | translate }}</mat-option>
            <mat-option value="StationedDepartment">{{ 'enums.UnitKind.StationedDepartment' | translate }}</mat-option>
          </mat-select>
        </mat-form-field>
        @if (form.controls.kind.value === 'StationedDepartment') {
          <mat-form-field>
            <mat-label>{{ 'unit.department' | translate }}</mat-label>
            <mat-select formControlName="departmentId">
              @for (d of departments(); track d.id) { <mat-option [value]="d.id">{{ d.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
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
export class UnitDialogComponent implements OnInit {
  protected readonly data = inject<UnitDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UnitDialogComponent, UnitDto>);
  private readonly api = inject(Api);
  protected readonly departments = signal<DepartmentDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    name: ['', [Validators.required, Validators.maxLength(128)]],
    kind: ['HallOwn' as UnitKind, Validators.required],
    departmentId: [null as string | null],
  });

  async ngOnInit(): Promise<void> {
    try { this.departments.set(await this.api.invoke(listDepartments)); } catch { /* optional */ }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const unit = await this.api.invoke(createUnit, {
        body: { hallId: this.data.hall.id, code: v.code.trim(), name: v.name.trim(), kind: v.kind, departmentId: v.kind === 'StationedDepartment' ? v.departmentId : null },
      });
      this.ref.close(unit);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
