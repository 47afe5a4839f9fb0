import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { withdrawBulletin } from '../../../proxy/fn/bulletins/withdraw-bulletin';
import { BulletinDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { WITHDRAW_REASON_MAX, WITHDRAW_REASON_MIN, withdrawReasonValidator } from '../bulletin-logic';

/** Withdraws a published bulletin with a required reason (public on the verification page), validated as typed; closes with the bulletin. */
@Component({
  selector: 'app-bulletin-withdraw-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'bulletins.detail.withdrawTitle' | translate: { number: data.numberText } }}</h2>
    <form [formGroup]="form" (ngSubmit)="withdraw()" novalidate>
      <mat-dialog-content class="fields">
        <p>{{ data.title }}</p>
        <p class="warn" role="note">{{ 'bulletins.detail.withdrawWarn' | translate }}</p>
        <mat-form-field>
          <mat-label>{{ 'bulletins.detail.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="withdraw-reason"></textarea>
          <mat-hint>{{ 'bulletins.detail.reasonHint' | translate: { n: min } }}</mat-hint>
          @if (reason.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @else if (reason.hasError('minlength')) { <mat-error data-testid="withdraw-reason-short">{{ 'bulletins.detail.reasonMin' | translate: { n: min } }}</mat-error> }
          @else if (reason.hasError('maxlength')) { <mat-error>{{ 'bulletins.detail.reasonMax' | translate: { n: max } }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="busy()" data-testid="withdraw-confirm">{{ 'bulletins.detail.withdraw' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(460px, 84vw); } .warn { color: #8a4b00; } .danger { background: #b3261e; color: #fff; }`,
})
export class WithdrawDialogComponent {
  protected readonly data = inject<BulletinDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<WithdrawDialogComponent, BulletinDto>);
  private readonly api = inject(Api);
  protected readonly min = WITHDRAW_REASON_MIN;
  protected readonly max = WITHDRAW_REASON_MAX;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: withdrawReasonValidator });
  protected readonly form = new FormGroup({ reason: this.reason });

  async withdraw(): Promise<void> {
    this.reason.markAsTouched();
    this.reason.markAsDirty();
    if (this.reason.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await this.api.invoke(withdrawBulletin, { id: this.data.id, body: { reason: this.reason.value.trim() } }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
