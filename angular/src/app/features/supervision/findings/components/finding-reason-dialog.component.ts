import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { reasonLength } from '../finding-rules';
import { FindingDto, FindingsApi, MAX_REASON_LENGTH, REASON_MIN_LENGTH } from '../findings.api';

/** Dispute (the person or their unit's lead) or decide (uphold / withdraw, the hall manager) a finding. */
export interface FindingReasonDialogData {
  mode: 'dispute' | 'decide';
  finding: FindingDto;
  who: string;
  item: string;
}

/**
 * One dialog for the two steps that need a reason: a dispute (once, until the deadline) and its decision. The reason is
 * checked as one types (at least REASON_MIN_LENGTH characters); the server's refusal (a stale version, a closed
 * deadline, a longer minimum set by the hall) shows in the dialog. Closes with the finding as it is now.
 */
@Component({
  selector: 'app-finding-reason-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'supervision.findings.' + data.mode + '.title' | translate }}</h2>
    <mat-dialog-content>
      <p><b>{{ data.who }}</b> · {{ data.item }} · {{ data.finding.date }}</p>
      @if (data.finding.note) { <p class="muted">{{ data.finding.note }}</p> }
      @if (data.mode === 'dispute') {
        <p>{{ 'supervision.findings.dispute.deadline' | translate: { date: data.finding.disputeUntil } }}</p>
      } @else {
        <p class="quote" data-testid="dispute-reason-text">{{ 'supervision.findings.disputedBy' | translate: { name: data.finding.disputedByName } }}：{{ data.finding.disputeReason }}</p>
      }
      <mat-form-field class="full">
        <mat-label>{{ 'supervision.findings.' + data.mode + '.reason' | translate }}</mat-label>
        <textarea matInput rows="4" [formControl]="reason" [maxlength]="maxLength" data-testid="finding-reason"></textarea>
        <mat-hint>{{ 'supervision.findings.reasonHint' | translate: { n: minLength } }}</mat-hint>
        <mat-hint align="end">{{ length() }} / {{ maxLength }}</mat-hint>
        @if (reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        @else if (reason.hasError('minlength')) { <mat-error>{{ 'supervision.findings.reasonShort' | translate: { n: minLength, have: length() } }}</mat-error> }
      </mat-form-field>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      @if (data.mode === 'dispute') {
        <button mat-flat-button (click)="send(null)" [disabled]="busy()" data-testid="dispute-send">{{ 'supervision.findings.dispute.send' | translate }}</button>
      } @else {
        <button mat-stroked-button (click)="send(false)" [disabled]="busy()" data-testid="decide-withdraw"><mat-icon>undo</mat-icon>{{ 'supervision.findings.decide.withdraw' | translate }}</button>
        <button mat-flat-button (click)="send(true)" [disabled]="busy()" data-testid="decide-uphold"><mat-icon>gavel</mat-icon>{{ 'supervision.findings.decide.uphold' | translate }}</button>
      }
    </mat-dialog-actions>
  `,
  styles: `.full { width: 100%; } .muted { color: rgba(0, 0, 0, 0.6); } .quote { border-left: 3px solid #ffb300; padding-left: 8px; white-space: pre-wrap; }`,
})
export class FindingReasonDialogComponent {
  protected readonly data = inject<FindingReasonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<FindingReasonDialogComponent, FindingDto>);
  private readonly api = inject(FindingsApi);
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly maxLength = MAX_REASON_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, (c) => (reasonLength(c.value as string) >= REASON_MIN_LENGTH ? null : { minlength: true })],
  });
  protected readonly length = signal(0);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    // Checked as one types, not only on send.
    this.reason.valueChanges.subscribe((v) => {
      this.length.set(reasonLength(v));
      this.reason.markAsTouched();
    });
  }

  /** uphold: null for a dispute; true / false for the decision. */
  async send(uphold: boolean | null): Promise<void> {
    this.reason.markAsTouched();
    this.reason.updateValueAndValidity();
    if (this.reason.invalid || this.busy()) return;
    const f = this.data.finding;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const text = this.reason.value.trim();
      if (uphold === null) await this.api.dispute(f.id, f.version, text);
      else await this.api.decide(f.id, f.version, uphold, text);
      this.ref.close(await this.api.get(f.id));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
