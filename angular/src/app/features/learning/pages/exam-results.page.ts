import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getExam } from '../../../proxy/fn/exams/get-exam';
import { listAttempts } from '../../../proxy/fn/exams/list-attempts';
import { getStaff } from '../../../proxy/fn/staff/get-staff';
import { AttemptSummaryDto, ExamDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';

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
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="attempt-table">
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
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .pass { color: #1b5e20; } .fail { color: #b3261e; } @media (max-width: 599px) { .wide { display: none; } }
  `,
})
export class ExamResultsPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly columns = ['staff', 'unit', 'number', 'startedAt', 'status', 'score', 'passed'];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly time = formatBeijing;
  protected readonly exam = signal<ExamDto | null>(null);
  /** Staff names of the rows shown, looked up once per person. */
  protected readonly names = signal<Partial<Record<string, string>>>({});
  protected readonly table = new ServerTable<AttemptSummaryDto>(DEFAULTS, [], async (s) => {
    const page = await this.api.invoke(listAttempts, { ExamId: this.id(), SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort });
    void this.lookUpNames(page.items.map((a) => a.staffId));
    return page;
  });

  async ngOnInit(): Promise<void> {
    void this.org.load();
    try {
      this.exam.set(await this.api.invoke(getExam, { id: this.id() }));
    } catch (e) {
      this.table.problem.set(toProblem(e));
    }
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
