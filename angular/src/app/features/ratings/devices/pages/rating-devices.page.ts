import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, filter, firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { toProblem } from '../../../../core/problem';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../../shared/confirm-dialog.component';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { Api } from '../../../../proxy/api';
import { activateRatingDevice } from '../../../../proxy/fn/rating-devices/activate-rating-device';
import { deactivateRatingDevice } from '../../../../proxy/fn/rating-devices/deactivate-rating-device';
import { listRatingDevices } from '../../../../proxy/fn/rating-devices/list-rating-devices';
import { rotateRatingDeviceKey } from '../../../../proxy/fn/rating-devices/rotate-rating-device-key';
import { RatingDeviceDto, RatingDeviceKind, RatingDeviceWithKeyDto } from '../../../../proxy/models';
import { DeviceSecretDialogComponent } from '../components/device-secret-dialog.component';
import { RegisterDeviceDialogComponent } from '../components/register-device-dialog.component';
import { RATING_DEVICE_KINDS } from '../device-kinds';

const DEFAULTS = { sort: 'name asc', size: 20 };

/** Rating pads and case systems of the caller's halls: register (the key shown once), a new key, deactivate. */
@Component({
  selector: 'app-rating-devices-page',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'ratings.devices.title' | translate }}</h1>
      @if (canManage) {
        <button mat-flat-button (click)="register()" data-testid="register-rating-device"><mat-icon>add</mat-icon>{{ 'ratings.devices.register' | translate }}</button>
      }
    </div>
    <p class="intro">{{ 'ratings.devices.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field class="grow">
        <mat-label>{{ 'ratings.devices.filter' | translate }}</mat-label>
        <input matInput [formControl]="filterText" data-testid="rating-device-filter" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.devices.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'ratings.devices.kinds.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.devices.status' | translate }}</mat-label>
        <mat-select [value]="table.state()['active']" (selectionChange)="table.go({ active: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          <mat-option value="true">{{ 'ratings.devices.active' | translate }}</mat-option>
          <mat-option value="false">{{ 'ratings.devices.inactive' | translate }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="rating-devices-table">
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.devices.name' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ d.name }}</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.devices.kind' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ 'ratings.devices.kinds.' + d.kind | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="hall">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'ratings.devices.hall' | translate }}</th>
          <td mat-cell *matCellDef="let d" class="wide">{{ d.hallName }}</td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef>{{ 'ratings.devices.window' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ d.windowCode ? d.windowCode + ' ' + d.windowName : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="isActive">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'ratings.devices.status' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ (d.isActive ? 'ratings.devices.active' : 'ratings.devices.inactive') | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'common.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let d">
            @if (canManage) {
              <button mat-icon-button [matMenuTriggerFor]="menu" [attr.aria-label]="('common.actions' | translate) + ' ' + d.name" data-testid="rating-device-actions">
                <mat-icon>more_vert</mat-icon>
              </button>
              <mat-menu #menu="matMenu">
                @if (d.isActive) {
                  <button mat-menu-item (click)="newKey(d)" data-testid="rating-device-new-key"><mat-icon>key</mat-icon>{{ 'ratings.devices.newKey' | translate }}</button>
                  <button mat-menu-item (click)="setActive(d, false)" data-testid="rating-device-deactivate"><mat-icon>block</mat-icon>{{ 'ratings.devices.deactivate' | translate }}</button>
                } @else {
                  <button mat-menu-item (click)="setActive(d, true)" data-testid="rating-device-activate"><mat-icon>check_circle</mat-icon>{{ 'ratings.devices.activate' | translate }}</button>
                }
              </mat-menu>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.inactive]="!row.isActive" data-testid="rating-device-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'ratings.devices.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 72ch; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .filters mat-form-field { width: 180px; }
    .filters .grow { flex: 1; min-width: 200px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    tr.inactive td { color: rgba(0, 0, 0, 0.5); }
    .empty { padding: 16px; text-align: center; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class RatingDevicesPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  protected readonly canManage = inject(AuthService).has(Permissions.Ratings.Devices.Manage);
  protected readonly kinds = RATING_DEVICE_KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'kind', 'hall', 'window', 'isActive', 'actions'];
  protected readonly table = new ServerTable<RatingDeviceDto>(DEFAULTS, ['kind', 'active'], (s) =>
    this.api.invoke(listRatingDevices, {
      Kind: RATING_DEVICE_KINDS.includes(s['kind'] as RatingDeviceKind) ? (s['kind'] as RatingDeviceKind) : undefined,
      IsActive: s['active'] === '' ? undefined : s['active'] === 'true',
      Filter: s.filter || undefined,
      SkipCount: s.page * s.size,
      MaxResultCount: s.size,
      Sorting: s.sort,
    }),
  );
  protected readonly filterText = new FormControl(this.table.state().filter, { nonNullable: true });

  constructor() {
    this.filterText.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((f) =>
      this.table.go({ filter: f.trim(), page: 0 }, true),
    );
  }

  register(): void {
    this.dialog.open(RegisterDeviceDialogComponent).afterClosed().subscribe((created?: RatingDeviceWithKeyDto) => {
      if (!created) return;
      this.showKey(created);
      this.table.reload();
    });
  }

  async newKey(d: RatingDeviceDto): Promise<void> {
    if (!(await this.confirm({ title: 'ratings.devices.newKey', message: 'ratings.devices.newKeyConfirm', params: { name: d.name }, confirm: 'ratings.devices.newKey' }))) return;
    try {
      this.showKey(await this.api.invoke(rotateRatingDeviceKey, { id: d.id }));
    } catch (e) {
      this.table.problem.set(toProblem(e));
    }
  }

  async setActive(d: RatingDeviceDto, active: boolean): Promise<void> {
    if (!active && !(await this.confirm({ title: 'ratings.devices.deactivate', message: 'ratings.devices.deactivateConfirm', params: { name: d.name }, confirm: 'ratings.devices.deactivate' }))) return;
    try {
      await this.api.invoke(active ? activateRatingDevice : deactivateRatingDevice, { id: d.id });
      this.table.reload();
    } catch (e) {
      this.table.problem.set(toProblem(e));
    }
  }

  private showKey(key: RatingDeviceWithKeyDto): void {
    this.dialog.open(DeviceSecretDialogComponent, { data: key, disableClose: true });
  }

  private confirm(data: ConfirmDialogData): Promise<boolean> {
    return firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed().pipe(filter((v) => v !== undefined), map((v) => !!v)), { defaultValue: false });
  }
}
