import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { formatBeijing } from '../../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { LevelChipComponent } from '../../cases/components/case-state-chip.component';
import { APPEAL_STATES, AppealDto, AppealState, AppealsApi } from '../appeals.api';
import { AppealStateChipComponent } from '../components/appeal-state-chip.component';

const DEFAULTS = { sort: 'requestedAt desc', size: 20 };

/** Appeals in scope (one's own for staff), filtered by state; a hall manager opens a pending one to decide it. */
@Component({
  selector: 'app-appeal-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule,
    MatSelectModule, MatIconModule, MatProgressBarModule, AppealStateChipComponent, LevelChipComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.appeals.title' | translate }}</h1>
    <p class="intro">{{ 'ratings.appeals.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.appeals.state' | translate }}</mat-label>
        <mat-select [value]="table.state()['state']" (selectionChange)="table.go({ state: $event.value, page: 0 })" data-testid="appeal-state-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of states; track s) { <mat-option [value]="s">{{ 'ratings.appeals.states.' + s | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="appeals-table">
        <ng-container matColumnDef="caseNumber">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.appeals.caseNumber' | translate }}</th>
          <td mat-cell *matCellDef="let a"><a [routerLink]="['/ratings/appeals', a.id]" data-testid="appeal-link">{{ a.caseNumber }}</a></td>
        </ng-container>
        <ng-container matColumnDef="level">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'ratings.appeals.level' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide"><app-level-chip [level]="a.level" /></td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'ratings.appeals.staff' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ a.staffName ?? '—' }}<div class="sub">{{ a.unitName }} · {{ a.ratingDate }}</div></td>
        </ng-container>
        <ng-container matColumnDef="reason">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.appeals.reason' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ 'ratings.appeals.reasons.' + a.reason | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="requestedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'ratings.appeals.requestedAt' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ time(a.requestedAt) }}<div class="sub">{{ a.requestedByName }}</div></td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.appeals.state' | translate }}</th>
          <td mat-cell *matCellDef="let a"><app-appeal-state-chip [state]="a.state" /></td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="appeal-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'ratings.appeals.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 72ch; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .filters mat-form-field { width: 180px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class AppealListPage {
  private readonly api = inject(AppealsApi);
  protected readonly states = APPEAL_STATES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['caseNumber', 'level', 'window', 'reason', 'requestedAt', 'state'];
  protected readonly table = new ServerTable<AppealDto>(DEFAULTS, ['state'], (s) =>
    this.api.list({
      state: APPEAL_STATES.includes(s['state'] as AppealState) ? (s['state'] as AppealState) : undefined,
      skip: s.page * s.size,
      take: s.size,
      sorting: s.sort,
    }),
  );
  protected readonly time = formatBeijing;
}
