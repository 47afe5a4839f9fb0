import { ChangeDetectionStrategy, Component, WritableSignal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, combineLatest, debounceTime, distinctUntilChanged, filter, firstValueFrom, from, map, of, switchMap, tap } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { Problem, toProblem } from '../../../../core/problem';
import { Api } from '../../../../proxy/api';
import { deleteDeviceUser } from '../../../../proxy/fn/attendance-device-users/delete-device-user';
import { exportDeviceUsers } from '../../../../proxy/fn/attendance-device-users/export-device-users';
import { getDeviceUserImportTemplate } from '../../../../proxy/fn/attendance-device-users/get-device-user-import-template';
import { importDeviceUsers } from '../../../../proxy/fn/attendance-device-users/import-device-users';
import { listDeviceUsers } from '../../../../proxy/fn/attendance-device-users/list-device-users';
import { getAttendanceDevice } from '../../../../proxy/fn/attendance-devices/get-attendance-device';
import { DeviceDto, DeviceUserDto, DeviceUserImportResultDto, PagedResultOfDeviceUserDto } from '../../../../proxy/models';
import { ImportPanelComponent } from '../../../../shared/import-panel.component';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { PAGE_SIZES, TableState, readTableState, toQueryParams } from '../../../../shared/url-state';
import { ConfirmDialogComponent } from '../../../../shared/confirm-dialog.component';
import { DeviceUserDialogComponent, DeviceUserDialogData } from '../components/device-user-dialog.component';

const DEFAULTS = { sort: 'deviceUserId asc', size: 20 };
const EXTRA = ['level'];

/** Where the device's own entries (default) or its hall's hall-wide entries live, as the API's query string. */
export function levelQuery(device: Pick<DeviceDto, 'id' | 'hallId'>, level: string): string {
  const params = new URLSearchParams({ hallId: device.hallId });
  if (level !== 'hall') params.set('deviceId', device.id);
  return params.toString();
}

