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
import { ImportPanelComponent } from '../../../../shared/import-panel.component';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { placeKey, placeQuery, ratingPlaces } from '../../dashboard/place-choices';
import { Api } from '../../../../proxy/api';
import { getRatingMatterImportTemplate } from '../../../../proxy/fn/rating-matters/get-rating-matter-import-template';
import { listRatingMatters } from '../../../../proxy/fn/rating-matters/list-rating-matters';
import { CatalogueImportResultDto, MatterDto } from '../../../../proxy/models';
import { mattersImportUrl } from '../catalogue-api';

const DEFAULTS = { sort: 'code asc', size: 20 };

/** 事项目录: the matters per hall and window unit, searched and paged on the server; a hall's catalogue imported from .xlsx (upsert by code). */
@Component({
  selector: 'app-matters-page',
  imports: [TranslatePipe, ProblemAlertComponent, ImportPanelComponent, MatCardModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule,
    MatProgressBarModule, MatSelectModule, MatSortModule, MatTableModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.catalogue.matters.title' | translate }}</h1>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.search' | translate }}</mat-label>
        <input matInput [value]="table.state().filter" maxlength="64" (change)="table.go({ filter: $any($event.target).value.trim(), page: 0 })" data-testid="matters-filter" />
        <mat-icon matSuffix>search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.dashboard.place' | translate }}</mat-label>
        <mat-select [value]="place()" (selectionChange)="pickPlace($event.value)" data-testid="matters-place">
          <mat-option value="">{{ 'ratings.dashboard.allInScope' | translate }}</mat-option>
          @for (p of places(); track p.key) { <mat-option [value]="p.key">{{ p.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="matters-table">
        <ng-container matColumnDef="code"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.catalogue.code' | translate }}</th><td mat-cell *matCellDef="let m">{{ m.code }}</td></ng-container>
        <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.catalogue.matters.name' | translate }}</th><td mat-cell *matCellDef="let m">{{ m.name }}</td></ng-container>
        <ng-container matColumnDef="department"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.catalogue.matters.department' | translate }}</th><td mat-cell *matCellDef="let m">{{ m.department ?? '—' }}</td></ng-container>
        <ng-container matColumnDef="unit"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.unit' | translate }}</th><td mat-cell *matCellDef="let m">{{ m.unitName }} <span class="muted">{{ m.unitCode }}</span></td></ng-container>
        <ng-container matColumnDef="active"><th mat-header-cell *matHeaderCellDef>{{ 'ratings.catalogue.active' | translate }}</th><td mat-cell *matCellDef="let m">{{ (m.isActive ? 'common.yes' : 'common.no') | translate }}</td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />

    @if (canManage) {
      <h2>{{ 'ratings.catalogue.matters.import' | translate }}</h2>
      <p class="hint">{{ 'ratings.catalogue.matters.importIntro' | translate }}</p>
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.importHall' | translate }}</mat-label>
        <mat-select [value]="importHall()" (selectionChange)="importHall.set($event.value)" data-testid="matters-import-hall">
          @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (importHall()) {
        <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl()" (picked)="result.set(null)" (imported)="imported($event)" />
      }
      @if (result(); as r) {
        <mat-card appearance="outlined" data-testid="import-result"><mat-card-content><p role="status">{{ 'ratings.catalogue.imported' | translate: r }}</p></mat-card-content></mat-card>
      }
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 24px; } .hint { color: #555; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 240px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .muted { color: #666; font-size: 12px; } .empty { padding: 16px; text-align: center; }
  `,
})
export class MattersPage implements OnInit {
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly canManage = inject(AuthService).has(Permissions.Ratings.Catalogue.Manage);
  protected readonly columns = ['code', 'name', 'department', 'unit', 'active'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly templateUrl = getRatingMatterImportTemplate.PATH;
  protected readonly table = new ServerTable<MatterDto>(DEFAULTS, ['hall', 'unit'], (s) => this.api.invoke(listRatingMatters, {
    HallId: String(s['hall']) || undefined, UnitId: String(s['unit']) || undefined, Filter: s.filter || undefined,
    SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort,
  }));
  protected readonly places = computed(() => ratingPlaces(this.org.tree()));
  protected readonly halls = computed(() => (this.org.tree()?.halls ?? []).map((h) => h.hall));
  protected readonly place = computed(() => placeKey(String(this.table.state()['hall']), String(this.table.state()['unit'])));
  protected readonly importHall = signal('');
  protected readonly uploadUrl = computed(() => mattersImportUrl(this.importHall()));
  protected readonly result = signal<CatalogueImportResultDto | null>(null);

  async ngOnInit(): Promise<void> {
    const tree = await this.org.load();
    if (tree?.halls.length === 1) this.importHall.set(tree.halls[0].hall.id);
  }

  protected pickPlace(key: string): void {
    const q = placeQuery(key);
    this.table.go({ hall: q.hall ?? '', unit: q.unit ?? '', page: 0 });
  }

  protected imported(r: CatalogueImportResultDto): void {
    this.result.set(r);
    this.table.reload();
  }
}
