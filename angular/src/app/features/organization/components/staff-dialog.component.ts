import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listDepartments } from '../../../proxy/fn/organization/list-departments';
import { createStaff } from '../../../proxy/fn/staff/create-staff';
import { updateStaff } from '../../../proxy/fn/staff/update-staff';
import { DepartmentDto, StaffDetailDto, StaffKind } from '../../../proxy/models';
import { beijingToday } from '../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { SecretDialogComponent } from '../../../shared/secret-dialog.component';

/** A day not after today in Beijing, as the server checks it (参加工作时间 cannot lie ahead). */
export function notInFuture(control: AbstractControl<string | null>): ValidationErrors | null {
  const v = control.value;
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  return v > beijingToday() ? { future: true } : null;
}

export interface StaffDialogData {
  unitId?: string | null;
  /** Given: the dialog edits this person (the staff number stays). */
  staff?: StaffDetailDto;
}

/** Creates a staff member (closes with the new id after showing the one-time password), or edits one. */
@Component({
  selector: 'app-staff-dialog',
  providers: DATEPICKER_INTL,
  imports: [ReactiveFormsModule, MatDialogModule, MatDatepickerModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.staff ? 'staff.edit' : 'staff.create') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'staff.staffNumber' | translate }}</mat-label>
          <input matInput formControlName="staffNumber" data-testid="staff-number" />
          @if (form.controls.staffNumber.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.staffNumber.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.name' | translate }}</mat-label>
          <input matInput formControlName="name" data-testid="staff-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="staff-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'enums.StaffKind.' + k | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (form.controls.kind.value === 'Dispatched') {
          <mat-form-field>
            <mat-label>{{ 'staff.department' | translate }}</mat-label>
            <mat-select formControlName="dispatchingDepartmentId">
              @for (d of departments(); track d.id) { <mat-option [value]="d.id">{{ d.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'staff.hall' | translate }}</mat-label>
          <mat-select formControlName="hallId" data-testid="staff-hall">
            @for (h of halls(); track h.hall.id) { <mat-option [value]="h.hall.id">{{ h.hall.name }}</mat-option> }
          </mat-select>
          @if (form.controls.hallId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.unit' | translate }}</mat-label>
          <mat-select formControlName="unitId" data-testid="staff-unit">
            <mat-option [value]="null">{{ 'common.none' | translate }}</mat-option>
            @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.phone' | translate }}</mat-label>
          <input matInput formControlName="phone" type="tel" />
          @if (form.controls.phone.hasError('pattern')) { <mat-error>{{ 'validation.phone' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'staff.workStartDate' | translate }}</mat-label>
          <input matInput [matDatepicker]="workStartPicker" formControlName="workStartDate" data-testid="staff-work-start" />
          <mat-datepicker-toggle matIconSuffix [for]="workStartPicker" />
          <mat-datepicker #workStartPicker startView="multi-year" />
          <mat-hint>{{ 'staff.workStartHint' | translate }}</mat-hint>
          @if (form.controls.workStartDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          @if (form.controls.workStartDate.hasError('future')) { <mat-error>{{ 'staff.workStartFuture' | translate }}</mat-error> }
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
export class StaffDialogComponent implements OnInit {
  protected readonly data = inject<StaffDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<StaffDialogComponent, string>);
  private readonly dialog = inject(MatDialog);
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly kinds: StaffKind[] = ['Own', 'Dispatched', 'Contract'];
  protected readonly departments = signal<DepartmentDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).group({
    staffNumber: ['', [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    name: ['', [Validators.required, Validators.maxLength(64)]],
    kind: ['Own' as StaffKind, Validators.required],
    dispatchingDepartmentId: [null as string | null],
    hallId: ['', Validators.required],
    unitId: [null as string | null],
    phone: ['', Validators.pattern(/^[0-9+\- ]{0,20}$/)],
    workStartDate: [null as string | null, notInFuture],
  });
  protected readonly halls = computed(() => this.org.tree()?.halls ?? []);
  private readonly hallId = toSignal(this.form.controls.hallId.valueChanges, { initialValue: '' });
  protected readonly units = computed(() => this.halls().find((h) => h.hall.id === this.hallId())?.units ?? []);

  async ngOnInit(): Promise<void> {
    const staff = this.data?.staff;
    if (staff) {
      this.form.patchValue({
        staffNumber: staff.staffNumber, name: staff.name, kind: staff.kind, dispatchingDepartmentId: staff.dispatchingDepartmentId ?? null,
        hallId: staff.hallId, unitId: staff.unitId ?? null, phone: staff.phone ?? '', workStartDate: staff.workStartDate ?? null,
      });
      this.form.controls.staffNumber.disable();
    }
    // Validate as one types: errors show while typing, not only after leaving the field.
    this.form.controls.workStartDate.valueChanges.subscribe(() => this.form.controls.workStartDate.markAsTouched());
    const tree = await this.org.load();
    if (staff) {
      try { this.departments.set(await this.api.invoke(listDepartments)); } catch { /* optional */ }
      return;
    }
    const unitId = this.data?.unitId;
    const hall = tree?.halls.find((h) => h.units.some((u) => u.unit.id === unitId)) ?? (tree?.halls.length === 1 ? tree.halls[0] : undefined);
    if (hall) this.form.patchValue({ hallId: hall.hall.id, unitId: unitId ?? null });
    try { this.departments.set(await this.api.invoke(listDepartments)); } catch { /* optional */ }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const body = {
        staffNumber: v.staffNumber!.trim(), name: v.name!.trim(), kind: v.kind!, hallId: v.hallId!, unitId: v.unitId ?? null,
        phone: v.phone?.trim() || null, dispatchingDepartmentId: v.kind === 'Dispatched' ? v.dispatchingDepartmentId ?? null : null,
        workStartDate: v.workStartDate || null,
      };
      if (this.data?.staff) {
        await this.api.invoke(updateStaff, { id: this.data.staff.id, body });
        this.ref.close(this.data.staff.id);
        return;
      }
      const created = await this.api.invoke(createStaff, { body });
      if (created.initialPassword) {
        await new Promise<void>((resolve) =>
          this.dialog.open(SecretDialogComponent, {
            data: { title: 'staff.accountCreated', lines: [{ label: 'users.userName', value: created.userName ?? '' }, { label: 'users.oneTimePassword', value: created.initialPassword }] },
          }).afterClosed().subscribe(() => resolve()),
        );
      }
      this.ref.close(created.staff.id);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
