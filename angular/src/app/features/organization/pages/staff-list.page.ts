import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, from, map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listStaff } from '../../../proxy/fn/staff/list-staff';
import { PagedResultOfStaffListItemDto, StaffKind, StaffStatus } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { PAGE_SIZES, TableState, readTableState, toQueryParams } from '../../../shared/url-state';
import { StaffDialogComponent } from '../components/staff-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

const DEFAULTS = { sort: 'staffNumber asc', size: 20 };
const EXTRA = ['unitId', 'kind', 'status'];

@Component({
  selector: 'app-staff-list-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent,
    MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'nav.staff' | translate }}</h1>
      @if (auth.has(Permissions.Organization.Staff.Manage)) {
        <button mat-flat-button (click)="create()" data-testid="create-staff"><mat-icon>person_add</mat-icon>{{ 'staff.create' | translate }}</button>
      }
    </div>
    <div class="filters" role="search">
      <mat-form-field class="grow">
        <mat-label>{{ 'staff.filter' | translate }}</mat-label>
        <input matInput [formControl]="filter" data-testid="staff-filter" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'staff.unit' | translate }}</mat-label>
        <mat-select [value]="state()['unitId']" (selectionChange)="go({ unitId: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (u of units(); track u.id) { <mat-option [value]="u.id">{{ u.label }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'staff.kind' | translate }}</mat-label>
        <mat-select [value]="state()['kind']" (selectionChange)="go({ kind: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'enums.StaffKind.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'staff.status' | translate }}</mat-label>
        <mat-select [value]="state()['status']" (selectionChange)="go({ status: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of statuses; track s) { <mat-option [value]="s">{{ 'enums.StaffStatus.' + s | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <!-- Hidden until the first answer: an empty table with its paginator, pushed down by the rows, was a layout shift. -->
    <div class="table-wrap" [class.pending]="!answered()">
      <table mat-table [dataSource]="page()?.items ?? []" matSort [matSortActive]="sortField()" [matSortDirection]="sortDir()"
             (matSortChange)="sort($event)" matSortDisableClear data-testid="staff-table">
        <ng-container matColumnDef="staffNumber">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'staff.staffNumber' | translate }}</th>
          <td mat-cell *matCellDef="let s"><a [routerLink]="['/organization/staff', s.id]">{{ s.staffNumber }}</a></td>
        </ng-container>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'staff.name' | translate }}</th>
          <td mat-cell *matCellDef="let s"><a [routerLink]="['/organization/staff', s.id]">{{ s.name }}</a></td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'staff.kind' | translate }}</th>
          <td mat-cell *matCellDef="let s" class="wide">{{ 'enums.StaffKind.' + s.kind | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="hallName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'staff.hall' | translate }}</th>
          <td mat-cell *matCellDef="let s" class="wide">{{ s.hallName }}</td>
        </ng-container>
        <ng-container matColumnDef="unitName">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'staff.unit' | translate }}</th>
          <td mat-cell *matCellDef="let s">{{ s.unitName }}</td>
        </ng-container>
        <ng-container matColumnDef="windowCode">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'staff.window' | translate }}</th>
          <td mat-cell *matCellDef="let s">{{ s.windowCode ? s.windowCode + ' ' + s.windowName : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'staff.status' | translate }}</th>
          <td mat-cell *matCellDef="let s" class="wide">{{ 'enums.StaffStatus.' + s.status | translate }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [class.pending]="!answered()" [length]="page()?.totalCount ?? 0" [pageIndex]="state().page" [pageSize]="state().size" [pageSizeOptions]="pageSizes"
                   (page)="paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .filters mat-form-field { width: 180px; }
    .filters .grow { flex: 1; min-width: 200px; }
    .table-wrap { overflow-x: auto; }
    .pending { visibility: hidden; }
    table { width: 100%; }
    .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class StaffListPage {
  protected readonly Permissions = Permissions;
  protected readonly auth = inject(AuthService);
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  private readonly org = inject(OrganizationTreeService);
  protected readonly columns = ['staffNumber', 'name', 'kind', 'hallName', 'unitName', 'windowCode', 'status'];
  protected readonly kinds: StaffKind[] = ['Own', 'Dispatched', 'Contract'];
  protected readonly statuses: StaffStatus[] = ['Active', 'Returned', 'Left'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, EXTRA))), {
    requireSync: true,
  });
  protected readonly sortField = computed(() => this.state().sort.split(' ')[0]);
  protected readonly sortDir = computed(() => this.state().sort.split(' ')[1] as 'asc' | 'desc');
  protected readonly units = computed(() =>
    (this.org.tree()?.halls ?? []).flatMap((h) => h.units.map((u) => ({ id: u.unit.id, label: `${u.unit.name}（${h.hall.name}）` }))),
  );
  protected readonly filter = new FormControl(this.state().filter, { nonNullable: true });

  protected readonly page = toSignal(
    this.route.queryParamMap.pipe(
      map((q) => readTableState(q, DEFAULTS, EXTRA)),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      tap(() => { this.loading.set(true); this.problem.set(null); }),
      switchMap((s) =>
        from(this.api.invoke(listStaff, {
          Filter: s.filter || undefined,
          UnitId: (s['unitId'] as string) || undefined,
          Kind: (s['kind'] as StaffKind) || undefined,
          Status: (s['status'] as StaffStatus) || undefined,
          SkipCount: s.page * s.size,
          MaxResultCount: s.size,
          Sorting: s.sort,
        })).pipe(catchError((e) => { this.problem.set(toProblem(e)); return of(null); })),
      ),
      tap(() => this.loading.set(false)),
    ),
    { initialValue: null as PagedResultOfStaffListItemDto | null },
  );

  /** The first page (or a problem) has come back. */
  protected readonly answered = computed(() => this.page() !== null || this.problem() !== null);

  constructor() {
    void this.org.load();
    this.filter.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((filter) =>
      this.go({ filter: filter.trim(), page: 0 }, true),
    );
  }

  go(change: Partial<TableState>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toQueryParams(change, DEFAULTS),
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  sort(e: Sort): void {
    this.go({ sort: `${e.active} ${e.direction || 'asc'}`, page: 0 });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageSize !== this.state().size ? 0 : e.pageIndex, size: e.pageSize });
  }

  create(): void {
    this.dialog.open(StaffDialogComponent, { data: { unitId: this.state()['unitId'] || null } }).afterClosed().subscribe((id?: string) => {
      if (id) void this.router.navigate(['/organization/staff', id]);
    });
  }
}
