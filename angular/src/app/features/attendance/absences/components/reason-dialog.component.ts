import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

/** `reason`: none (a plain confirmation), optional, or required (reject, revoke). */
export interface ReasonDialogData {
  title: string;
  text?: string;
  reason: 'none' | 'optional' | 'required';
  confirm: string;
}

/** Asks to confirm a decision, with its reason when one is asked for; closes with the reason ('' when none). */
@Component({
  selector: 'app-reason-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | translate }}</h2>
    <mat-dialog-content class="fields">
      @if (data.text) { <p>{{ data.text }}</p> }
      @if (data.reason !== 'none') {
        <mat-form-field>
          <mat-label>{{ 'attendance.absences.queue.decisionReason' | translate }}</mat-label>
          <textarea matInput [formControl]="reason" rows="3" maxlength="500" data-testid="decision-reason"></textarea>
          @if (data.reason === 'required') { <mat-hint>{{ 'attendance.absences.queue.reasonHint' | translate }}</mat-hint> }
          @if (reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" (click)="ok()" data-testid="dialog-save">{{ data.confirm | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class ReasonDialogComponent {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReasonDialogComponent, string>);
  protected readonly reason = new FormControl('', this.data.reason === 'required' ? [Validators.required, Validators.maxLength(500)] : [Validators.maxLength(500)]);

  constructor() {
    this.reason.valueChanges.subscribe(() => this.reason.markAsTouched());
  }

  ok(): void {
    this.reason.markAsTouched();
    const value = (this.reason.value ?? '').trim();
    if (this.data.reason === 'required' && !value) {
      this.reason.setErrors({ required: true });
      return;
    }
    this.ref.close(value);
  }
}
