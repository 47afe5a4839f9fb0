import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { LedgerApi, LedgerDetailDto, MAX_NOTE, MAX_PERSON, MAX_TITLE } from '../ledger.api';

export interface SelfCheckDialogData {
  /** The units the caller may record for (a lead's own, a manager's halls'). */
  units: { id: string; label: string }[];
  /** Today in Beijing: 立行立改 sets it, and no deadline may be earlier. */
  today: string;
}

/**
 * 对照自查: a unit records a problem it found itself, with the requirement, the responsible person and a deadline
 * (empty: the hall's rectification working days; 立行立改: today). Closes with the item as stored.
 */
@Component({
  selector: 'app-self-check-dialog',
  imports: [
    ReactiveFormsModule, TranslatePipe, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule,
    MatDatepickerModule, ProblemAlertComponent,
  ],
  providers: DATEPICKER_INTL,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'supervision.ledger.selfCheck.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <p class="intro">{{ 'supervision.ledger.selfCheck.intro' | translate }}</p>
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.selfCheck.unit' | translate }}</mat-label>
          <mat-select formControlName="unitId" data-testid="self-check-unit">
            @for (u of data.units; track u.id) { <mat-option [value]="u.id">{{ u.label }}</mat-option> }
          </mat-select>
          @if (form.controls.unitId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.selfCheck.itemTitle' | translate }}</mat-label>
          <input matInput formControlName="title" [maxlength]="maxTitle" data-testid="self-check-title" />
          @if (form.controls.title.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.selfCheck.requirement' | translate }}</mat-label>
          <textarea matInput formControlName="requirement" rows="3" [maxlength]="maxNote" data-testid="self-check-requirement"></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.selfCheck.responsible' | translate }}</mat-label>
          <input matInput formControlName="responsiblePerson" [maxlength]="maxPerson" data-testid="self-check-responsible" />
        </mat-form-field>
        <mat-checkbox formControlName="immediate" (change)="immediate($event.checked)" data-testid="self-check-immediate">
          {{ 'supervision.ledger.selfCheck.immediate' | translate }}</mat-checkbox>
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.selfCheck.dueOn' | translate }}</mat-label>
          <input matInput [matDatepicker]="duePicker" [min]="data.today" formControlName="dueOn" data-testid="self-check-due" />
          <mat-datepicker-toggle matIconSuffix [for]="duePicker" /><mat-datepicker #duePicker />
          <mat-hint>{{ 'supervision.ledger.selfCheck.dueHint' | translate }}</mat-hint>
          @if (form.controls.dueOn.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
          @else if (form.controls.dueOn.hasError('past') || form.controls.dueOn.hasError('matDatepickerMin')) {
            <mat-error>{{ 'supervision.ledger.selfCheck.duePast' | translate }}</mat-error>
          }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">{{ 'supervision.ledger.selfCheck.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="self-check-save">{{ 'supervision.ledger.selfCheck.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; gap: 4px; min-width: min(520px, 80vw); }
    .intro { color: rgba(0, 0, 0, 0.65); margin-top: 0; }
    mat-checkbox { margin-bottom: 8px; }
  `,
})
export class SelfCheckDialogComponent {
  protected readonly data = inject<SelfCheckDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SelfCheckDialogComponent, LedgerDetailDto>>(MatDialogRef);
  private readonly api = inject(LedgerApi);
  protected readonly maxTitle = MAX_TITLE;
  protected readonly maxNote = MAX_NOTE;
  protected readonly maxPerson = MAX_PERSON;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly notPast = (c: { value: string | null }): ValidationErrors | null => (c.value && c.value < this.data.today ? { past: true } : null);

  protected readonly form = inject(FormBuilder).group({
    unitId: [this.data.units.length === 1 ? this.data.units[0].id : '', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(MAX_TITLE), (c: { value: string | null }) => ((c.value ?? '').trim() ? null : { required: true })]],
    requirement: ['', Validators.maxLength(MAX_NOTE)],
    responsiblePerson: ['', Validators.maxLength(MAX_PERSON)],
    immediate: [false],
    dueOn: [null as string | null, this.notPast],
  });

  /** 立行立改: the deadline is today, and the field follows (unticking clears it back to the hall's default). */
  protected immediate(on: boolean): void {
    const due = this.form.controls.dueOn;
    due.setValue(on ? this.data.today : null);
    if (on) due.disable();
    else due.enable();
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    try {
      const item = await this.api.selfCheck({
        unitId: v.unitId!,
        title: v.title!.trim(),
        requirement: v.requirement?.trim() || null,
        responsiblePerson: v.responsiblePerson?.trim() || null,
        dueOn: v.dueOn || null,
      });
      this.ref.close(item);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
