import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Api } from '../../../../proxy/api';
import { listMyRatings } from '../../../../proxy/fn/ratings/list-my-ratings';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { AppealRequestDialog } from '../../appeals/components/appeal-request-dialog.component';
import type { AppealDto } from '../../appeals/appeals.api';
import { RatingsTableComponent } from '../components/ratings-table.component';
import { listParams } from '../rating-filters';
import { RatingDto } from '../ratings-api';

const DEFAULTS = { sort: 'ratedAt desc', size: 20 };
const COLUMNS = ['ratedAt', 'level', 'channel', 'caseNumber', 'window', 'matter', 'tags', 'rater', 'case'];

/**
 * 我的评价: the ratings of the signed-in staff member (raters masked); a bad one links to its case and, while it counts,
 * can be appealed as mistaken or malicious (the appeals area's request dialog, with evidence).
 */
@Component({
  selector: 'app-my-ratings-page',
  imports: [TranslatePipe, ProblemAlertComponent, RatingsTableComponent, MatCheckboxModule, MatPaginatorModule, MatProgressBarModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.dashboard.my.title' | translate }}</h1>
    <mat-checkbox [checked]="table.state()['bad'] === '1'" (change)="table.go({ bad: $event.checked ? '1' : '', page: 0 })" data-testid="my-ratings-bad-only">
      {{ 'ratings.dashboard.list.badOnly' | translate }}</mat-checkbox>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <app-ratings-table [rows]="table.page()?.items ?? []" [columns]="columns" [sortField]="table.sortField()" [sortDir]="table.sortDir()"
                       [appealable]="canAppeal" (sortChange)="table.sort($event)" (appeal)="appeal($event)" />
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `h1 { font-size: 22px; }`,
})
export class MyRatingsPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly canAppeal = inject(AuthService).has(Permissions.Ratings.Appeals.Request);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = COLUMNS;
  protected readonly table = new ServerTable<RatingDto>(DEFAULTS, ['bad'], (s) => this.api.invoke(listMyRatings, listParams(s)));

  protected appeal(rating: RatingDto): void {
    this.dialog.open(AppealRequestDialog, { data: { ratingId: rating.id, caseNumber: rating.caseNumber }, autoFocus: 'first-tabbable' })
      .afterClosed().subscribe((appeal?: AppealDto) => {
        if (!appeal) return;
        this.snack.open(this.translate.instant('ratings.dashboard.my.appealed'), undefined, { duration: 2500 });
        this.table.reload();
      });
  }
}
