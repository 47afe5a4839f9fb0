import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, combineLatest, debounceTime, distinctUntilChanged, filter, firstValueFrom, from, map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { activateAttendanceDevice } from '../../../../proxy/fn/attendance-devices/activate-attendance-device';
import { deactivateAttendanceDevice } from '../../../../proxy/fn/attendance-devices/deactivate-attendance-device';
import { listAttendanceDevices } from '../../../../proxy/fn/attendance-devices/list-attendance-devices';
import { rotateAttendanceDeviceKey } from '../../../../proxy/fn/attendance-devices/rotate-attendance-device-key';
import { DeviceDto, DeviceKind, DeviceWithKeyDto, PagedResultOfDeviceDto } from '../../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { PAGE_SIZES, TableState, readTableState, toQueryParams } from '../../../../shared/url-state';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../../shared/confirm-dialog.component';
import { DeviceDialogComponent } from '../components/device-dialog.component';
import { DeviceKeyDialogComponent } from '../components/device-key-dialog.component';
import { DEVICE_KINDS } from '../device-rules';

const DEFAULTS = { sort: 'serialNumber asc', size: 20 };
const EXTRA = ['kind', 'active'];

/** The devices of the caller's halls: server-side filter, sort and paging; register, edit, rotate the key, (de)activate. */
@Component({
  selector: 'app-devices-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule,
    MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatMenuModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'attendance.intake.devices.title' | translate }}</h1>
      @if (canManage) {
        <button mat-flat-button (click)="register()" data-testid="register-device"><mat-icon>add</mat-icon>{{ 'attendance.intake.devices.register' | translate }}</button>
      }
    </div>
    <div class="filters" role="search">
      <mat-form-field class="grow">
        <mat-label>{{ 'attendance.intake.devices.filter' | translate }}</mat-label>
        <input matInput [formControl]="filterText" data-testid="device-filter" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'attendance.intake.devices.kind' | translate }}</mat-label>
        <mat-select [value]="state()['kind']" (selectionChange)="go({ kind: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'attendance.intake.kinds.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'attendance.intake.devices.status' | translate }}</mat-label>
        <mat-select [value]="state()['active']" (selectionChange)="go({ active: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          <mat-option value="true">{{ 'attendance.intake.devices.active' | translate }}</mat-option>
          <mat-option value="false">{{ 'attendance.intake.devices.inactive' | translate }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap" [class.pending]="!answered()">
      <table mat-table [dataSource]="page()?.items ?? []" matSort [matSortActive]="sortField()" [matSortDirection]="sortDir()"
             (matSortChange)="sort($event)" matSortDisableClear data-testid="devices-table">
        <ng-container matColumnDef="serialNumber">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.intake.devices.serialNumber' | translate }}</th>
          <td mat-cell *matCellDef="let d"><code>{{ d.serialNumber }}</code></td>
        </ng-container>
        <ng-container matColumnDef="name">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.intake.devices.name' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ d.name }}</td>
        </ng-container>
        <ng-container matColumnDef="hall">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'attendance.intake.devices.hall' | translate }}</th>
          <td mat-cell *matCellDef="let d" class="wide">{{ d.hallName }}</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'attendance.intake.devices.kind' | translate }}</th>
          <td mat-cell *matCellDef="let d" class="wide">{{ 'attendance.intake.kinds.' + d.kind | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="model">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'attendance.intake.devices.model' | translate }}</th>
          <td mat-cell *matCellDef="let d" class="wide">{{ d.model ?? '—' }} · {{ d.timeZone }}</td>
        </ng-container>
        <ng-container matColumnDef="isActive">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.intake.devices.status' | translate }}</th>
          <td mat-cell *matCellDef="let d">{{ (d.isActive ? 'attendance.intake.devices.active' : 'attendance.intake.devices.inactive') | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'attendance.intake.devices.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let d">
            <button mat-icon-button [matMenuTriggerFor]="menu" [attr.aria-label]="'attendance.intake.devices.actions' | translate" data-testid="device-actions">
              <mat-icon>more_vert</mat-icon>
            </button>
            <mat-menu #menu="matMenu">
              <a mat-menu-item [routerLink]="['/attendance/devices', d.id, 'users']" [queryParams]="{ hallId: d.hallId }"><mat-icon>badge</mat-icon>{{ 'attendance.intake.devices.users' | translate }}</a>
              <a mat-menu-item [routerLink]="['/attendance/devices', d.id, 'corrections']"><mat-icon>schedule</mat-icon>{{ 'attendance.intake.devices.corrections' | translate }}</a>
              @if (canManage) {
                <button mat-menu-item (click)="edit(d)"><mat-icon>edit</mat-icon>{{ 'attendance.intake.devices.edit' | translate }}</button>
                <button mat-menu-item (click)="rotate(d)" data-testid="rotate-key"><mat-icon>key</mat-icon>{{ 'attendance.intake.devices.rotate' | translate }}</button>
                @if (d.isActive) {
                  <button mat-menu-item (click)="setActive(d, false)" data-testid="deactivate"><mat-icon>block</mat-icon>{{ 'attendance.intake.devices.deactivate' | translate }}</button>
                } @else {
                  <button mat-menu-item (click)="setActive(d, true)"><mat-icon>check_circle</mat-icon>{{ 'attendance.intake.devices.activate' | translate }}</button>
                }
              }
            </mat-menu>
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class.inactive]="!row.isActive"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [class.pending]="!answered()" [length]="page()?.totalCount ?? 0" [pageIndex]="state().page" [pageSize]="state().size"
                   [pageSizeOptions]="pageSizes" (page)="paginate($event)" showFirstLastButtons />
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
    tr.inactive td { color: rgba(0, 0, 0, 0.5); }
    .empty { padding: 16px; text-align: center; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class DevicesPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  protected readonly canManage = inject(AuthService).has(Permissions.Attendance.Devices.Manage);
  protected readonly columns = ['serialNumber', 'name', 'hall', 'kind', 'model', 'isActive', 'actions'];
  protected readonly kinds = DEVICE_KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly reload$ = new BehaviorSubject(0);

  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, EXTRA))), { requireSync: true });
  protected readonly sortField = computed(() => this.state().sort.split(' ')[0]);
  protected readonly sortDir = computed(() => this.state().sort.split(' ')[1] as 'asc' | 'desc');
  protected readonly filterText = new FormControl(this.state().filter, { nonNullable: true });

  protected readonly page = toSignal(
    combineLatest([
      this.route.queryParamMap.pipe(
        map((q) => readTableState(q, DEFAULTS, EXTRA)),
        distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      ),
      this.reload$,
    ]).pipe(
      tap(() => { this.loading.set(true); this.problem.set(null); }),
      switchMap(([s]) =>
        from(this.api.invoke(listAttendanceDevices, {
          Filter: s.filter || undefined,
          Kind: (s['kind'] as DeviceKind) || undefined,
          IsActive: s['active'] === '' ? undefined : s['active'] === 'true',
          SkipCount: s.page * s.size,
          MaxResultCount: s.size,
          Sorting: s.sort,
        })).pipe(catchError((e) => { this.problem.set(toProblem(e)); return of(null); })),
      ),
      tap(() => this.loading.set(false)),
    ),
    { initialValue: null as PagedResultOfDeviceDto | null },
  );

  protected readonly answered = computed(() => this.page() !== null || this.problem() !== null);

  constructor() {
    this.filterText.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((f) =>
      this.go({ filter: f.trim(), page: 0 }, true),
    );
  }

  go(change: Partial<TableState>, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(change, DEFAULTS), queryParamsHandling: 'merge', replaceUrl });
  }

  sort(e: Sort): void {
    this.go({ sort: `${e.active} ${e.direction || 'asc'}`, page: 0 });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageSize !== this.state().size ? 0 : e.pageIndex, size: e.pageSize });
  }

  register(): void {
    this.dialog.open(DeviceDialogComponent, { data: null }).afterClosed().subscribe((created?: DeviceWithKeyDto) => {
      if (!created) return;
      this.showKey(created);
      this.reload$.next(this.reload$.value + 1);
    });
  }

  edit(device: DeviceDto): void {
    this.dialog.open(DeviceDialogComponent, { data: device }).afterClosed().subscribe((saved?: DeviceDto) => {
      if (saved) this.reload$.next(this.reload$.value + 1);
    });
  }

  async rotate(device: DeviceDto): Promise<void> {
    if (!(await this.confirm({ title: 'attendance.intake.devices.rotate', message: 'attendance.intake.devices.rotateConfirm', params: { name: device.name }, confirm: 'attendance.intake.devices.rotate' }))) return;
    try {
      this.showKey(await this.api.invoke(rotateAttendanceDeviceKey, { id: device.id }));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async setActive(device: DeviceDto, active: boolean): Promise<void> {
    if (!active && !(await this.confirm({ title: 'attendance.intake.devices.deactivate', message: 'attendance.intake.devices.deactivateConfirm', params: { name: device.name }, confirm: 'attendance.intake.devices.deactivate' }))) return;
    try {
      await this.api.invoke(active ? activateAttendanceDevice : deactivateAttendanceDevice, { id: device.id });
      this.reload$.next(this.reload$.value + 1);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  private showKey(key: DeviceWithKeyDto): void {
    this.dialog.open(DeviceKeyDialogComponent, { data: key, disableClose: true });
  }

  private confirm(data: ConfirmDialogData): Promise<boolean> {
    return firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed().pipe(filter((v) => v !== undefined), map((v) => !!v)), { defaultValue: false });
  }
}
