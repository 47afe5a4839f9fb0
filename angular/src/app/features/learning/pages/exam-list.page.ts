import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listCourses } from '../../../proxy/fn/courses/list-courses';
import { listExams } from '../../../proxy/fn/exams/list-exams';
import { ExamDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-exam-list-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'nav.exams' | translate }}</h1>
      <a mat-flat-button routerLink="new" data-testid="create-exam"><mat-icon>add</mat-icon>{{ 'learning.exam.create' | translate }}</a>
    </div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="exams()" data-testid="exam-table">
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.exam.title' | translate }}</th>
          <td mat-cell *matCellDef="let e"><a [routerLink]="[e.id]">{{ e.title }}</a>@if (e.isPreJob) { <span class="tag">{{ 'enums.CourseKind.PreJob' | translate }}</span> }</td>
        </ng-container>
        <ng-container matColumnDef="course">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.exam.course' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="wide">{{ e.courseId ? (courseNames().get(e.courseId) ?? '—') : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="owner">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.owner.label' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="wide" data-testid="exam-owner">{{ e.ownerHallId ? (org.hallNames().get(e.ownerHallId) ?? '—') : ('learning.owner.city' | translate) }}</td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef>{{ 'learning.exam.window' | translate }}（{{ 'learning.exam.beijing' | translate }}）</th>
          <td mat-cell *matCellDef="let e">{{ time(e.opensAt) }} – {{ time(e.closesAt) }}</td>
        </ng-container>
        <ng-container matColumnDef="paper">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'learning.exam.paperMode' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="wide">{{ 'enums.PaperMode.' + e.paperMode | translate }} · {{ e.questionCount }} / {{ e.maxScore }}</td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let e">
            <a mat-icon-button [routerLink]="[e.id]" [attr.aria-label]="('common.edit' | translate) + ' ' + e.title"><mat-icon>edit</mat-icon></a>
            @if (canSeeResults) { <a mat-icon-button [routerLink]="[e.id, 'results']" [attr.aria-label]="('learning.exam.results' | translate) + ' ' + e.title"><mat-icon>leaderboard</mat-icon></a> }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .tag { margin-left: 8px; padding: 0 6px; border-radius: 4px; background: #e8f0fe; font-size: 12px; }
    @media (max-width: 599px) { .wide { display: none; } }
  `,
})
export class ExamListPage implements OnInit {
  private readonly api = inject(Api);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly canSeeResults = inject(AuthService).has(Permissions.Learning.Exams.Results);
  protected readonly columns = ['title', 'course', 'owner', 'window', 'paper', 'actions'];
  protected readonly exams = signal<ExamDto[]>([]);
  protected readonly courseNames = signal(new Map<string, string>());
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly time = formatBeijing;

  async ngOnInit(): Promise<void> {
    void this.org.load();
    try {
      const [exams, courses] = await Promise.all([this.api.invoke(listExams), this.api.invoke(listCourses, { MaxResultCount: 1000 })]);
      this.exams.set(exams);
      this.courseNames.set(new Map(courses.items.map((c) => [c.id, `${c.code} ${c.title}`])));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
