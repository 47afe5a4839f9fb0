import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { callbackDue, rectifyDue } from '../case-rules';
import { CASE_STATES, CaseDto, CaseListFilter, CaseState, CasesApi } from '../cases.api';
import { CaseStateChipComponent, LevelChipComponent } from '../components/case-state-chip.component';
import { DueChipComponent } from '../components/due-chip.component';
import { WorkCalendar } from '../work-days';

const DEFAULTS = { sort: 'rectifyDue asc', size: 20 };
const FILTERS: CaseListFilter[] = ['Mine', 'All', 'DueToday', 'Overdue'];

/** The bad-rating workbench 差评整改: my cases, all in scope, due today, overdue; each with its two deadlines. */
@Component({
  selector: 'app-case-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule,
    MatSelectModule, MatIconModule, MatProgressBarModule, MatButtonToggleModule, DueChipComponent, CaseStateChipComponent,
    LevelChipComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.cases.title' | translate }}</h1>
    <p class="intro">{{ 'ratings.cases.intro' | translate }}</p>
    <mat-button-toggle-group [value]="which()" (change)="table.go({ which: $event.value, page: 0 })" [attr.aria-label]="'ratings.cases.title' | translate"
                             data-testid="case-tabs">
      @for (f of filters; track f) { <mat-button-toggle [value]="f" [attr.data-testid]="'cases-' + f">{{ 'ratings.cases.filters.' + f | translate }}</mat-button-toggle> }
    </mat-button-toggle-group>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.cases.state' | translate }}</mat-label>
        <mat-select [value]="table.state()['state']" (selectionChange)="table.go({ state: $event.value, page: 0 })" data-testid="case-state-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of states; track s) { <mat-option [value]="s">{{ 'ratings.caseStates.' + s | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="cases-table">
        <ng-container matColumnDef="level">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.cases.level' | translate }}</th>
          <td mat-cell *matCellDef="let c"><app-level-chip [level]="c.rating.level" /></td>
        </ng-container>
        <ng-container matColumnDef="caseNumber">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.cases.caseNumber' | translate }}</th>
          <td mat-cell *matCellDef="let c">
            <a [routerLink]="['/ratings/cases', c.id]" data-testid="case-link">{{ c.rating.caseNumber }}</a>
            @if (c.rating.excluded) { <div class="sub">{{ 'ratings.excluded' | translate }}</div> }
          </td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.cases.window' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="window">
            {{ c.rating.windowCode }} {{ c.rating.windowName }}<div class="sub">{{ c.rating.unitName }} · {{ c.rating.staffName ?? ('ratings.cases.noStaff' | translate) }}</div>
          </td>
        </ng-container>
        <ng-container matColumnDef="openedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'ratings.cases.openedAt' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ time(c.openedAt) }}</td>
        </ng-container>
        <ng-container matColumnDef="callbackDue">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.cases.callbackDue' | translate }}</th>
          <td mat-cell *matCellDef="let c">
            <app-due-chip [due]="callback(c)" data-testid="callback-due" />
          </td>
        </ng-container>
        <ng-container matColumnDef="rectifyDue">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.cases.rectifyDue' | translate }}</th>
          <td mat-cell *matCellDef="let c"><app-due-chip [due]="rectify(c)" data-testid="rectify-due" /></td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.cases.state' | translate }}</th>
          <td mat-cell *matCellDef="let c"><app-case-state-chip [state]="c.state" /></td>
        </ng-container>
        <ng-container matColumnDef="handler">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'ratings.cases.handler' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ c.handlerName ?? ('ratings.cases.untaken' | translate) }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.overdue]="row.callbackOverdue || row.rectifyOverdue" data-testid="case-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'ratings.cases.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 72ch; }
    mat-button-toggle-group { margin-bottom: 12px; flex-wrap: wrap; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .filters mat-form-field { width: 180px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .window { min-width: 10em; }
    tr.overdue td:first-child { box-shadow: inset 3px 0 0 #c62828; }
    .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class CaseListPage {
  private readonly api = inject(CasesApi);
  private readonly calendar = inject(WorkCalendar);
  protected readonly filters = FILTERS;
  protected readonly states = CASE_STATES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['level', 'caseNumber', 'window', 'openedAt', 'callbackDue', 'rectifyDue', 'state', 'handler'];
  protected readonly table = new ServerTable<CaseDto>(DEFAULTS, ['which', 'state'], (s) =>
    this.api.list({
      filter: FILTERS.includes(s['which'] as CaseListFilter) ? (s['which'] as CaseListFilter) : 'Mine',
      state: CASE_STATES.includes(s['state'] as CaseState) ? (s['state'] as CaseState) : undefined,
      skip: s.page * s.size,
      take: s.size,
      sorting: s.sort,
    }),
  );
  /** 我的 first: a handler opens the workbench to their own cases. */
  protected readonly which = computed(() => (FILTERS.includes(this.table.state()['which'] as CaseListFilter) ? this.table.state()['which'] : 'Mine'));
  private readonly today = beijingToday();
  protected readonly time = formatBeijing;

  constructor() {
    // The working days left need the calendar of every year the page's deadlines reach.
    effect(() => this.calendar.load([this.today, ...(this.table.page()?.items ?? []).flatMap((c) => [c.callbackDue, c.rectifyDue])]));
  }

  protected callback(c: CaseDto) {
    return callbackDue(c, this.today, this.calendar.daysLeft());
  }

  protected rectify(c: CaseDto) {
    return rectifyDue(c, this.today, this.calendar.daysLeft());
  }
}
