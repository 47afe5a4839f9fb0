import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getMyCertificatePdf } from '../../../proxy/fn/certificates/get-my-certificate-pdf';
import { listMyCertificates } from '../../../proxy/fn/certificates/list-my-certificates';
import { CertificateDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

@Component({
  selector: 'app-my-certificates-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.myCertificates' | translate }}</h1>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (loaded() && certificates().length === 0) { <p class="empty">{{ 'myLearning.certificates.empty' | translate }}</p> }
    <div class="grid" data-testid="my-certificates">
      @for (c of certificates(); track c.id) {
        <mat-card appearance="outlined" data-testid="certificate" [attr.data-status]="c.status">
          <mat-card-header>
            <mat-card-title>{{ c.title }}</mat-card-title>
            <mat-card-subtitle>{{ 'enums.CertificateKind.' + c.kind | translate }}</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <span [class]="'status ' + c.status" data-testid="certificate-status">{{ 'enums.CertificateStatus.' + c.status | translate }}</span>
            @if (c.revokedReason) { <p class="revoked">{{ 'myLearning.certificates.revokedReason' | translate: { reason: c.revokedReason } }}</p> }
            <dl>
              <div><dt>{{ 'myLearning.certificates.source' | translate }}</dt><dd>{{ 'enums.CertificateSource.' + c.source | translate }}</dd></div>
              <div><dt>{{ 'myLearning.certificates.issued' | translate }}</dt><dd>{{ c.issuedOn }}</dd></div>
              <div><dt>{{ 'myLearning.certificates.expires' | translate }}</dt><dd>{{ c.expiresOn || ('myLearning.certificates.noExpiry' | translate) }}</dd></div>
              <div><dt>{{ 'myLearning.certificates.code' | translate }}</dt><dd><code data-testid="certificate-code">{{ c.code }}</code></dd></div>
            </dl>
          </mat-card-content>
          <mat-card-actions class="actions">
            <button mat-button (click)="copy(c.code)" data-testid="copy-code"><mat-icon>content_copy</mat-icon>{{ 'myLearning.certificates.copy' | translate }}</button>
            <a mat-button [routerLink]="['/verify', c.code]" target="_blank" rel="noopener"><mat-icon>open_in_new</mat-icon>{{ 'myLearning.certificates.verify' | translate }}</a>
            @if (c.status !== 'Revoked') {
              <a mat-button [href]="pdfUrl(c.id)" download data-testid="certificate-pdf"><mat-icon>picture_as_pdf</mat-icon>{{ 'myLearning.certificates.pdf' | translate }}</a>
            }
          </mat-card-actions>
        </mat-card>
      }
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .empty { color: #444; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
    mat-card-content { padding-top: 8px; }
    .status { display: inline-block; font-size: 13px; padding: 2px 10px; border-radius: 12px; }
    .Valid { background: #e8f5e9; color: #1b5e20; } .Expired { background: #fff4e5; color: #7a4100; } .Revoked { background: #fdecea; color: #8c1d18; }
    .revoked { color: #8c1d18; font-size: 13px; margin: 6px 0 0; }
    dl { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 16px; margin: 12px 0 0; }
    dt { font-size: 12px; color: #555; } dd { margin: 0; } code { font-size: 15px; letter-spacing: 1px; user-select: all; }
    .actions { display: flex; flex-wrap: wrap; gap: 4px; padding: 0 8px 8px; }
    @media (max-width: 599px) { .grid { grid-template-columns: 1fr; } }
  `,
})
export class MyCertificatesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly clipboard = inject(Clipboard);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly certificates = signal<CertificateDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.certificates.set(await this.api.invoke(listMyCertificates));
      this.loaded.set(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  /** The printable PDF with its verification QR code (a revoked certificate has none). */
  protected pdfUrl(id: string): string {
    return getMyCertificatePdf.PATH.replace('{id}', id);
  }

  copy(code: string): void {
    if (this.clipboard.copy(code)) this.snack.open(this.translate.instant('myLearning.certificates.copied'), undefined, { duration: 2000 });
  }
}
