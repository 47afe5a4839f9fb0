import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createPostBackup } from '../../../proxy/fn/post-backups/create-post-backup';
import { endPostBackup } from '../../../proxy/fn/post-backups/end-post-backup';
import { listStaff } from '../../../proxy/fn/staff/list-staff';
import { PersonRefDto, PostBackupDto, StaffListItemDto, WindowPostDto } from '../../../proxy/models';
import { beijingToday } from '../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** Set: A (a holder of the window) names B from a day, until an optional last day. End: a backup's last day. */
export type BackupDialogData =
  | { mode: 'set'; post: WindowPostDto; primary: PersonRefDto }
  | { mode: 'end'; post: WindowPostDto; backup: PostBackupDto };

/** The last day is not before the first (both ISO days, so they compare as text). */
function lastDayNotBeforeFirst(group: AbstractControl): ValidationErrors | null {
  const from = group.get('fromDate')?.value as string | null;
  const to = group.get('toDate')?.value as string | null;
  const order = !!from && !!to && to < from;
  const control = group.get('toDate');
  if (control) {
    const { order: _, ...rest } = control.errors ?? {};
    control.setErrors(order ? { ...rest, order: true } : Object.keys(rest).length ? rest : null);
  }
  return null;
}

/** 岗位AB角: sets or ends the backup (B) of a window's holder (A); the server refuses overlaps and people of other units. */
@Component({
  selector: 'app-backup-dialog',
  providers: DATEPICKER_INTL,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatDatepickerModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.mode === 'set' ? 'backup.set' : 'backup.end') | translate }} · {{ data.post.window.code }} {{ data.post.window.name }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        @if (data.mode === 'set') {
          <p>{{ 'backup.primary' | translate }}：{{ data.primary.name }}（{{ data.primary.staffNumber }}）</p>
          <mat-form-field>
            <mat-label>{{ 'backup.backup' | translate }}</mat-label>
            <mat-select formControlName="backupStaffId" data-testid="backup-person">
              @for (p of candidates(); track p.id) { <mat-option [value]="p.id">{{ p.name }}（{{ p.staffNumber }}）{{ p.windowCode ? ' · ' + p.windowCode : '' }}</mat-option> }
            </mat-select>
            <mat-hint>{{ 'backup.backupHint' | translate }}</mat-hint>
            @if (form.controls.backupStaffId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'backup.from' | translate }}</mat-label>
            <input matInput [matDatepicker]="fromPicker" formControlName="fromDate" data-testid="backup-from" />
            <mat-datepicker-toggle matIconSuffix [for]="fromPicker" />
            <mat-datepicker #fromPicker />
            @if (form.controls.fromDate.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.fromDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          </mat-form-field>
        } @else {
          <p>{{ 'backup.backup' | translate }}：{{ data.backup.backup.name }} · {{ 'backup.from' | translate }} {{ data.backup.fromDate }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'backup.to' | translate }}</mat-label>
          <input matInput [matDatepicker]="toPicker" formControlName="toDate" data-testid="backup-to" />
          <mat-datepicker-toggle matIconSuffix [for]="toPicker" />
          <mat-datepicker #toPicker />
          <mat-hint>{{ (data.mode === 'set' ? 'backup.toHint' : 'backup.endHint') | translate }}</mat-hint>
          @if (form.controls.toDate.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          @if (form.controls.toDate.hasError('order')) { <mat-error>{{ 'backup.order' | translate }}</mat-error> }
        </mat-form-field>
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
export class BackupDialogComponent implements OnInit {
  protected readonly data = inject<BackupDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<BackupDialogComponent, boolean>);
  private readonly api = inject(Api);
  protected readonly candidates = signal<StaffListItemDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).group(
    {
      backupStaffId: ['', this.data.mode === 'set' ? Validators.required : []],
      fromDate: [this.data.mode === 'set' ? beijingToday() : this.data.backup.fromDate, Validators.required],
      toDate: [this.data.mode === 'end' ? beijingToday() : (null as string | null)],
    },
    { validators: lastDayNotBeforeFirst },
  );

  async ngOnInit(): Promise<void> {
    // Validate as one types: an error shows while the field is being filled in.
    for (const c of Object.values(this.form.controls)) c.valueChanges.subscribe(() => c.markAsTouched());
    if (this.data.mode !== 'set') return;
    const primaryId = this.data.primary.id;
    try {
      const page = await this.api.invoke(listStaff, { UnitId: this.data.post.window.unitId, Status: 'Active', MaxResultCount: 200 });
      this.candidates.set(page.items.filter((p) => p.id !== primaryId));
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
    try {
      if (this.data.mode === 'set') {
        await this.api.invoke(createPostBackup, {
          body: { windowId: this.data.post.window.id, primaryStaffId: this.data.primary.id, backupStaffId: v.backupStaffId!, fromDate: v.fromDate!, toDate: v.toDate || null },
        });
      } else {
        await this.api.invoke(endPostBackup, { id: this.data.backup.id, body: { toDate: v.toDate || null } });
      }
      this.ref.close(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
