import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { CONTEST_STATES, ContestState, ContestSummaryDto, ContestsApi } from '../contests.api';

const DEFAULTS = { sort: 'entryOpensAt desc', size: 20 };

/**
 * 技能大赛: the contests in one's scope (organisers also see their drafts), filtered by state and title, sorted and paged on
 * the server (state in the URL); each with its entry window, how many entered and one's part in it.
 */
@Component({
  selector: 'app-contest-list-page',
  imports: [
    DatePipe, RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatChipsModule,
    MatFormFieldModule, MatInputModule, MatIconModule, MatButtonModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'contests.list.title' | translate }}</h1>
      @if (mayManage) { <a mat-flat-button routerLink="/contests/new" data-testid="contest-new"><mat-icon>add</mat-icon>{{ 'contests.list.new' | translate }}</a> }
    </div>
    <p class="intro">{{ 'contests.list.intro' | translate }}</p>
    <mat-chip-listbox [value]="table.state()['state']" (change)="table.go({ state: $event.value ?? '', page: 0 })" [attr.aria-label]="'contests.list.state' | translate">
      @for (s of states; track s) { <mat-chip-option [value]="s">{{ 'contests.states.' + s | translate }}</mat-chip-option> }
    </mat-chip-listbox>
    <mat-form-field class="filter">
      <mat-label>{{ 'contests.list.filter' | translate }}</mat-label>
      <input matInput [value]="table.state()['filter']" (change)="table.go({ filter: $any($event.target).value.trim(), page: 0 })" data-testid="contest-filter" />
      <mat-icon matSuffix aria-hidden="true">search</mat-icon>
    </mat-form-field>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="contests-table">
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'contests.list.name' | translate }}</th>
          <td mat-cell *matCellDef="let c"><a [routerLink]="['/contests', c.id]" data-testid="contest-link">{{ c.title }}</a>
            <div class="sub">{{ 'contests.entryModes.' + c.entryMode | translate }}
              @for (r of c.myRoles; track r) { · {{ 'contests.roles.' + r | translate }} }
              @if (c.isEntered) { · {{ 'contests.list.entered' | translate }} }</div></td>
        </ng-container>
        <ng-container matColumnDef="entryOpensAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'contests.list.window' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.entryOpensAt | date: 'yyyy-MM-dd HH:mm' }} – {{ c.entryClosesAt | date: 'yyyy-MM-dd HH:mm' }}
            @if (c.isOpenForEntry) { <div class="open">{{ 'contests.list.openNow' | translate }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="entryCount">
          <th mat-header-cell *matHeaderCellDef>{{ 'contests.list.entries' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.entryCount }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'contests.list.state' | translate }}</th>
          <td mat-cell *matCellDef="let c" data-testid="contest-state">{{ 'contests.states.' + c.state | translate }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="contest-row" [attr.data-contest]="row.title"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'contests.list.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .filter { width: 260px; max-width: 100%; margin-top: 8px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .open { font-size: 12px; color: #2e7d32; }
    .empty { padding: 16px; text-align: center; }
  `,
})
export class ContestListPage {
  private readonly api = inject(ContestsApi);
  protected readonly mayManage = inject(AuthService).has(Permissions.Contests.Contests.Manage);
  protected readonly states = CONTEST_STATES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['title', 'entryOpensAt', 'entryCount', 'state'];
  protected readonly table = new ServerTable<ContestSummaryDto>(DEFAULTS, ['state', 'filter'], (s) => {
    const state = CONTEST_STATES.includes(s['state'] as ContestState) ? (s['state'] as ContestState) : undefined;
    return this.api.list({ state, filter: (s['filter'] as string) || undefined }, { skip: s.page * s.size, take: s.size, sorting: s.sort });
  });
}
