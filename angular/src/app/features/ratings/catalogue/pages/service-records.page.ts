import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { ImportPanelComponent } from '../../../../shared/import-panel.component';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { placeKey, placeQuery, ratingPlaces } from '../../dashboard/place-choices';
import { addMonths, monthDays, percent } from '../../dashboard/rating-filters';
import { Api } from '../../../../proxy/api';
import { getRatingServiceRecordImportTemplate } from '../../../../proxy/fn/rating-service-records/get-rating-service-record-import-template';
import { importRatingServiceRecords } from '../../../../proxy/fn/rating-service-records/import-rating-service-records';
import { listRatingServiceRecords } from '../../../../proxy/fn/rating-service-records/list-rating-service-records';
import { CatalogueImportResultDto, ServiceRecordDto } from '../../../../proxy/models';

const DEFAULTS = { sort: 'caseVolume desc', size: 20 };

/** 服务效能: case volume and on-time completion per person and month (from the hall's case system), paged on the server; a month imported from .xlsx. */
@Component({
  selector: 'app-service-records-page',
  imports: [TranslatePipe, ProblemAlertComponent, ImportPanelComponent, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatSortModule, MatTableModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.catalogue.efficiency.title' | translate }}</h1>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.month' | translate }}</mat-label>
        <input matInput type="month" [value]="month()" [max]="thisMonth" (change)="pickMonth($any($event.target).value)" data-testid="efficiency-month" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.place' | translate }}</mat-label>
        <mat-select [value]="place()" (selectionChange)="pickPlace($event.value)">
          <mat-option value="">{{ 'ratings.dashboard.allInScope' | translate }}</mat-option>
          @for (p of places(); track p.key) { <mat-option [value]="p.key">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="efficiency-table">
        <ng-container matColumnDef="staff"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.efficiency.staff' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ r.staffName }} <span class="muted">{{ r.staffNumber }}</span></td></ng-container>
        <ng-container matColumnDef="unit"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.unit' | translate }}</th><td mat-cell *matCellDef="let r">{{ r.unitName }}</td></ng-container>
        <ng-container matColumnDef="caseVolume"><th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'ratings.dashboard.caseVolume' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="num">{{ r.caseVolume }}</td></ng-container>
        <ng-container matColumnDef="onTimeCount"><th mat-header-cell *matHeaderCellDef mat-sort-header class="num">{{ 'ratings.dashboard.onTime' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="num">{{ r.onTimeCount }}</td></ng-container>
        <ng-container matColumnDef="rate"><th mat-header-cell *matHeaderCellDef class="num">{{ 'ratings.dashboard.onTimeRate' | translate }}</th>
          <td mat-cell *matCellDef="let r" class="num">{{ onTime(r) }}</td></ng-container>
        <ng-container matColumnDef="updatedAt"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.efficiency.updatedAt' | translate }}</th>
          <td mat-cell *matCellDef="let r">{{ when(r.updatedAt) }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />

    @if (canManage) {
      <h2>{{ 'ratings.catalogue.efficiency.import' | translate }}</h2>
      <p class="hint">{{ 'ratings.catalogue.efficiency.importIntro' | translate }}</p>
      <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl" (picked)="result.set(null)" (imported)="imported($event)" />
      @if (result(); as r) {
        <mat-card appearance="outlined" data-testid="import-result"><mat-card-content><p role="status">{{ 'ratings.catalogue.imported' | translate: r }}</p></mat-card-content></mat-card>
      }
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 24px; } .hint { color: #555; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 220px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .num { text-align: right; } .muted { color: #666; font-size: 12px; } .empty { padding: 16px; text-align: center; }
  `,
})
export class ServiceRecordsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly canManage = inject(AuthService).has(Permissions.Ratings.Catalogue.Manage);
  protected readonly columns = ['staff', 'unit', 'caseVolume', 'onTimeCount', 'rate', 'updatedAt'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly when = formatBeijing;
  protected readonly thisMonth = beijingToday().slice(0, 7);
  protected readonly templateUrl = getRatingServiceRecordImportTemplate.PATH;
  protected readonly table = new ServerTable<ServiceRecordDto>(DEFAULTS, ['month', 'hall', 'unit'], (s) => {
    const [year, month] = this.monthOf(String(s['month'])).split('-').map(Number);
    return this.api.invoke(listRatingServiceRecords, {
      Year: year, Month: month, HallId: String(s['hall']) || undefined, UnitId: String(s['unit']) || undefined,
      SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort,
    });
  });
  protected readonly month = computed(() => this.monthOf(String(this.table.state()['month'])));
  protected readonly places = computed(() => ratingPlaces(this.org.tree()));
  protected readonly place = computed(() => placeKey(String(this.table.state()['hall']), String(this.table.state()['unit'])));
  /** People are found by staff number within the caller's scope, whatever their hall. */
  protected readonly uploadUrl = importRatingServiceRecords.PATH;
  protected readonly result = signal<CatalogueImportResultDto | null>(null);

  ngOnInit(): void {
    void this.org.load();
  }

  protected pickMonth(value: string): void {
    if (monthDays(value) && value <= this.thisMonth) this.table.go({ month: value, page: 0 });
  }

  protected pickPlace(key: string): void {
    const q = placeQuery(key);
    this.table.go({ hall: q.hall ?? '', unit: q.unit ?? '', page: 0 });
  }

  protected onTime(r: ServiceRecordDto): string {
    return r.caseVolume ? percent(r.onTimeCount / r.caseVolume) : '—';
  }

  protected imported(r: CatalogueImportResultDto): void {
    this.result.set(r);
    this.table.reload();
  }

  /** The URL's month, else last month (the case system reports a month once it is over). */
  private monthOf(text: string): string {
    return monthDays(text) && text <= this.thisMonth ? text : addMonths(this.thisMonth, -1);
  }
}
