import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { BehaviorSubject, catchError, combineLatest, debounceTime, distinctUntilChanged, from, map, of, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listUsers } from '../../../proxy/fn/users/list-users';
import { resetUserPassword } from '../../../proxy/fn/users/reset-user-password';
import { OneTimePasswordDto, UserDto } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { SecretDialogComponent } from '../../../shared/secret-dialog.component';
import { PAGE_SIZES, TableState, readTableState, toQueryParams } from '../../../shared/url-state';
import { UserDialogComponent } from '../components/user-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

const DEFAULTS = { sort: 'userName asc', size: 20 };

@Component({
  selector: 'app-users-page',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'nav.users' | translate }}</h1>
      @if (auth.has(Permissions.Identity.Users.Manage)) { <button mat-flat-button (click)="edit(null)"><mat-icon>person_add</mat-icon>{{ 'users.create' | translate }}</button> }
    </div>
    <mat-form-field class="filter">
      <mat-label>{{ 'users.filter' | translate }}</mat-label>
      <input matInput [formControl]="filter" />
    </mat-form-field>
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="page()?.items ?? []" matSort [matSortActive]="state().sort.split(' ')[0]" [matSortDirection]="$any(state().sort.split(' ')[1])" (matSortChange)="sort($event)" matSortDisableClear>
        <ng-container matColumnDef="userName"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'users.userName' | translate }}</th><td mat-cell *matCellDef="let u">{{ u.userName }}</td></ng-container>
        <ng-container matColumnDef="displayName"><th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'users.displayName' | translate }}</th><td mat-cell *matCellDef="let u">{{ u.displayName }}</td></ng-container>
        <ng-container matColumnDef="roles"><th mat-header-cell *matHeaderCellDef>{{ 'users.roles' | translate }}</th><td mat-cell *matCellDef="let u">{{ u.roles.join(', ') }}</td></ng-container>
        <ng-container matColumnDef="state"><th mat-header-cell *matHeaderCellDef>{{ 'users.state' | translate }}</th>
          <td mat-cell *matCellDef="let u">{{ (u.isActive ? 'users.active' : 'users.inactive') | translate }}{{ u.isLockedOut ? ' · ' + ('users.locked' | translate) : '' }}{{ u.mustChangePassword ? ' · ' + ('users.mustChange' | translate) : '' }}</td></ng-container>
        <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'common.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let u">
            @if (auth.has(Permissions.Identity.Users.Manage)) { <button mat-icon-button (click)="edit(u)" [attr.aria-label]="('common.edit' | translate) + ' ' + u.userName"><mat-icon>edit</mat-icon></button> }
            @if (auth.has(Permissions.Identity.Users.ResetPassword)) { <button mat-icon-button (click)="reset(u)" [attr.aria-label]="('users.resetPassword' | translate) + ' ' + u.userName"><mat-icon>lock_reset</mat-icon></button> }
          </td></ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
    <mat-paginator [length]="page()?.totalCount ?? 0" [pageIndex]="state().page" [pageSize]="state().size" [pageSizeOptions]="pageSizes" (page)="paginate($event)" />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; } h1 { font-size: 22px; }
    .filter { width: 100%; max-width: 360px; } .table-wrap { overflow-x: auto; } table { width: 100%; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class UsersPage {
  protected readonly Permissions = Permissions;
  protected readonly auth = inject(AuthService);
  private readonly api = inject(Api);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  protected readonly columns = ['userName', 'displayName', 'roles', 'state', 'actions'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly problem = signal<Problem | null>(null);
  private readonly reload$ = new BehaviorSubject(0);
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS))), { requireSync: true });
  protected readonly filter = new FormControl(this.state().filter, { nonNullable: true });
  protected readonly page = toSignal(
    combineLatest([this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS))), this.reload$]).pipe(
      switchMap(([s]) =>
        from(this.api.invoke(listUsers, { Filter: s.filter || undefined, SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort })).pipe(
          catchError((e) => { this.problem.set(toProblem(e)); return of(null); }),
        ),
      ),
    ),
  );

  constructor() {
    this.filter.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((f) => this.go({ filter: f.trim(), page: 0 }, true));
  }

  go(change: Partial<TableState>, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(change, DEFAULTS), queryParamsHandling: 'merge', replaceUrl });
  }

  sort(e: Sort): void {
    this.go({ sort: `${e.active} ${e.direction || 'asc'}`, page: 0 });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageIndex, size: e.pageSize });
  }

  edit(user: UserDto | null): void {
    this.dialog.open(UserDialogComponent, { data: user }).afterClosed().subscribe((r?: OneTimePasswordDto | true) => {
      if (!r) return;
      if (r !== true) this.showPassword(r);
      this.reload$.next(this.reload$.value + 1);
    });
  }

  async reset(user: UserDto): Promise<void> {
    this.problem.set(null);
    try {
      this.showPassword(await this.api.invoke(resetUserPassword, { id: user.id }));
      this.reload$.next(this.reload$.value + 1);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  private showPassword(p: OneTimePasswordDto): void {
    this.dialog.open(SecretDialogComponent, {
      data: { title: 'users.oneTimePassword', lines: [{ label: 'users.userName', value: p.userName }, { label: 'users.oneTimePassword', value: p.password }] },
    });
  }
}
