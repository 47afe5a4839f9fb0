import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, map } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listMyExams } from '../../../proxy/fn/exams/list-my-exams';
import { startAttempt } from '../../../proxy/fn/exams/start-attempt';
import { MyExamDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';

const PHONE = '(max-width: 599px)';

@Component({
  selector: 'app-my-exams-page',
  imports: [DatePipe, NgTemplateOutlet, TranslatePipe, ProblemAlertComponent, MatTableModule, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.myExams' | translate }}</h1>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (narrow()) {
      <!-- On a phone, one card per exam (as my courses): a table would be wider than the screen. -->
      @if (loaded() && exams().length === 0) { <p class="empty">{{ 'myLearning.exams.empty' | translate }}</p> }
      <div class="cards" data-testid="my-exams">
        @for (e of exams(); track e.examId) {
          <mat-card appearance="outlined" data-testid="my-exam" [attr.data-exam]="e.title">
            <mat-card-header>
              <mat-card-title>{{ e.title }}</mat-card-title>
              @if (e.isPreJob) { <mat-card-subtitle><span class="tag">{{ 'myLearning.exams.preJob' | translate }}</span></mat-card-subtitle> }
            </mat-card-header>
            <mat-card-content>
              <dl>
                <div class="full"><dt>{{ 'myLearning.exams.window' | translate }}</dt>
                  <dd>{{ e.opensAt | date: 'yyyy-MM-dd HH:mm' }} – {{ e.closesAt | date: 'yyyy-MM-dd HH:mm' }}</dd></div>
                <div><dt>{{ 'myLearning.exams.timeLimit' | translate }}</dt><dd>{{ 'myLearning.exams.minutes' | translate: { n: e.timeLimitMinutes } }}</dd></div>
                <div><dt>{{ 'myLearning.exams.attempts' | translate }}</dt><dd>{{ 'myLearning.exams.used' | translate: { used: e.attemptsUsed, max: e.maxAttempts } }}</dd></div>
                <div class="full"><dt>{{ 'myLearning.exams.score' | translate }}</dt>
                  <dd data-testid="exam-score"><ng-container *ngTemplateOutlet="score; context: { $implicit: e }" /></dd></div>
              </dl>
            </mat-card-content>
            <mat-card-actions><ng-container *ngTemplateOutlet="action; context: { $implicit: e }" /></mat-card-actions>
          </mat-card>
        }
      </div>
    } @else {
      <div class="table-wrap">
        <table mat-table [dataSource]="exams()" data-testid="my-exams">
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.name' | translate }}</th>
            <td mat-cell *matCellDef="let e">{{ e.title }} @if (e.isPreJob) { <span class="tag">{{ 'myLearning.exams.preJob' | translate }}</span> }</td>
          </ng-container>
          <ng-container matColumnDef="window">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.window' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="nowrap">{{ e.opensAt | date: 'yyyy-MM-dd HH:mm' }}<br />{{ e.closesAt | date: 'yyyy-MM-dd HH:mm' }}</td>
          </ng-container>
          <ng-container matColumnDef="timeLimit">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.timeLimit' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="nowrap">{{ 'myLearning.exams.minutes' | translate: { n: e.timeLimitMinutes } }}</td>
          </ng-container>
          <ng-container matColumnDef="attempts">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.attempts' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="nowrap">{{ 'myLearning.exams.used' | translate: { used: e.attemptsUsed, max: e.maxAttempts } }}</td>
          </ng-container>
          <ng-container matColumnDef="score">
            <th mat-header-cell *matHeaderCellDef>{{ 'myLearning.exams.score' | translate }}</th>
            <td mat-cell *matCellDef="let e" class="nowrap" data-testid="exam-score"><ng-container *ngTemplateOutlet="score; context: { $implicit: e }" /></td>
          </ng-container>
          <ng-container matColumnDef="action">
            <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'common.actions' | translate }}</span></th>
            <td mat-cell *matCellDef="let e" class="nowrap"><ng-container *ngTemplateOutlet="action; context: { $implicit: e }" /></td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-exam]="row.title"></tr>
          <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ (loaded() ? 'myLearning.exams.empty' : 'common.empty') | translate }}</td></tr>
        </table>
      </div>
    }

    <ng-template #score let-e>
      {{ e.countedScore === null ? '—' : e.countedScore + ' / ' + e.maxScore }}
      @if (e.passed !== null) {
        <span class="state" [class.pass]="e.passed" [class.fail]="!e.passed">{{ (e.passed ? 'myLearning.exams.passed' : 'myLearning.exams.failed') | translate }}</span>
      }
    </ng-template>
    <ng-template #action let-e>
      @if (e.inProgressAttemptId) {
        <button mat-flat-button (click)="resume(e)" data-testid="exam-continue"><mat-icon>play_arrow</mat-icon>{{ 'myLearning.exams.continue' | translate }}</button>
      } @else if (e.canStart) {
        <button mat-flat-button (click)="start(e)" [disabled]="busy()" data-testid="exam-start"><mat-icon>edit_note</mat-icon>{{ 'myLearning.exams.start' | translate }}</button>
      } @else {
        <span class="muted">{{ unavailable(e) | translate }}</span>
      }
    </ng-template>
  `,
  styles: `
    h1 { font-size: 22px; } .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .nowrap { white-space: nowrap; } .muted { color: #555; font-size: 13px; }
    .tag { font-size: 12px; padding: 1px 6px; border-radius: 10px; background: #e3edfb; color: #0b4f9c; margin-left: 4px; white-space: nowrap; }
    .state { font-size: 12px; padding: 1px 6px; border-radius: 10px; margin-left: 4px; }
    .pass { background: #e8f5e9; color: #1b5e20; } .fail { background: #fdecea; color: #8c1d18; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .cards { display: grid; grid-template-columns: 1fr; gap: 12px; }
    mat-card-content { padding-top: 8px; }
    mat-card-subtitle .tag { margin-left: 0; }
    dl { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 16px; margin: 0; }
    dl .full { grid-column: 1 / -1; }
    dt { font-size: 12px; color: #555; } dd { margin: 0; overflow-wrap: anywhere; }
    mat-card-actions { padding: 0 16px 16px; }
  `,
})
export class MyExamsPage implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly columns = ['title', 'window', 'timeLimit', 'attempts', 'score', 'action'];
  private readonly breakpoints = inject(BreakpointObserver);
  /** A phone's width: cards instead of the table. */
  protected readonly narrow = toSignal(this.breakpoints.observe(PHONE).pipe(map((r) => r.matches)), { initialValue: this.breakpoints.isMatched(PHONE) });
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
