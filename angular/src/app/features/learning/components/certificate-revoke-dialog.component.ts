import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { revokeCertificate } from '../../../proxy/fn/certificates/revoke-certificate';
import { CertificateDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** Confirms a revocation with a required reason; closes with the revoked certificate. */
@Component({
  selector: 'app-certificate-revoke-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'learning.certificate.revokeTitle' | translate: { code: data.code } }}</h2>
    <form [formGroup]="form" (ngSubmit)="revoke()" novalidate>
      <mat-dialog-content class="fields">
        <p>{{ data.holderName }} · {{ data.title }}</p>
        <p class="warn" role="note">{{ 'learning.certificate.revokeWarn' | translate }}</p>
        <mat-form-field>
          <mat-label>{{ 'learning.certificate.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" data-testid="revoke-reason"></textarea>
          @if (reason.hasError('required') || reason.hasError('pattern')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (reason.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: 500 } }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="danger" [disabled]="busy()" data-testid="revoke-confirm">{{ 'learning.certificate.revoke' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(460px, 84vw); } .warn { color: #8a4b00; } .danger { background: #b3261e; color: #fff; }`,
})
export class CertificateRevokeDialogComponent {
  protected readonly data = inject<CertificateDto>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CertificateRevokeDialogComponent, CertificateDto>);
  private readonly api = inject(Api);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)] });
  protected readonly form = new FormGroup({ reason: this.reason });

  async revoke(): Promise<void> {
    this.reason.markAsTouched();
    this.reason.markAsDirty();
    if (this.reason.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await this.api.invoke(revokeCertificate, { id: this.data.id, body: { reason: this.reason.value.trim() } }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
