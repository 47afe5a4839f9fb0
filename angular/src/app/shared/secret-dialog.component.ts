import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

export interface SecretDialogData {
  title: string;
  lines: { label: string; value: string }[];
}

/** Shows a one-time secret (password, device key); it is never shown again. */
@Component({
  selector: 'app-secret-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | translate }}</h2>
    <mat-dialog-content>
      <p class="warn" role="note">{{ 'secret.once' | translate }}</p>
      <dl>
        @for (l of data.lines; track $index) {
          <dt>{{ l.label | translate }}</dt><dd><code data-testid="secret">{{ l.value }}</code></dd>
        }
      </dl>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button mat-dialog-close>{{ 'secret.saved' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `.warn { color: #8a4b00; } code { font-size: 16px; user-select: all; } dd { margin: 0 0 8px; }`,
})
export class SecretDialogComponent {
  protected readonly data = inject<SecretDialogData>(MAT_DIALOG_DATA);
}
