import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Api } from '../../../proxy/api';
import { listCourses } from '../../../proxy/fn/courses/list-courses';
import { CourseKind, CourseListItemDto } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { COURSE_KINDS } from '../components/course-form';

const DEFAULTS = { sort: 'code asc', size: 20 };
const EXTRA = ['kind', 'published'];

@Component({
  selector: 'app-course-list-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule,
    MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'nav.courses' | translate }}</h1>
      <a mat-flat-button routerLink="new" data-testid="create-course"><mat-icon>add</mat-icon>{{ 'learning.course.create' | translate }}</a>
    </div>
    <div class="filters" role="search">
      <mat-form-field class="grow">
        <mat-label>{{ 'learning.course.filter' | translate }}</mat-label>
        <input matInput [formControl]="filter" data-testid="course-filter" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'learning.course.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })" data-testid="course-kind-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'enums.CourseKind.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'learning.course.published' | translate }}</mat-label>
        <mat-select [value]="table.state()['published']" (selectionChange)="table.go({ published: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          <mat-option value="true">{{ 'learning.course.published' | translate }}</mat-option>
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="course-table">
        <ng-container matColumnDef="code">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.course.code' | translate }}</th>
          <td mat-cell *matCellDef="let c"><a [routerLink]="[c.id]">{{ c.code }}</a></td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.course.title' | translate }}</th>
          <td mat-cell *matCellDef="let c"><a [routerLink]="[c.id]">{{ c.title }}</a>@if (c.isRequired) { <span class="tag">{{ 'learning.course.required' | translate }}</span> }</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'learning.course.kind' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ 'enums.CourseKind.' + c.kind | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="owner">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.owner.label' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide" data-testid="course-owner">{{ c.ownerHallId ? (org.hallNames().get(c.ownerHallId) ?? '—') : ('learning.owner.city' | translate) }}</td>
        </ng-container>
        <ng-container matColumnDef="creditHours">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'learning.course.creditHours' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ c.creditHours }}</td>
        </ng-container>
        <ng-container matColumnDef="lessons">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.course.lessons' | translate }}</th>
          <td mat-cell *matCellDef="let c" class="wide">{{ c.lessonCount }}（{{ c.totalMinutes }} {{ 'learning.course.minutes' | translate }}）</td>
        </ng-container>
        <ng-container matColumnDef="enrolled">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.course.enrolled' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.enrolledCount }}</td>
        </ng-container>
        <ng-container matColumnDef="isPublished">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.course.published' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ (c.isPublished ? 'learning.course.published' : 'learning.course.draft') | translate }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 180px; } .filters .grow { flex: 1; min-width: 200px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .tag { margin-left: 8px; padding: 0 6px; border-radius: 4px; background: #fff3e0; font-size: 12px; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class CourseListPage {
  private readonly api = inject(Api);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly columns = ['code', 'title', 'kind', 'owner', 'creditHours', 'lessons', 'enrolled', 'isPublished'];
  protected readonly kinds = COURSE_KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly table = new ServerTable<CourseListItemDto>(DEFAULTS, EXTRA, (s) => this.api.invoke(listCourses, {
    Filter: s.filter || undefined,
    Kind: (s['kind'] as CourseKind) || undefined,
    PublishedOnly: s['published'] === 'true' || undefined,
    SkipCount: s.page * s.size,
    MaxResultCount: s.size,
    Sorting: s.sort,
  }));
  protected readonly filter = new FormControl(this.table.state().filter, { nonNullable: true });

  constructor() {
    void this.org.load();
    this.filter.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), takeUntilDestroyed()).subscribe((filter) =>
      this.table.go({ filter: filter.trim(), page: 0 }, true));
  }
}
