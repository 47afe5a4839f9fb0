import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Api } from '../../../proxy/api';
import { getCertificatePdf } from '../../../proxy/fn/certificates/get-certificate-pdf';
import { listCertificates } from '../../../proxy/fn/certificates/list-certificates';
import { CertificateDto, CertificateKind, CertificateStatus, StaffListItemDto } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { StaffPickerComponent } from '../../../shared/staff-picker.component';
import { PAGE_SIZES } from '../../../shared/url-state';
import { CertificateRevokeDialogComponent } from '../components/certificate-revoke-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

const DEFAULTS = { sort: 'issuedOn desc', size: 20 };
const EXTRA = ['kind', 'status', 'staffId', 'holder'];

@Component({
  selector: 'app-certificate-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule,
    MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule, MatChipsModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'learning.certificate.list' | translate }}</h1>
      @if (canManage) {
        <a mat-stroked-button routerLink="import" data-testid="certificates-import"><mat-icon>upload_file</mat-icon>{{ 'learning.certificate.import' | translate }}</a>
      }
    </div>
    <div class="filters" role="search">
      <div class="holder">
        @if (table.state()['staffId']) {
          <mat-chip-set [attr.aria-label]="'learning.certificate.holder' | translate">
            <mat-chip (removed)="table.go({ staffId: '', holder: '', page: 0 })" data-testid="certificate-holder">{{ 'learning.certificate.holder' | translate }}：{{ table.state()['holder'] }}
              <button matChipRemove [attr.aria-label]="'learning.certificate.clearHolder' | translate"><mat-icon>cancel</mat-icon></button></mat-chip>
          </mat-chip-set>
        } @else {
          <app-staff-picker [label]="'learning.certificate.holderSearch' | translate" testId="certificate-holder-search" (picked)="pickHolder($event)" />
        }
      </div>
      <mat-form-field>
        <mat-label>{{ 'learning.certificate.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'enums.CertificateKind.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'learning.certificate.status' | translate }}</mat-label>
        <mat-select [value]="table.state()['status']" (selectionChange)="table.go({ status: $event.value, page: 0 })" data-testid="certificate-status-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of statuses; track s) { <mat-option [value]="s">{{ 'enums.CertificateStatus.' + s | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="certificate-table">
        <ng-container matColumnDef="code">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.certificate.code' | translate }}</th>
          <td mat-cell *matCellDef="let c"><code>{{ c.code }}</code></td>
        </ng-container>
        <ng-container matColumnDef="holderName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.certificate.holder' | translate }}</th>
          <td mat-cell *matCellDef="let c"><a [routerLink]="['/organization/staff', c.staffId]">{{ c.holderName }}</a></td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.certificate.title' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ c.title }}<div class="muted">{{ 'enums.CertificateKind.' + c.kind | translate }} · {{ 'enums.CertificateSource.' + c.source | translate }}</div></td>
        </ng-container>
        <ng-container matColumnDef="issuedOn">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.certificate.issuedOn' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.issuedOn }}</td>
        </ng-container>
        <ng-container matColumnDef="expiresOn">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'learning.certificate.expiresOn' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ c.expiresOn ?? ('learning.certificate.noExpiry' | translate) }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.certificate.status' | translate }}</th>
          <td mat-cell *matCellDef="let c" [class]="'status-' + c.status">
            {{ 'enums.CertificateStatus.' + c.status | translate }}
            @if (c.revokedReason) { <div class="muted">{{ 'learning.certificate.revoked' | translate: { reason: c.revokedReason } }}</div> }
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let c">
            @if (c.status !== 'Revoked') {
              <a mat-button [href]="pdfUrl(c.id)" download [attr.aria-label]="('learning.certificate.pdf' | translate) + ' ' + c.code" data-testid="certificate-pdf">
                <mat-icon>picture_as_pdf</mat-icon>{{ 'learning.certificate.pdf' | translate }}</a>
            }
            @if (canManage && c.status !== 'Revoked') {
              <button mat-button (click)="revoke(c)" [attr.aria-label]="('learning.certificate.revoke' | translate) + ' ' + c.code" data-testid="certificate-revoke">
                {{ 'learning.certificate.revoke' | translate }}</button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; } .filters mat-form-field { width: 180px; }
    .holder { flex: 1; min-width: 240px; } .holder mat-chip-set { display: block; padding: 12px 0; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .muted { color: rgba(0, 0, 0, .6); font-size: 12px; } .status-Valid { color: #1b5e20; } .status-Revoked { color: #b3261e; } .status-Expired { color: #8a4b00; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class CertificateListPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  protected readonly canManage = inject(AuthService).has(Permissions.Learning.Certificates.Manage);
  protected readonly columns = ['code', 'holderName', 'title', 'issuedOn', 'expiresOn', 'status', 'actions'];
  protected readonly kinds: CertificateKind[] = ['PreJob', 'Course'];
  protected readonly statuses: Exclude<CertificateStatus, null>[] = ['Valid', 'Expired', 'Revoked'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly table = new ServerTable<CertificateDto>(DEFAULTS, EXTRA, (s) => this.api.invoke(listCertificates, {
    StaffId: (s['staffId'] as string) || undefined,
    Kind: (s['kind'] as CertificateKind) || undefined,
    Status: (s['status'] as CertificateStatus) || undefined,
    SkipCount: s.page * s.size,
    MaxResultCount: s.size,
    Sorting: s.sort,
  }));

  pickHolder(s: StaffListItemDto): void {
    this.table.go({ staffId: s.id, holder: `${s.staffNumber} ${s.name}`, page: 0 });
  }

  /** A certificate within scope as a printable PDF (a revoked one has none). */
  protected pdfUrl(id: string): string {
    return getCertificatePdf.PATH.replace('{id}', id);
  }

  revoke(c: CertificateDto): void {
    this.dialog.open(CertificateRevokeDialogComponent, { data: c, autoFocus: 'first-tabbable' }).afterClosed().subscribe((revoked?: CertificateDto) => {
      if (revoked) this.table.reload();
    });
  }
}
