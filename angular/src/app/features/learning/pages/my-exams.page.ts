import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listMyExams } from '../../../proxy/fn/exams/list-my-exams';
import { startAttempt } from '../../../proxy/fn/exams/start-attempt';
import { MyExamDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ConfirmDialogComponent, ConfirmDialogData } from '../components/confirm-dialog.component';

@Component({
  selector: 'app-my-exams-page',
  imports: [DatePipe, TranslatePipe, ProblemAlertComponent, MatTableModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.myExams' | translate }}</h1>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="exams()" data-testid="my-exams">
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.name' | translate }}</th>
          <td mat-cell *matCellDef="let e">{{ e.title }} @if (e.isPreJob) { <span class="tag">{{ 'myLearning.exams.preJob' | translate }}</span> }</td>
        </ng-container>
        <ng-container matColumnDef="window">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'myLearning.exams.window' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="wide nowrap">{{ e.opensAt | date: 'yyyy-MM-dd HH:mm' }}<br />{{ e.closesAt | date: 'yyyy-MM-dd HH:mm' }}</td>
        </ng-container>
        <ng-container matColumnDef="timeLimit">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'myLearning.exams.timeLimit' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="wide nowrap">{{ 'myLearning.exams.minutes' | translate: { n: e.timeLimitMinutes } }}</td>
        </ng-container>
        <ng-container matColumnDef="attempts">
          <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.attempts' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="nowrap">{{ 'myLearning.exams.used' | translate: { used: e.attemptsUsed, max: e.maxAttempts } }}</td>
        </ng-container>
        <ng-container matColumnDef="score">
          <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.score' | translate }}</th>
          <td mat-cell *matCellDef="let e" class="nowrap" data-testid="exam-score">
            {{ e.countedScore === null ? '—' : e.countedScore + ' / ' + e.maxScore }}
            @if (e.passed !== null) {
              <span class="state" [class.pass]="e.passed" [class.fail]="!e.passed">{{ (e.passed ? 'myLearning.exams.passed' : 'myLearning.exams.failed') | translate }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="action">
          <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'common.actions' | translate }}</span></th>
          <td mat-cell *matCellDef="let e" class="nowrap">
            @if (e.inProgressAttemptId) {
              <button mat-flat-button (click)="resume(e)" data-testid="exam-continue"><mat-icon>play_arrow</mat-icon>{{ 'myLearning.exams.continue' | translate }}</button>
            } @else if (e.canStart) {
              <button mat-flat-button (click)="start(e)" [disabled]="busy()" data-testid="exam-start"><mat-icon>edit_note</mat-icon>{{ 'myLearning.exams.start' | translate }}</button>
            } @else {
              <span class="muted">{{ unavailable(e) | translate }}</span>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [attr.data-exam]="row.title"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ (loaded() ? 'myLearning.exams.empty' : 'common.empty') | translate }}</td></tr>
      </table>
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .nowrap { white-space: nowrap; } .muted { color: #555; font-size: 13px; }
    .tag { font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #e3edfb; color: #0b4f9c; margin-left: 4px; white-space: nowrap; }
    .state { font-size: 12px; padding: 1px 6px; border-radius: 10px; margin-left: 4px; }
    .pass { background: #e8f5e9; color: #1b5e20; } .fail { background: #fdecea; color: #8c1d18; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 599px) { .wide { display: none; } }
  `,
})
export class MyExamsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly columns = ['title', 'window', 'timeLimit', 'attempts', 'score', 'action'];
  protected readonly exams = signal<MyExamDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  /** Why an exam cannot be started now. */
  protected unavailable(e: MyExamDto): string {
    const now = Date.now();
    if (now < Date.parse(e.opensAt)) return 'myLearning.exams.notOpenYet';
    if (now >= Date.parse(e.closesAt)) return 'myLearning.exams.closed';
    return 'myLearning.exams.noAttempts';
  }

  resume(e: MyExamDto): void {
    void this.router.navigate(['/my-learning/attempts', e.inProgressAttemptId]);
  }

  async start(e: MyExamDto): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'myLearning.exams.startTitle', message: 'myLearning.exams.startText', params: { n: e.timeLimitMinutes }, confirm: 'myLearning.exams.start',
    };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()))) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const attempt = await this.api.invoke(startAttempt, { id: e.examId });
      await this.router.navigate(['/my-learning/attempts', attempt.id]);
    } catch (err) {
      this.problem.set(toProblem(err));
      await this.load();
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.exams.set(await this.api.invoke(listMyExams));
      this.loaded.set(true);
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.loading.set(false);
    }
  }
}
