import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Api } from '../../../../proxy/api';
import { listRatings } from '../../../../proxy/fn/ratings/list-ratings';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { AttributeDialogComponent } from '../components/attribute-dialog.component';
import { RatingsTableComponent } from '../components/ratings-table.component';
import { placeKey, placeQuery, ratingPlaces } from '../place-choices';
import { LIST_FILTERS, listParams } from '../rating-filters';
import { CHANNELS, LEVELS, RatingDto } from '../ratings-api';

const DEFAULTS = { sort: 'ratedAt desc', size: 20 };
const COLUMNS = ['ratedAt', 'level', 'channel', 'caseNumber', 'window', 'matter', 'staff', 'tags', 'rater', 'case'];
/** Filters a dashboard bar sets (by id): shown as chips to clear rather than as fields. */
const DRILLED = ['window', 'matter', 'tag', 'staff'] as const;

/**
 * 评价明细: the ratings in scope, paged, sorted and filtered on the server, every filter in the URL (the dashboard's bars
 * link here). A rating two people could have served shows 待认定; a lead with the grant attributes it.
 */
@Component({
  selector: 'app-ratings-list-page',
  imports: [TranslatePipe, ProblemAlertComponent, RatingsTableComponent, MatButtonModule, MatCheckboxModule, MatChipsModule, MatFormFieldModule, MatIconModule,
    MatInputModule, MatPaginatorModule, MatProgressBarModule, MatSelectModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.dashboard.list.title' | translate }}</h1>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.list.caseNumber' | translate }}</mat-label>
        <input matInput [value]="s().filter" maxlength="64" (change)="table.go({ filter: $any($event.target).value.trim(), page: 0 })" data-testid="ratings-filter" />
        <mat-icon matSuffix>search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.place' | translate }}</mat-label>
        <mat-select [value]="place()" (selectionChange)="pickPlace($event.value)" data-testid="ratings-place">
          <mat-option value="">{{ 'ratings.dashboard.allInScope' | translate }}</mat-option>
          @for (p of places(); track p.key) { <mat-option [value]="p.key">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field class="day">
        <mat-label>{{ 'ratings.dashboard.list.from' | translate }}</mat-label>
        <input matInput type="date" [value]="s()['from']" (change)="table.go({ from: $any($event.target).value, page: 0 })" data-testid="ratings-from" />
      </mat-form-field>
      <mat-form-field class="day">
        <mat-label>{{ 'ratings.dashboard.list.to' | translate }}</mat-label>
        <input matInput type="date" [value]="s()['to']" (change)="table.go({ to: $any($event.target).value, page: 0 })" data-testid="ratings-to" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.list.level' | translate }}</mat-label>
        <mat-select [value]="s()['level']" (selectionChange)="table.go({ level: $event.value, page: 0 })" data-testid="ratings-level">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (l of levels; track l) { <mat-option [value]="l">{{ 'ratings.levels.' + l | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.list.channel' | translate }}</mat-label>
        <mat-select [value]="s()['channel']" (selectionChange)="table.go({ channel: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (c of channels; track c) { <mat-option [value]="c">{{ 'ratings.channels.' + c | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.list.excludedFilter' | translate }}</mat-label>
        <mat-select [value]="s()['excluded']" (selectionChange)="table.go({ excluded: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          <mat-option value="no">{{ 'ratings.dashboard.list.counted' | translate }}</mat-option>
          <mat-option value="yes">{{ 'ratings.excluded' | translate }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-checkbox [checked]="s()['bad'] === '1'" (change)="table.go({ bad: $event.checked ? '1' : '', page: 0 })" data-testid="ratings-bad-only">
        {{ 'ratings.dashboard.list.badOnly' | translate }}</mat-checkbox>
      <mat-checkbox [checked]="s()['attribution'] === '1'" (change)="table.go({ attribution: $event.checked ? '1' : '', page: 0 })" data-testid="ratings-to-attribute">
        {{ 'ratings.dashboard.list.toAttribute' | translate }}</mat-checkbox>
    </div>
    @if (drilled().length) {
      <mat-chip-set [attr.aria-label]="'ratings.dashboard.list.drilled' | translate">
        @for (d of drilled(); track d) {
          <mat-chip (removed)="clear(d)" data-testid="ratings-drilled">{{ 'ratings.dashboard.list.by.' + d | translate }}
            <button matChipRemove [attr.aria-label]="'ratings.dashboard.list.clear' | translate"><mat-icon>cancel</mat-icon></button></mat-chip>
        }
      </mat-chip-set>
    }
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <app-ratings-table [rows]="table.page()?.items ?? []" [columns]="columns" [sortField]="table.sortField()" [sortDir]="table.sortDir()"
                       [canAttribute]="canAttribute" (sortChange)="table.sort($event)" (attribute)="attribute($event)" />
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="s().page" [pageSize]="s().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .filters mat-form-field { width: 200px; }
    .filters mat-form-field.day { width: 170px; }
    @media (max-width: 599px) { .filters mat-form-field, .filters mat-form-field.day { width: 100%; } }
  `,
})
export class RatingsListPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly canAttribute = inject(AuthService).has(Permissions.Ratings.Ratings.Attribute);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly levels = LEVELS;
  protected readonly channels = CHANNELS;
  protected readonly columns = COLUMNS;
  protected readonly table = new ServerTable<RatingDto>(DEFAULTS, [...LIST_FILTERS], (s) => this.api.invoke(listRatings, listParams(s)));
  protected readonly s = this.table.state;
  protected readonly places = computed(() => ratingPlaces(this.org.tree()));
  protected readonly place = computed(() => placeKey(String(this.s()['hall']), String(this.s()['unit'])));
  protected readonly drilled = computed(() => DRILLED.filter((d) => !!this.s()[d]));

  ngOnInit(): void {
    void this.org.load();
  }

  protected pickPlace(key: string): void {
    const q = placeQuery(key);
    this.table.go({ hall: q.hall ?? '', unit: q.unit ?? '', page: 0 });
  }

  protected clear(filter: string): void {
    this.table.go({ [filter]: '', page: 0 });
  }

  protected attribute(rating: RatingDto): void {
    this.dialog.open(AttributeDialogComponent, { data: rating, autoFocus: 'first-tabbable' }).afterClosed().subscribe((saved?: RatingDto) => {
      if (!saved) return;
      this.snack.open(this.translate.instant('ratings.dashboard.attribute.done', { name: saved.staffName ?? '' }), undefined, { duration: 2500 });
      this.table.reload();
    });
  }
}