/** A device's user mapping, or its hall's hall-wide one: list, add, edit, delete, import and export (.xlsx). */
@Component({
  selector: 'app-device-users-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, ImportPanelComponent, MatTableModule, MatSortModule,
    MatPaginatorModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, MatCardModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/attendance/devices"><mat-icon>arrow_back</mat-icon>{{ 'attendance.intake.users.back' | translate }}</a>
    <h1>{{ 'attendance.intake.users.title' | translate }}@if (device(); as d) { · {{ d.name }}（{{ d.serialNumber }}）}</h1>
    <app-problem-alert [problem]="problem()" />
    @if (device(); as d) {
      <div class="bar">
        <mat-button-toggle-group [value]="level()" (change)="go({ level: $event.value === 'device' ? '' : $event.value, page: 0 })"
                                 [attr.aria-label]="'attendance.intake.users.level' | translate">
          <mat-button-toggle value="device" data-testid="level-device">{{ 'attendance.intake.users.device' | translate }}</mat-button-toggle>
          <mat-button-toggle value="hall" data-testid="level-hall">{{ 'attendance.intake.users.hallWide' | translate }}（{{ d.hallName }}）</mat-button-toggle>
        </mat-button-toggle-group>
        <span class="grow"></span>
        <a mat-stroked-button [href]="exportUrl()" download data-testid="export-users"><mat-icon>download</mat-icon>{{ 'attendance.intake.users.export' | translate }}</a>
        @if (canManage) {
          <button mat-flat-button (click)="add()" data-testid="add-user"><mat-icon>add</mat-icon>{{ 'attendance.intake.users.add' | translate }}</button>
        }
      </div>
      <p class="hint">{{ 'attendance.intake.users.levelHint' | translate }}</p>
      <mat-form-field class="filter">
        <mat-label>{{ 'attendance.intake.users.filter' | translate }}</mat-label>
        <input matInput [formControl]="filterText" data-testid="user-filter" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
      <table mat-table [dataSource]="page()?.items ?? []" matSort [matSortActive]="sortField()" [matSortDirection]="sortDir()"
             (matSortChange)="sort($event)" matSortDisableClear data-testid="users-table">
        <ng-container matColumnDef="deviceUserId">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'attendance.intake.users.deviceUserId' | translate }}</th>
          <td mat-cell *matCellDef="let u"><code>{{ u.deviceUserId }}</code></td>
        </ng-container>
        <ng-container matColumnDef="staffNumber">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.users.staffNumber' | translate }}</th>
          <td mat-cell *matCellDef="let u">{{ u.staffNumber }}</td>
        </ng-container>
        <ng-container matColumnDef="staffName">
          <th mat-header-cell *matHeaderCellDef>{{ 'attendance.intake.users.staffName' | translate }}</th>
          <td mat-cell *matCellDef="let u">{{ u.staffName }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'attendance.intake.devices.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let u">
            @if (canManage) {
              <button mat-icon-button (click)="edit(u)" [attr.aria-label]="'attendance.intake.users.edit' | translate"><mat-icon>edit</mat-icon></button>
              <button mat-icon-button (click)="remove(u)" [attr.aria-label]="'attendance.intake.users.delete' | translate"><mat-icon>delete</mat-icon></button>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
      <mat-paginator [length]="page()?.totalCount ?? 0" [pageIndex]="state().page" [pageSize]="state().size" [pageSizeOptions]="pageSizes"
                     (page)="paginate($event)" showFirstLastButtons />
      @if (canManage) {
        <h2>{{ 'attendance.intake.users.importTitle' | translate }}</h2>
        <p>{{ 'attendance.intake.users.importIntro' | translate }}</p>
        <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="importUrl()" (picked)="result.set(null)" (imported)="imported($event)" />
        @if (result(); as r) {
          <mat-card appearance="outlined" data-testid="import-result"><mat-card-content><p role="status">{{ 'attendance.intake.users.imported' | translate: r }}</p></mat-card-content></mat-card>
        }
      }
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 24px; }
    .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .grow { flex: 1; }
    .hint { color: rgba(0, 0, 0, 0.6); }
    .filter { width: 100%; max-width: 420px; }
    table { width: 100%; }
    .empty { padding: 16px; text-align: center; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class DeviceUsersPage {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dialog = inject(MatDialog);
  protected readonly canManage = inject(AuthService).has(Permissions.Attendance.Devices.Manage);
  protected readonly columns = ['deviceUserId', 'staffNumber', 'staffName', 'actions'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly templateUrl = getDeviceUserImportTemplate.PATH;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly result = signal<DeviceUserImportResultDto | null>(null);
  protected readonly device = signal<DeviceDto | null>(null);
  private readonly reload$ = new BehaviorSubject(0);

  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, EXTRA))), { requireSync: true });
  protected readonly level = computed(() => (this.state()['level'] === 'hall' ? 'hall' : 'device'));
  protected readonly sortField = computed(() => this.state().sort.split(' ')[0]);
  protected readonly sortDir = computed(() => this.state().sort.split(' ')[1] as 'asc' | 'desc');
  protected readonly filterText = new FormControl(this.state().filter, { nonNullable: true });
  protected readonly exportUrl = computed(() => (this.device() ? `${exportDeviceUsers.PATH}?${levelQuery(this.device()!, this.level())}` : ''));
  protected readonly importUrl = computed(() => (this.device() ? `${importDeviceUsers.PATH}?${levelQuery(this.device()!, this.level())}` : ''));

  protected readonly page = toSignal(
    combineLatest([
      toObservableDevice(this.route, this.api, this.device, this.problem),
      this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS, EXTRA)), distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b))),
      this.reload$,
    ]).pipe(
      tap(() => { this.loading.set(true); this.problem.set(null); }),
      switchMap(([d, s]) =>
        from(this.api.invoke(listDeviceUsers, {
          HallId: d.hallId,
          DeviceId: s['level'] === 'hall' ? undefined : d.id,
          Filter: s.filter || undefined,
          SkipCount: s.page * s.size,
          MaxResultCount: s.size,
          Sorting: s.sort,
        })).pipe(catchError((e) => { this.problem.set(toProblem(e)); return of(null); })),
      ),
      tap(() => this.loading.set(false)),
    ),
    { initialValue: null as PagedResultOfDeviceUserDto | null },
  );

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

  add(): void {
    this.openDialog(null);
  }

  edit(entry: DeviceUserDto): void {
    this.openDialog(entry);
  }

  async remove(entry: DeviceUserDto): Promise<void> {
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialogComponent, {
      data: { title: 'attendance.intake.users.delete', message: 'attendance.intake.users.deleteConfirm', params: { id: entry.deviceUserId }, confirm: 'attendance.intake.users.delete' },
    }).afterClosed(), { defaultValue: false });
    if (!ok) return;
    try {
      await this.api.invoke(deleteDeviceUser, { id: entry.id });
      this.reload$.next(this.reload$.value + 1);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  imported(result: DeviceUserImportResultDto): void {
    this.result.set(result);
    this.reload$.next(this.reload$.value + 1);
  }

  private openDialog(entry: DeviceUserDto | null): void {
    const d = this.device();
    if (!d) return;
    const data: DeviceUserDialogData = { hallId: d.hallId, deviceId: this.level() === 'hall' ? null : d.id, entry };
    this.dialog.open(DeviceUserDialogComponent, { data }).afterClosed().pipe(filter((v) => !!v)).subscribe(() => this.reload$.next(this.reload$.value + 1));
  }
}

/** The device of the route, loaded once per id (a device outside the caller's halls answers 404, shown as a problem). */
function toObservableDevice(route: ActivatedRoute, api: Api, device: WritableSignal<DeviceDto | null>, problem: WritableSignal<Problem | null>) {
  return route.paramMap.pipe(
    map((p) => p.get('id') ?? ''),
    distinctUntilChanged(),
    switchMap((id) => from(api.invoke(getAttendanceDevice, { id })).pipe(catchError((e) => { problem.set(toProblem(e)); return of(null); }))),
    tap((d) => device.set(d)),
    filter((d): d is DeviceDto => d !== null),
  );
}
