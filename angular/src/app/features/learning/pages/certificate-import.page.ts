import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { getCertificateImportTemplate } from '../../../proxy/fn/certificates/get-certificate-import-template';
import { importCertificates } from '../../../proxy/fn/certificates/import-certificates';
import { CertificateImportResultDto } from '../../../proxy/models';
import { ImportPanelComponent } from '../../../shared/import-panel.component';

@Component({
  selector: 'app-certificate-import-page',
  imports: [TranslatePipe, RouterLink, ImportPanelComponent, MatCardModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink=".."><mat-icon>arrow_back</mat-icon>{{ 'learning.certificate.list' | translate }}</a>
    <h1>{{ 'learning.certificate.import' | translate }}</h1>
    <p>{{ 'learning.certificate.importIntro' | translate }}</p>
    <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl" (picked)="result.set(null)" (imported)="result.set($event)" />
    @if (result(); as r) {
      <mat-card appearance="outlined" data-testid="import-result">
        <mat-card-content><p role="status">{{ 'learning.certificate.imported' | translate: r }}</p></mat-card-content>
      </mat-card>
    }
  `,
  styles: `h1 { font-size: 22px; }`,
})
export class CertificateImportPage {
  protected readonly templateUrl = getCertificateImportTemplate.PATH;
  protected readonly uploadUrl = importCertificates.PATH;
  protected readonly result = signal<CertificateImportResultDto | null>(null);
}
