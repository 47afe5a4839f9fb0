import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listWindows } from '../../../proxy/fn/organization/list-windows';
import { assignStaffToWindow } from '../../../proxy/fn/staff/assign-staff-to-window';
import { endStaffAssignment } from '../../../proxy/fn/staff/end-staff-assignment';
import { returnStaffToDepartment } from '../../../proxy/fn/staff/return-staff-to-department';
import { StaffDetailDto, WindowDto } from '../../../proxy/models';
import { DATEPICKER_INTL } from '../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

export type AssignmentAction = 'assign' | 'move' | 'end' | 'return';

export interface AssignmentDialogData {
  action: AssignmentAction;
  staff: StaffDetailDto;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Assign / move / end / return: one dialog, the fields the action needs, and the server's reason when it refuses. */
@Component({
  selector: 'app-assignment-dialog',
  providers: DATEPICKER_INTL,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatDatepickerModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'assignment.' + data.action | translate }} · {{ data.staff.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        @if (data.staff.current; as c) {
          <p>{{ 'assignment.current' | translate }}：{{ c.unitName }} · {{ c.windowCode }} {{ c.windowName }}（{{ c.startDate }}）</p>
        }
        @if (needsWindow()) {
          <mat-form-field>
            <mat-label>{{ 'assignment.window' | translate }}</mat-label>
            <mat-select formControlName="windowId" data-testid="assign-window">
              @for (w of windows(); track w.id) {
                <mat-option [value]="w.id" [disabled]="w.id === data.staff.current?.windowId">{{ w.code }} {{ w.name }}</mat-option>
              }
            </mat-select>
            @if (form.controls.windowId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'assignment.date' | translate }}</mat-label>
          <input matInput [matDatepicker]="datePicker" formControlName="date" data-testid="assign-date" />
          <mat-datepicker-toggle matIconSuffix [for]="datePicker" />
          <mat-datepicker #datePicker />
          <mat-hint>{{ 'assignment.dateHint' | translate }}</mat-hint>
          @if (form.controls.date.hasError('pattern') || form.controls.date.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
        </mat-form-field>
        @if (!needsWindow()) {
          <mat-form-field>
            <mat-label>{{ 'assignment.reason' | translate }}</mat-label>
            <textarea matInput formControlName="reason" rows="2" data-testid="assign-reason"></textarea>
            @if (form.controls.reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        }
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.confirm' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(440px, 80vw); }`,
})
export class AssignmentDialogComponent implements OnInit {
  protected readonly data = inject<AssignmentDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AssignmentDialogComponent, boolean>);
  private readonly api = inject(Api);
  protected readonly windows = signal<WindowDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly needsWindow = computed(() => this.data.action === 'assign' || this.data.action === 'move');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    windowId: ['', this.needsWindow() ? Validators.required : []],
    date: ['', Validators.pattern(DATE)],
    reason: ['', this.data.action === 'return' ? [Validators.required, Validators.maxLength(256)] : [Validators.maxLength(256)]],
  });

  async ngOnInit(): Promise<void> {
    if (!this.needsWindow()) return;
    try {
      const all = await this.api.invoke(listWindows, { hallId: this.data.staff.hallId });
      this.windows.set(all.filter((w) => w.isActive));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    const id = this.data.staff.id;
    const date = v.date || null;
    try {
      if (this.needsWindow()) await this.api.invoke(assignStaffToWindow, { id, body: { windowId: v.windowId, date } });
      else if (this.data.action === 'end') await this.api.invoke(endStaffAssignment, { id, body: { date, reason: v.reason.trim() || null } });
      else await this.api.invoke(returnStaffToDepartment, { id, body: { date, reason: v.reason.trim() } });
      this.ref.close(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
