import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { RatingDeviceWithKeyDto } from '../../../../proxy/models';

/** A device's key, shown this once with a copy button (the device sends it as X-Device-Key); the server keeps only its hash. */
@Component({
  selector: 'app-device-secret-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'ratings.devices.keyTitle' | translate }} · {{ data.device.name }}</h2>
    <mat-dialog-content>
      <p class="warn" role="note">{{ 'ratings.devices.keyIntro' | translate }}</p>
      <p>{{ 'ratings.devices.keyPrefix' | translate: { prefix: data.keyPrefix } }}</p>
      <div class="key">
        <code data-testid="rating-device-secret">{{ data.secret }}</code>
        <button mat-stroked-button type="button" (click)="copy()" data-testid="copy-rating-device-secret">
          <mat-icon>{{ copied() ? 'check' : 'content_copy' }}</mat-icon>{{ (copied() ? 'ratings.devices.copied' : 'ratings.devices.copy') | translate }}
        </button>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button mat-dialog-close data-testid="rating-device-secret-saved">{{ 'ratings.devices.saved' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .warn { color: #8a4b00; }
    .key { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    code { font-size: 14px; user-select: all; word-break: break-all; }
  `,
})
export class DeviceSecretDialogComponent {
  protected readonly data = inject<RatingDeviceWithKeyDto>(MAT_DIALOG_DATA);
  private readonly clipboard = inject(Clipboard);
  protected readonly copied = signal(false);

  copy(): void {
    this.copied.set(this.clipboard.copy(this.data.secret));
  }
}
