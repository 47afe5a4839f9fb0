import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { DeviceWithKeyDto } from '../../../../proxy/models';

/** A device's new key, shown this once with a copy button; the server keeps only its hash. */
@Component({
  selector: 'app-device-key-dialog',
  imports: [MatDialogModule, MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'attendance.intake.devices.keyTitle' | translate }} · {{ data.device.name }}</h2>
    <mat-dialog-content>
      <p class="warn" role="note">{{ 'attendance.intake.devices.keyIntro' | translate }}</p>
      <p>{{ 'attendance.intake.devices.serialNumber' | translate }}：{{ data.device.serialNumber }}</p>
      <div class="key">
        <code data-testid="device-secret">{{ data.secret }}</code>
        <button mat-stroked-button type="button" (click)="copy()" data-testid="copy-secret">
          <mat-icon>{{ copied() ? 'check' : 'content_copy' }}</mat-icon>
          {{ (copied() ? 'attendance.intake.devices.copied' : 'attendance.intake.devices.copy') | translate }}
        </button>
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button mat-dialog-close>{{ 'attendance.intake.devices.saved' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .warn { color: #8a4b00; }
    .key { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    code { font-size: 14px; user-select: all; word-break: break-all; }
  `,
})
export class DeviceKeyDialogComponent {
  protected readonly data = inject<DeviceWithKeyDto>(MAT_DIALOG_DATA);
  private readonly clipboard = inject(Clipboard);
  protected readonly copied = signal(false);

  copy(): void {
    this.copied.set(this.clipboard.copy(this.data.secret));
  }
}
