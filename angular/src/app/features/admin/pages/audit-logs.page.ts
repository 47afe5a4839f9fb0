import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { listAuditLogs } from '../../../proxy/fn/audit-logs/list-audit-logs';
import { AuditLogDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';

const DEFAULTS = { sort: 'at desc', size: 50 };
const EXTRA = ['userName', 'path'];

/** The audit log, newest first: who did what, with the outcome and the row's place in the tamper-evident chain. */
@Component({
  selector: 'app-audit-logs-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.auditLogs' | translate }}</h1>
    <p class="muted">{{ 'auditLogs.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'auditLogs.userName' | translate }}</mat-label>
        <input matInput [value]="table.state()['userName']" (change)="table.go({ userName: $any($event.target).value.trim(), page: 0 })" data-testid="audit-user" />
      </mat-form-field>
      <mat-form-field class="path">
        <mat-label>{{ 'auditLogs.path' | translate }}</mat-label>
        <input matInput [value]="table.state()['path']" (change)="table.go({ path: $any($event.target).value.trim(), page: 0 })" data-testid="audit-path" />
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="audit-table">
        <ng-container matColumnDef="at">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'auditLogs.at' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="nowrap">{{ time(a) }}</td>
        </ng-container>
        <ng-container matColumnDef="userName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'auditLogs.user' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ a.userName ?? ('auditLogs.anonymous' | translate) }}@if (a.userName && !a.userId) { <div class="muted">{{ 'auditLogs.notSignedIn' | translate }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="request">
          <th mat-header-cell *matHeaderCellDef>{{ 'auditLogs.request' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="request"><code>{{ a.method }} {{ a.path }}</code></td>
        </ng-container>
        <ng-container matColumnDef="statusCode">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'auditLogs.status' | translate }}</th>
          <td mat-cell *matCellDef="let a" [class.failed]="a.statusCode >= 400">{{ a.statusCode }}@if (a.errorCode) { <div class="muted">{{ a.errorCode }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="durationMs">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'auditLogs.duration' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ a.durationMs }} ms</td>
        </ng-container>
        <ng-container matColumnDef="clientIp">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'auditLogs.clientIp' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ a.clientIp }}</td>
        </ng-container>
        <ng-container matColumnDef="sequence">
          <th mat-header-cell *matHeaderCellDef>{{ 'auditLogs.sequence' | translate }}</th>
          <td mat-cell *matCellDef="let a" data-testid="audit-sequence">{{ a.sequence !== null ? '#' + a.sequence : ('auditLogs.unsealed' | translate) }}</td>
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
    h1 { font-size: 22px; } .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 200px; } .filters .path { width: 320px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; } .nowrap { white-space: nowrap; }
    .request code { word-break: break-all; } .failed { color: #b3261e; } .muted { color: rgba(0, 0, 0, .6); font-size: 12px; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field, .filters .path { width: 100%; } }
  `,
})
export class AuditLogsPage {
  private readonly api = inject(Api);
  protected readonly columns = ['at', 'userName', 'request', 'statusCode', 'durationMs', 'clientIp', 'sequence'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly table = new ServerTable<AuditLogDto>(DEFAULTS, EXTRA, (s) => this.api.invoke(listAuditLogs, {
    UserName: (s['userName'] as string) || undefined,
    Path: (s['path'] as string) || undefined,
    SkipCount: s.page * s.size,
    MaxResultCount: s.size,
    Sorting: s.sort,
  }));

  protected time(a: AuditLogDto): string {
    return formatBeijing(a.at);
  }
}
