import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { reviewMyAttempt } from '../../../proxy/fn/exams/review-my-attempt';
import { AttemptDto, AttemptReviewDto, ReviewItemDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { displayAnswer } from '../exam/answers';

/** A graded attempt: score and pass, and — once the exam has closed for everyone — each answer with the explanation. */
@Component({
  selector: 'app-attempt-result',
  imports: [DatePipe, RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = attempt();
    <mat-card appearance="outlined" class="result" data-testid="attempt-result">
      <mat-card-content>
        <h2>{{ 'myLearning.result.title' | translate }}</h2>
        <div class="score" data-testid="attempt-score">
          <span class="big">{{ a.score ?? 0 }}</span><span class="max"> / {{ a.maxScore }}</span>
          <span class="state" [class.pass]="a.passed" [class.fail]="!a.passed" data-testid="attempt-passed">
            <mat-icon aria-hidden="true" inline>{{ a.passed ? 'check_circle' : 'cancel' }}</mat-icon>
            {{ (a.passed ? 'myLearning.result.passed' : 'myLearning.result.failed') | translate }}
          </span>
        </div>
        <p class="sub">
          {{ 'enums.AttemptStatus.' + a.status | translate }}
          @if (a.submittedAt) { · {{ 'myLearning.result.submittedAt' | translate: { time: (a.submittedAt | date: 'yyyy-MM-dd HH:mm:ss') } }} }
        </p>
      </mat-card-content>
      <mat-card-actions class="actions">
        <a mat-button routerLink="/my-learning/exams"><mat-icon>arrow_back</mat-icon>{{ 'myLearning.result.back' | translate }}</a>
        @if (!review()) {
          <button mat-stroked-button (click)="loadReview()" [disabled]="loading()" data-testid="review"><mat-icon>fact_check</mat-icon>{{ 'myLearning.result.review' | translate }}</button>
        }
      </mat-card-actions>
    </mat-card>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (review(); as r) {
      <h2>{{ 'myLearning.result.reviewTitle' | translate }}</h2>
      <ol class="items" data-testid="review-items">
        @for (item of r.items; track item.index) {
          <li class="item" [class.right]="item.isCorrect" [class.wrong]="!item.isCorrect">
            <div class="head">
              <strong>{{ 'myLearning.exam.number' | translate: { n: item.index + 1 } }}</strong>
              <span>{{ 'myLearning.exam.points' | translate: { n: item.points } }}</span>
              <span class="mark"><mat-icon aria-hidden="true" inline>{{ item.isCorrect ? 'check' : 'close' }}</mat-icon>
                {{ (item.isCorrect ? 'myLearning.result.right' : 'myLearning.result.wrong') | translate }}</span>
            </div>
            <p class="stem">{{ item.stem }}</p>
            @if (item.options.length) {
              <ul class="opts">@for (o of item.options; track o.key) { <li>{{ o.key }}. {{ o.text }}</li> }</ul>
            }
            <dl>
              <div><dt>{{ 'myLearning.result.myAnswer' | translate }}</dt><dd>{{ show(item, item.response) || ('myLearning.result.noAnswer' | translate) }}</dd></div>
              <div><dt>{{ 'myLearning.result.correctAnswer' | translate }}</dt><dd>{{ show(item, item.correctAnswer) }}</dd></div>
              @if (item.explanation) { <div class="wide"><dt>{{ 'myLearning.result.explanation' | translate }}</dt><dd>{{ item.explanation }}</dd></div> }
            </dl>
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .result h2 { font-size: 18px; margin: 0 0 8px; }
    .score { display: flex; align-items: baseline; flex-wrap: wrap; gap: 8px; }
    .big { font-size: 40px; font-weight: 500; } .max { font-size: 18px; color: #555; }
    .state { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px; border-radius: 12px; font-size: 15px; }
    .pass { background: #e8f5e9; color: #1b5e20; } .fail { background: #fdecea; color: #8c1d18; }
    .sub { color: #555; font-size: 13px; margin: 8px 0 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; padding: 0 16px 16px; }
    h2 { font-size: 18px; }
    .items { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 12px; }
    .item { border: 1px solid #dde3ea; border-left: 4px solid #999; border-radius: 6px; padding: 12px 16px; }
    .item.right { border-left-color: #2e7d32; } .item.wrong { border-left-color: #c62828; }
    .head { display: flex; gap: 12px; align-items: center; font-size: 13px; color: #555; } .head strong { color: #222; font-size: 15px; }
    .right .mark { color: #1b5e20; } .wrong .mark { color: #8c1d18; } .mark { display: inline-flex; align-items: center; gap: 2px; }
    .stem { white-space: pre-wrap; margin: 6px 0; line-height: 1.6; } .opts { margin: 0 0 6px; padding-left: 20px; font-size: 14px; }
    dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 4px 24px; margin: 0; }
    dl .wide { grid-column: 1 / -1; } dt { font-size: 12px; color: #555; } dd { margin: 0; }
  `,
})
export class AttemptResultComponent {
  readonly attempt = input.required<AttemptDto>();
  private readonly api = inject(Api);
  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LanguageService);
  protected readonly review = signal<AttemptReviewDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly types = computed(() => new Map(this.attempt().questions.map((q) => [q.index, q.type])));
  private readonly words = computed(() => {
    this.lang.current(); // re-read on a language switch
    return { true: this.translate.instant('myLearning.exam.true') as string, false: this.translate.instant('myLearning.exam.false') as string };
  });

  protected show(item: ReviewItemDto, response: string | null): string {
    return displayAnswer(this.types().get(item.index), response, this.words());
  }

  async loadReview(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      this.review.set(await this.api.invoke(reviewMyAttempt, { id: this.attempt().id }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
