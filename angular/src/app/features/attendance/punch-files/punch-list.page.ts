import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { listPunches } from '../../../proxy/fn/punches/list-punches';
import { PunchDto, StaffListItemDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { StaffPickerComponent } from '../../../shared/staff-picker.component';
import { PAGE_SIZES } from '../../../shared/url-state';

const DEFAULTS = { sort: 'at asc', size: 20 };

/** 打卡记录: one person's punches for a day or a range, paged on the server; the state (person, dates, page) is in the URL. */
@Component({
  selector: 'app-punch-list-page',
  imports: [
    TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatFormFieldModule, MatInputModule, MatTableModule, MatSortModule,
    MatPaginatorModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.punchFiles.punches' | translate }}</h1>
    <div class="filters" role="search">
      <app-staff-picker class="person" [label]="'attendance.punchFiles.person' | translate" (picked)="pick($event)" testId="punch-person" />
      <mat-form-field><mat-label>{{ 'attendance.punchFiles.from' | translate }}</mat-label>
        <input matInput type="date" [value]="table.state()['from']" (change)="date('from', $event)" data-testid="punch-from" /></mat-form-field>
      <mat-form-field><mat-label>{{ 'attendance.punchFiles.to' | translate }}</mat-label>
        <input matInput type="date" [value]="table.state()['to']" (change)="date('to', $event)" data-testid="punch-to" /></mat-form-field>
    </div>
    @if (person(); as p) { <p>{{ p }}</p> }
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="punch-table">
        <ng-container matColumnDef="at"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.punchFiles.at' | translate }}</th><td mat-cell *matCellDef="let p">{{ when(p.at) }}</td></ng-container>
        <ng-container matColumnDef="rawLocalTime"><th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'attendance.punchFiles.raw' | translate }}</th><td mat-cell *matCellDef="let p" class="wide">{{ raw(p) }}</td></ng-container>
        <ng-container matColumnDef="deviceSerial"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.punchFiles.device' | translate }}</th><td mat-cell *matCellDef="let p">{{ p.deviceSerial }} #{{ p.deviceUserId }}</td></ng-container>
        <ng-container matColumnDef="source"><th mat-header-cell *matHeaderCellDef class="wide">{{ 'attendance.punchFiles.source' | translate }}</th>
          <td mat-cell *matCellDef="let p" class="wide">{{ 'attendance.punchFiles.sources.' + p.source | translate }}@if (p.arrivedAfterClose) { · {{ 'attendance.punchFiles.afterClose' | translate }} }</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ (table.state()['staffId'] ? 'common.empty' : 'attendance.punchFiles.pickPerson') | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .filters { display: flex; flex-wrap: wrap; gap: 8px; } .person { min-width: 280px; flex: 1; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .wide { display: none; } }
  `,
})
export class PunchListPage {
  private readonly api = inject(Api);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['at', 'rawLocalTime', 'deviceSerial', 'source'];
  protected readonly person = signal<string | null>(null);
  protected readonly table = new ServerTable<PunchDto>(DEFAULTS, ['staffId', 'from', 'to'], (s) =>
    s['staffId']
      ? this.api.invoke(listPunches, {
          StaffId: String(s['staffId']), From: s['from'] ? String(s['from']) : undefined, To: s['to'] ? String(s['to']) : undefined,
          SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort,
        })
      : Promise.resolve({ totalCount: 0, items: [] }));

  pick(s: StaffListItemDto): void {
    this.person.set(`${s.staffNumber} ${s.name}`);
    this.table.go({ staffId: s.id, page: 0 });
  }

  date(which: 'from' | 'to', e: Event): void {
    this.table.go({ [which]: (e.target as HTMLInputElement).value, page: 0 });
  }

  protected when(utc: string): string {
    return formatBeijing(utc);
  }

  /** The device's own reading, as it wrote it (stored as if UTC: no zone is applied). */
  protected raw(p: PunchDto): string {
    return p.rawLocalTime.replace('T', ' ').slice(0, 19);
  }
}
