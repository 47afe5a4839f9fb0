import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

export interface IntakeConfirmData {
  title: string;
  message: string;
  params?: Record<string, string | number>;
  confirm: string;
}

/** Asks before a step that takes effect at once on a device (a rotated key, a deactivation, a deleted entry); true goes on. */
@Component({
  selector: 'app-intake-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | translate }}</h2>
    <mat-dialog-content><p data-testid="confirm-message">{{ data.message | translate: data.params }}</p></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button [mat-dialog-close]="false">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button [mat-dialog-close]="true" cdkFocusInitial data-testid="confirm-ok">{{ data.confirm | translate }}</button>
    </mat-dialog-actions>
  `,
})
export class IntakeConfirmDialogComponent {
  protected readonly data = inject<IntakeConfirmData>(MAT_DIALOG_DATA);
}
