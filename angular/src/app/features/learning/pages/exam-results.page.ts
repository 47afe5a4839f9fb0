import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, distinctUntilChanged, from, map, of, switchMap, tap } from 'rxjs';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getExam } from '../../../proxy/fn/exams/get-exam';
import { listAttempts } from '../../../proxy/fn/exams/list-attempts';
import { getStaff } from '../../../proxy/fn/staff/get-staff';
import { ExamDto, PagedResultOfAttemptSummaryDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { PAGE_SIZES, TableState, readTableState, toQueryParams } from '../../../shared/url-state';

const DEFAULTS = { sort: 'startedAt desc', size: 20 };

/** The attempts of one exam within the caller's scope (the server filters by the unit at the time). */
@Component({
  selector: 'app-exam-results-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/learning/exams"><mat-icon>arrow_back</mat-icon>{{ 'learning.exam.back' | translate }}</a>
    <h1>{{ 'learning.exam.results' | translate }}@if (exam(); as e) { · {{ e.title }} }</h1>
    @if (exam(); as e) {
      <p>{{ 'learning.exam.window' | translate }}：{{ time(e.opensAt) }} – {{ time(e.closesAt) }}（{{ 'learning.exam.beijing' | translate }}） ·
        {{ 'learning.exam.maxScore' | translate }} {{ e.maxScore }} · {{ 'learning.exam.passPercent' | translate }} {{ e.passPercent }}</p>
    }
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="page()?.items ?? []" matSort [matSortActive]="sortField()" [matSortDirection]="sortDir()"
             (matSortChange)="sort($event)" matSortDisableClear data-testid="attempt-table">
        <ng-container matColumnDef="staff">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.attempt.staff' | translate }}</th>
          <td mat-cell *matCellDef="let a"><a [routerLink]="['/organization/staff', a.staffId]">{{ names()[a.staffId] ?? '…' }}</a></td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'staff.unit' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ a.unitId ? (org.unitNames().get(a.unitId) ?? '—') : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.attempt.number' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ a.number }}</td>
        </ng-container>
        <ng-container matColumnDef="startedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'learning.attempt.startedAt' | translate }}</th>
          <td mat-cell *matCellDef="let a" class="wide">{{ time(a.startedAt) }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.attempt.status' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ 'enums.AttemptStatus.' + a.status | translate }}</td>
        </ng-container>
        <ng-container matColumnDef="score">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'learning.attempt.score' | translate }}</th>
          <td mat-cell *matCellDef="let a">{{ a.score === null ? '—' : a.score + ' / ' + a.maxScore }}</td>
        </ng-container>
        <ng-container matColumnDef="passed">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.attempt.passed' | translate }}</th>
          <td mat-cell *matCellDef="let a" [class.pass]="a.passed" [class.fail]="a.passed === false">
            {{ (a.passed === null ? 'learning.attempt.pending' : a.passed ? 'learning.attempt.pass' : 'learning.attempt.fail') | translate }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'learning.attempt.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="page()?.totalCount ?? 0" [pageIndex]="state().page" [pageSize]="state().size" [pageSizeOptions]="pageSizes"
                   (page)="paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .pass { color: #1b5e20; } .fail { color: #b3261e; } @media (max-width: 599px) { .wide { display: none; } }
  `,
})
export class ExamResultsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly columns = ['staff', 'unit', 'number', 'startedAt', 'status', 'score', 'passed'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly time = formatBeijing;
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly exam = signal<ExamDto | null>(null);
  /** Staff names of the rows shown, looked up once per person. */
  protected readonly names = signal<Partial<Record<string, string>>>({});
  protected readonly state = toSignal(this.route.queryParamMap.pipe(map((q) => readTableState(q, DEFAULTS))), { requireSync: true });
  protected readonly sortField = computed(() => this.state().sort.split(' ')[0]);
  protected readonly sortDir = computed(() => this.state().sort.split(' ')[1] as 'asc' | 'desc');

  protected readonly page = toSignal(
    this.route.queryParamMap.pipe(
      map((q) => readTableState(q, DEFAULTS)),
      distinctUntilChanged((a, b) => JSON.stringify(a) === JSON.stringify(b)),
      tap(() => { this.loading.set(true); this.problem.set(null); }),
      switchMap((s) => from(this.api.invoke(listAttempts, {
        ExamId: this.id(), SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort,
      })).pipe(tap((p) => void this.lookUpNames(p.items.map((a) => a.staffId))), catchError((e) => { this.problem.set(toProblem(e)); return of(null); }))),
      tap(() => this.loading.set(false)),
    ),
    { initialValue: null as PagedResultOfAttemptSummaryDto | null },
  );

  async ngOnInit(): Promise<void> {
    void this.org.load();
    try {
      this.exam.set(await this.api.invoke(getExam, { id: this.id() }));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  go(change: Partial<TableState>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(change, DEFAULTS), queryParamsHandling: 'merge' });
  }

  sort(e: Sort): void {
    this.go({ sort: `${e.active} ${e.direction || 'desc'}`, page: 0 });
  }

  paginate(e: PageEvent): void {
    this.go({ page: e.pageSize !== this.state().size ? 0 : e.pageIndex, size: e.pageSize });
  }

  private async lookUpNames(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !(id in this.names()));
    const found = await Promise.all(missing.map(async (id) => {
      try {
        const s = await this.api.invoke(getStaff, { id });
        return [id, `${s.staffNumber} ${s.name}`] as const;
      } catch {
        return [id, '—'] as const;
      }
    }));
    this.names.update((n) => ({ ...n, ...Object.fromEntries(found) }));
  }
}
