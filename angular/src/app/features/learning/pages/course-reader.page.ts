import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { getCourse } from '../../../proxy/fn/courses/get-course';
import { completeLesson } from '../../../proxy/fn/my-learning/complete-lesson';
import { listMyCourses } from '../../../proxy/fn/my-learning/list-my-courses';
import { openLesson } from '../../../proxy/fn/my-learning/open-lesson';
import { CourseDto, LessonReadingDto, MyCourseDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { lessonToShow, progressPercent, readingSecondsLeft } from '../course-progress';
import { clockOffset } from '../exam/countdown';
import { fileSizeText, lessonFileUrl } from '../lesson-files';

/** The server's refusal of a lesson marked read before its minimum reading time. */
const READ_TOO_SHORT = 'Learning:00034';

@Component({
  selector: 'app-course-reader-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/my-learning/courses"><mat-icon>arrow_back</mat-icon>{{ 'myLearning.reader.back' | translate }}</a>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (course(); as c) {
      <h1 data-testid="course-title">{{ c.title }}</h1>
      <p class="sub">{{ 'enums.CourseKind.' + c.kind | translate }} · {{ (c.isRequired ? 'myLearning.courses.required' : 'myLearning.courses.elective') | translate }}
        · {{ 'myLearning.courses.creditHours' | translate: { n: c.creditHours } }}</p>
      @if (!enrollment()) {
        <p class="notice" role="note" data-testid="not-enrolled">{{ 'myLearning.reader.notEnrolled' | translate }}</p>
      } @else {
        @let e = enrollment()!;
        <div class="progress">
          <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="'myLearning.courses.progressLabel' | translate"
                            [attr.aria-valuetext]="'myLearning.courses.progress' | translate: { done: e.lessonsDone, total: e.lessonCount }" />
          <span data-testid="course-progress">{{ 'myLearning.courses.progress' | translate: { done: e.lessonsDone, total: e.lessonCount } }}</span>
        </div>
        @if (e.completedAt) {
          <div class="complete" role="status" data-testid="course-complete">
            <mat-icon aria-hidden="true">verified</mat-icon><strong>{{ 'myLearning.reader.courseDone' | translate }}</strong>
            <span>{{ 'myLearning.reader.courseDoneText' | translate }}</span>
            <a mat-button routerLink="/my-learning/exams" data-testid="to-exams">{{ 'myLearning.reader.toExams' | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon></a>
          </div>
        }
        @if (c.lessons.length === 0) { <p class="notice">{{ 'myLearning.reader.empty' | translate }}</p> }
        @if (current(); as l) {
          <div class="reader">
            <nav class="toc" [attr.aria-label]="'myLearning.reader.lessons' | translate">
              <h2>{{ 'myLearning.reader.lessons' | translate }}</h2>
              <ol>
                @for (item of lessons(); track item.id) {
                  <li>
                    <a [routerLink]="[]" [queryParams]="{ lesson: item.id }" replaceUrl [class.current]="item.id === l.id"
                       [attr.aria-current]="item.id === l.id ? 'true' : null" data-testid="toc-lesson">
                      <mat-icon aria-hidden="true" [class.ok]="isDone(item.id)">{{ isDone(item.id) ? 'check_circle' : 'radio_button_unchecked' }}</mat-icon>
                      <span class="toc-title">{{ item.title }}<span class="visually-hidden">（{{ (isDone(item.id) ? 'myLearning.reader.doneMark' : 'myLearning.reader.todoMark') | translate }}）</span></span>
                      <small>{{ 'myLearning.reader.minutes' | translate: { n: item.minutes } }}</small>
                    </a>
                  </li>
                }
              </ol>
            </nav>
            <article class="lesson" data-testid="lesson">
              <h2 data-testid="lesson-title">{{ l.title }}</h2>
              <p class="sub">{{ 'myLearning.reader.lessonNo' | translate: { n: position() } }} · {{ 'myLearning.reader.minutes' | translate: { n: l.minutes } }}</p>
              <div class="body" [innerHTML]="l.body" data-testid="lesson-body"></div>
              @if (l.attachments.length) {
                <section class="files" [attr.aria-label]="'myLearning.reader.attachments' | translate">
                  <h3>{{ 'myLearning.reader.attachments' | translate }}</h3>
                  <ul>
                    @for (a of l.attachments; track a.id) {
                      <li><a [href]="attachmentUrl(c.id, l.id, a.id)" download data-testid="lesson-attachment">
                        <mat-icon aria-hidden="true">attach_file</mat-icon>{{ a.fileName }}</a>
                        <small>{{ size(a.size) }}</small></li>
                    }
                  </ul>
                </section>
              }
              <div class="actions">
                @if (previous(); as p) {
                  <a mat-button [routerLink]="[]" [queryParams]="{ lesson: p.id }" replaceUrl><mat-icon>chevron_left</mat-icon>{{ 'myLearning.reader.previous' | translate }}</a>
                }
                <span class="spacer"></span>
                @if (isDone(l.id)) {
                  <span class="ok-text" data-testid="lesson-done"><mat-icon aria-hidden="true" inline>check_circle</mat-icon>{{ 'myLearning.reader.lessonDone' | translate }}</span>
                } @else {
                  @let left = secondsLeft();
                  @if (left) {
                    <span class="keep-reading" id="keep-reading" data-testid="keep-reading">
                      <mat-icon aria-hidden="true" inline>schedule</mat-icon>{{ 'myLearning.reader.keepReading' | translate: { n: left } }}</span>
                  }
                  <button mat-flat-button (click)="complete(e, l.id)" [disabled]="busy() || left !== 0" data-testid="complete-lesson"
                          [attr.aria-describedby]="left ? 'keep-reading' : null">
                    <mat-icon>done</mat-icon>{{ 'myLearning.reader.complete' | translate }}
                  </button>
                }
                @if (next(); as n) {
                  <a mat-stroked-button [routerLink]="[]" [queryParams]="{ lesson: n.id }" replaceUrl data-testid="next-lesson">
                    {{ 'myLearning.reader.next' | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon></a>
                }
              </div>
            </article>
          </div>
        }
      }
    }
  `,
  styles: `
    h1 { font-size: 22px; margin-bottom: 4px; } .sub { color: #555; font-size: 13px; margin: 0 0 12px; }
    .progress { display: flex; align-items: center; gap: 12px; max-width: 520px; font-size: 13px; white-space: nowrap; }
    .complete { display: flex; align-items: center; flex-wrap: wrap; gap: 8px; margin: 12px 0; padding: 12px; border-radius: 4px; background: #e8f5e9; color: #1b5e20; }
    .notice { padding: 12px; background: #fff8e1; border-radius: 4px; }
    .reader { display: grid; grid-template-columns: 260px 1fr; gap: 24px; margin-top: 16px; align-items: start; }
    .toc h2 { font-size: 15px; margin: 0 0 8px; }
    .toc ol { list-style: none; margin: 0; padding: 0; }
    .toc a { display: grid; grid-template-columns: 24px 1fr; column-gap: 8px; padding: 8px; border-radius: 4px; color: inherit; text-decoration: none; }
    .toc a:hover { background: rgba(0, 0, 0, 0.04); } .toc a.current { background: #e3edfb; font-weight: 500; }
    .toc small { grid-column: 2; color: #555; font-weight: normal; }
    .toc mat-icon { color: #888; } .toc mat-icon.ok, .ok-text { color: #1b5e20; }
    .ok-text, .keep-reading { display: inline-flex; align-items: center; gap: 4px; }
    .keep-reading { color: #555; font-size: 13px; }
    .lesson { min-width: 0; } .lesson h2 { font-size: 20px; margin: 0 0 4px; }
    .body { line-height: 1.8; font-size: 15px; overflow-wrap: anywhere; }
    .body :is(img, video, table) { max-width: 100%; }
    .files h3 { font-size: 15px; margin: 16px 0 4px; } .files ul { list-style: none; margin: 0; padding: 0; }
    .files li { display: flex; align-items: center; gap: 8px; padding: 4px 0; } .files a { display: inline-flex; align-items: center; gap: 4px; }
    .files small { color: #555; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 24px; padding-top: 16px; border-top: 1px solid #e0e0e0; }
    .spacer { flex: 1; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 799px) { .reader { grid-template-columns: 1fr; } }
  `,
})
export class CourseReaderPage {
  readonly courseId = input.required<string>();
  readonly lesson = input<string>();
  private readonly api = inject(Api);
  protected readonly course = signal<CourseDto | null>(null);
  protected readonly enrollment = signal<MyCourseDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly lessons = computed(() => [...(this.course()?.lessons ?? [])].sort((a, b) => a.order - b.order));
  /** The lesson opened first stays open after it is marked done (no jump to the next one). */
  private readonly opened = signal<string | null>(null);
  protected readonly current = computed(() =>
    lessonToShow(this.lessons(), this.enrollment()?.completedLessonIds ?? [], this.lesson() ?? this.opened()));
  protected readonly position = computed(() => this.lessons().findIndex((l) => l.id === this.current()?.id) + 1);
  protected readonly previous = computed(() => this.lessons()[this.position() - 2] ?? null);
  protected readonly next = computed(() => this.lessons()[this.position()] ?? null);
  protected readonly percent = computed(() => progressPercent(this.enrollment()?.lessonsDone ?? 0, this.enrollment()?.lessonCount ?? 0));

  /**
   * The minimum reading time of the lesson shown: the server notes when it was opened and says when it may be marked
   * read; the countdown runs on the server's clock (offset), ticking once a second. Null until the server has answered.
   */
  private readonly reading = signal<{ dto: LessonReadingDto; offset: number } | null>(null);
  private readonly now = signal(Date.now());
  private ticker?: ReturnType<typeof setInterval>;
  protected readonly secondsLeft = computed(() => {
    const r = this.reading();
    return r && r.dto.lessonId === this.current()?.id ? readingSecondsLeft(r.dto.readyAt, r.offset, this.now()) : null;
  });

  constructor() {
    effect(() => {
      const id = this.courseId();
      untracked(() => void this.load(id));
    });
    // Opening a lesson not read yet tells the server (once per lesson shown).
    effect(() => {
      const enrollmentId = this.enrollment()?.enrollmentId;
      const lessonId = this.current()?.id;
      if (!enrollmentId || !lessonId || this.isDone(lessonId)) return;
      untracked(() => {
        if (this.reading()?.dto.lessonId !== lessonId) void this.open(enrollmentId, lessonId);
      });
    });
    inject(DestroyRef).onDestroy(() => clearInterval(this.ticker));
  }

  protected readonly attachmentUrl = lessonFileUrl;
  protected readonly size = fileSizeText;

  protected isDone(lessonId: string): boolean {
    return this.enrollment()?.completedLessonIds.includes(lessonId) ?? false;
  }

  async complete(e: MyCourseDto, lessonId: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.enrollment.set(await this.api.invoke(completeLesson, { id: e.enrollmentId, lessonId }));
    } catch (err) {
      const problem = toProblem(err);
      this.problem.set(problem);
      if (problem.code === READ_TOO_SHORT) await this.open(e.enrollmentId, lessonId); // the server's time left, again
    } finally {
      this.busy.set(false);
    }
  }

  private async open(enrollmentId: string, lessonId: string): Promise<void> {
    try {
      const dto = await this.api.invoke(openLesson, { id: enrollmentId, lessonId });
      if (this.current()?.id !== lessonId) return; // the learner went on to another lesson meanwhile
      const local = Date.now();
      this.now.set(local);
      this.reading.set({ dto, offset: clockOffset(dto.serverNow, local) });
      clearInterval(this.ticker);
      this.ticker = setInterval(() => {
        this.now.set(Date.now());
        if (this.secondsLeft() !== null && this.secondsLeft()! <= 0) clearInterval(this.ticker);
      }, 1000);
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }

  private async load(courseId: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const [course, mine] = await Promise.all([this.api.invoke(getCourse, { id: courseId }), this.api.invoke(listMyCourses)]);
      this.course.set(course);
      this.enrollment.set(mine.find((m) => m.courseId === courseId) ?? null);
      this.opened.set(this.current()?.id ?? null);
    } catch (err) {
      this.course.set(null);
      this.problem.set(toProblem(err));
    } finally {
      this.loading.set(false);
    }
  }
}
