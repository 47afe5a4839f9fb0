import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getMyAttempt } from '../../../proxy/fn/exams/get-my-attempt';
import { saveAnswers } from '../../../proxy/fn/exams/save-answers';
import { submitAttempt } from '../../../proxy/fn/exams/submit-attempt';
import { AttemptDto, AttemptResultDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { AttemptResultComponent } from '../components/attempt-result.component';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';
import { ExamQuestionComponent } from '../components/exam-question.component';
import { AnswerSaver, SaveStatus } from '../exam/answer-saver';
import { Answers, fromServer, isAnswered, unansweredCount } from '../exam/answers';
import { clockOffset, crossedMark, formatRemaining, isWarning, remainingMs } from '../exam/countdown';

/** How long a hand-in waits for a save still on its way (the hand-in carries every answer anyway). */
const FLUSH_WAIT_MS = 3000;
/** When an automatic hand-in at zero cannot reach the server, it tries again this often. */
const SUBMIT_RETRY_MS = 5000;

@Component({
  selector: 'app-attempt-page',
  imports: [DatePipe, TranslatePipe, ProblemAlertComponent, ExamQuestionComponent, AttemptResultComponent,
    MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
  template: `
    <div class="visually-hidden" aria-live="polite" data-testid="announcer">{{ announcement() }}</div>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (attempt(); as a) {
      @if (a.status === 'InProgress') {
        <header class="bar" data-testid="exam-bar">
          <div class="title">
            <h1>{{ a.examTitle }}</h1>
            <p class="sub">{{ 'myLearning.exam.summary' | translate: { number: a.number, count: a.questions.length, max: a.maxScore } }}</p>
          </div>
          <div class="timer" role="timer" [class.warn]="warning()" [attr.aria-label]="('myLearning.exam.remaining' | translate) + ' ' + remainingText()"
               data-testid="countdown">
            <mat-icon aria-hidden="true">timer</mat-icon><span aria-hidden="true">{{ remainingText() }}</span>
          </div>
          <div class="save" [attr.data-status]="saver.status()" data-testid="save-status">
            <mat-icon aria-hidden="true">{{ statusIcon[saver.status()] }}</mat-icon>
            <span>{{ 'myLearning.exam.status.' + saver.status() | translate: { time: (saver.savedAt() | date: 'HH:mm:ss') } }}</span>
          </div>
          <button mat-flat-button (click)="confirmSubmit()" [disabled]="submitting()" data-testid="submit">
            <mat-icon>send</mat-icon>{{ (submitting() ? 'myLearning.exam.submitting' : 'myLearning.exam.submit') | translate }}
          </button>
        </header>
        <div class="layout">
          <aside class="sheet">
            <h2 id="sheet-title">{{ 'myLearning.exam.navigator' | translate }}</h2>
            <p class="counts">
              <span class="dot answered"></span>{{ 'myLearning.exam.answered' | translate: { n: answeredCount() } }}
              <span class="dot"></span>{{ 'myLearning.exam.unanswered' | translate: { n: a.questions.length - answeredCount() } }}
            </p>
            <nav class="cells" aria-labelledby="sheet-title" data-testid="navigator">
              @for (q of a.questions; track q.index) {
                <button type="button" class="cell" [class.answered]="answered(q.index)" [class.current]="q.index === currentIndex()"
                        [attr.aria-current]="q.index === currentIndex() ? 'step' : null" (click)="goTo(q.index)"
                        [attr.aria-label]="'myLearning.exam.goTo' | translate: { n: q.index + 1, state: ((answered(q.index) ? 'myLearning.exam.stateAnswered' : 'myLearning.exam.stateUnanswered') | translate) }">
                  {{ q.index + 1 }}</button>
              }
            </nav>
            <mat-button-toggle-group class="mode" [value]="mode()" (change)="mode.set($event.value)" [attr.aria-label]="'myLearning.exam.mode' | translate"
                                     hideSingleSelectionIndicator>
              <mat-button-toggle value="one" data-testid="mode-one">{{ 'myLearning.exam.modeOne' | translate }}</mat-button-toggle>
              <mat-button-toggle value="all" data-testid="mode-all">{{ 'myLearning.exam.modeAll' | translate }}</mat-button-toggle>
            </mat-button-toggle-group>
          </aside>
          <section class="questions">
            @for (q of shown(); track q.index) {
              <app-exam-question [id]="'q-' + q.index" [question]="q" [response]="answers()[q.index] || ''" [disabled]="submitting()"
                                 (answer)="answer(q.index, $event)" />
            }
            @if (mode() === 'one') {
              <div class="steps">
                <button mat-stroked-button (click)="goTo(currentIndex() - 1)" [disabled]="currentIndex() === 0" data-testid="previous-question">
                  <mat-icon>chevron_left</mat-icon>{{ 'myLearning.exam.previous' | translate }}</button>
                <button mat-stroked-button (click)="goTo(currentIndex() + 1)" [disabled]="currentIndex() >= a.questions.length - 1" data-testid="next-question">
                  {{ 'myLearning.exam.next' | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon></button>
              </div>
            }
          </section>
        </div>
      } @else {
        <h1>{{ a.examTitle }}</h1>
        <app-attempt-result [attempt]="a" />
      }
    }
  `,
  styles: `
    .bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; padding: 10px 16px;
           margin: -16px -16px 16px; background: #f5f8fc; border-bottom: 1px solid #dde3ea; }
    .title { flex: 1 1 260px; min-width: 0; } h1 { font-size: 20px; margin: 0; } .sub { margin: 2px 0 0; font-size: 13px; color: #555; }
    .timer { display: inline-flex; align-items: center; gap: 6px; font-size: 22px; font-variant-numeric: tabular-nums; font-weight: 500;
             padding: 4px 12px; border-radius: 6px; background: #e3edfb; color: #0b4f9c; }
    .timer.warn { background: #fdecea; color: #b3261e; }
    .save { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; color: #444; min-width: 9em; }
    .save mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .save[data-status='saved'] { color: #1b5e20; } .save[data-status='retrying'] { color: #b3261e; }
    .layout { display: grid; grid-template-columns: 220px 1fr; gap: 20px; align-items: start; }
    .sheet { position: sticky; top: 96px; border: 1px solid #dde3ea; border-radius: 8px; padding: 12px; background: #fff; }
    .sheet h2 { font-size: 15px; margin: 0 0 4px; } .counts { font-size: 12px; color: #444; display: flex; align-items: center; gap: 4px; margin: 0 0 8px; }
    .dot { display: inline-block; width: 10px; height: 10px; border-radius: 2px; border: 1px solid #8a96a3; margin-left: 6px; }
    .dot.answered { background: #0b57d0; border-color: #0b57d0; margin-left: 0; }
    .cells { display: grid; grid-template-columns: repeat(auto-fill, minmax(36px, 1fr)); gap: 6px; }
    .cell { height: 36px; border: 1px solid #8a96a3; border-radius: 4px; background: #fff; color: #222; font: inherit; cursor: pointer; }
    .cell.answered { background: #0b57d0; border-color: #0b57d0; color: #fff; }
    .cell.current { outline: 2px solid #f29900; outline-offset: 1px; }
    .cell:focus-visible { outline: 3px solid #000; }
    .mode { margin-top: 12px; width: 100%; } .mode mat-button-toggle { flex: 1; }
    .questions { display: flex; flex-direction: column; gap: 16px; min-width: 0; }
    .questions app-exam-question { scroll-margin-top: 110px; }
    .steps { display: flex; justify-content: space-between; gap: 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 799px) {
      .layout { grid-template-columns: 1fr; } .sheet { position: static; }
      .bar { margin: -8px -8px 12px; padding: 8px; gap: 6px 12px; } .title { flex-basis: 100%; } .timer { font-size: 20px; }
      .bar button { margin-left: auto; }
    }
  `,
})
export class AttemptPage {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  protected readonly attempt = signal<AttemptDto | null>(null);
  protected readonly answers = signal<Answers>({});
  protected readonly loading = signal(false);
  protected readonly submitting = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly announcement = signal('');
  protected readonly mode = signal<'one' | 'all'>('one');
  protected readonly currentIndex = signal(0);
  protected readonly statusIcon: Record<SaveStatus, string> = { idle: 'cloud_queue', saving: 'cloud_upload', saved: 'cloud_done', retrying: 'cloud_off' };

  private readonly offset = signal(0);
  private readonly deadline = signal<string | null>(null);
  private readonly now = signal(Date.now());
  private readonly remaining = computed(() => { const d = this.deadline(); return d ? remainingMs(d, this.offset(), this.now()) : 0; });
  protected readonly remainingText = computed(() => formatRemaining(this.remaining()));
  protected readonly warning = computed(() => isWarning(this.remaining()));
  protected readonly answeredCount = computed(() => Object.values(this.answers()).filter(isAnswered).length);
  protected readonly shown = computed(() => {
    const questions = this.attempt()?.questions ?? [];
    return this.mode() === 'all' ? questions : questions.filter((q) => q.index === this.currentIndex());
  });

  protected readonly saver = new AnswerSaver({
    save: (answers) => this.api.invoke(saveAnswers, { id: this.id(), body: { answers } }),
    onSaved: (ack) => this.sync(ack.serverNow, ack.deadline),
    onRefused: (p) => void this.closedOnServer(p),
  });
  private ticker?: ReturnType<typeof setInterval>;
  private destroyed = false;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    let previous: SaveStatus = 'idle';
    effect(() => {
      const status = this.saver.status();
      untracked(() => {
        if (status === 'retrying' && previous !== 'retrying') this.announce('myLearning.exam.announce.saveFailed');
        if (status === 'saved' && previous === 'retrying') this.announce('myLearning.exam.announce.saveRecovered');
        previous = status;
      });
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopTicking();
      void this.saver.flush().finally(() => this.saver.stop());
    });
  }

  protected answered(index: number): boolean {
    return isAnswered(this.answers()[index]);
  }

  answer(index: number, response: string): void {
    this.answers.update((a) => ({ ...a, [index]: response }));
    this.saver.change(index, response);
  }

  goTo(index: number): void {
    const count = this.attempt()?.questions.length ?? 0;
    if (index < 0 || index >= count) return;
    this.currentIndex.set(index);
    if (this.mode() === 'all') document.getElementById(`q-${index}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  async confirmSubmit(): Promise<void> {
    const a = this.attempt();
    if (!a) return;
    const n = unansweredCount(a.questions, this.answers());
    const data: ConfirmDialogData = {
      title: 'myLearning.exam.submitTitle', message: n ? 'myLearning.exam.submitText' : 'myLearning.exam.submitTextAll',
      params: { n, total: a.questions.length }, confirm: 'myLearning.exam.submit',
    };
    if (await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed())) await this.submit(false);
  }

  /** Hands in with every answer; at zero it runs by itself and keeps trying while the server cannot be reached. */
  async submit(auto: boolean): Promise<void> {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.problem.set(null);
    if (auto) this.announce('myLearning.exam.announce.timeUp');
    await Promise.race([this.saver.flush(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
    try {
      this.handedIn(await this.api.invoke(submitAttempt, { id: this.id(), body: { answers: this.answers() } }));
    } catch (e) {
      const p = toProblem(e);
      this.problem.set(p);
      if (p.status === 409) {
        await this.reload(); // past the deadline or handed in elsewhere: the server has graded it
      } else {
        this.submitting.set(false);
        if (auto && !this.destroyed) setTimeout(() => void this.submit(true), SUBMIT_RETRY_MS);
      }
    }
  }

  beforeUnload(event: BeforeUnloadEvent): void {
    if (this.attempt()?.status === 'InProgress' && this.saver.hasPending) {
      event.preventDefault();
      event.returnValue = this.translate.instant('myLearning.exam.unsaved');
    }
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const a = await this.api.invoke(getMyAttempt, { id });
      this.answers.set(fromServer(a.answers));
      this.sync(a.serverNow, a.deadline);
      this.show(a);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  private async reload(): Promise<void> {
    try {
      this.finish(await this.api.invoke(getMyAttempt, { id: this.id() }));
    } catch (e) {
      this.problem.set(toProblem(e));
      this.submitting.set(false);
    }
  }

  /** The server refused a save for good: the attempt is closed there (handed in elsewhere, or past its deadline). */
  private async closedOnServer(p: Problem): Promise<void> {
    this.problem.set(p);
    if (p.status === 409) await this.reload();
  }

  private show(a: AttemptDto): void {
    this.attempt.set(a);
    if (a.status === 'InProgress') this.startTicking();
    else this.stopTicking();
  }

  /** A hand-in answers with the grading only: the page keeps the paper it shows (the result's review needs its types). */
  private handedIn(r: AttemptResultDto): void {
    const a = this.attempt();
    if (!a) return void this.reload();
    this.finish({ ...a, status: r.status, score: r.score, maxScore: r.maxScore, passed: r.passed, submittedAt: r.submittedAt });
  }

  private finish(a: AttemptDto): void {
    if (a.status !== 'InProgress') this.saver.stop();
    this.submitting.set(false);
    this.show(a);
  }

  /** Re-bases the countdown on the server's clock (every load and every save acknowledgement). */
  private sync(serverNow: string, deadline: string): void {
    const local = Date.now();
    this.offset.set(clockOffset(serverNow, local));
    this.deadline.set(deadline);
    this.now.set(local);
  }

  private startTicking(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  private stopTicking(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    const before = this.remaining();
    this.now.set(Date.now());
    const after = this.remaining();
    const mark = crossedMark(before, after);
    if (mark !== null) this.announce('myLearning.exam.announce.minutes', { n: mark });
    if (after === 0 && this.attempt()?.status === 'InProgress') void this.submit(true);
  }

  private announce(key: string, params?: Record<string, number>): void {
    this.announcement.set(this.translate.instant(key, params));
  }
}
