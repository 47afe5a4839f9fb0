import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { enrollMyself } from '../../../proxy/fn/my-learning/enroll-myself';
import { listMyAvailableCourses } from '../../../proxy/fn/my-learning/list-my-available-courses';
import { listMyCourses } from '../../../proxy/fn/my-learning/list-my-courses';
import { AvailableCourseDto, MyCourseDto } from '../../../proxy/models';
import { LocalDatePipe } from '../../../shared/dates';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { progressPercent } from '../course-progress';

@Component({
  selector: 'app-my-courses-page',
  imports: [LocalDatePipe, RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.myCourses' | translate }}</h1>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <h2>{{ 'myLearning.courses.enrolledTitle' | translate }}</h2>
    @if (loaded() && courses().length === 0) { <p class="empty">{{ 'myLearning.courses.noneEnrolled' | translate }}</p> }
    <div class="grid" data-testid="my-courses">
      @for (c of courses(); track c.enrollmentId) {
        <mat-card appearance="outlined" data-testid="my-course" [attr.data-course]="c.title">
          <mat-card-header>
            <mat-card-title>{{ c.title }}</mat-card-title>
            <mat-card-subtitle>
              {{ 'enums.CourseKind.' + c.kind | translate }} · {{ (c.isRequired ? 'myLearning.courses.required' : 'myLearning.courses.elective') | translate }}
              · {{ 'myLearning.courses.creditHours' | translate: { n: c.creditHours } }}
            </mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <mat-progress-bar mode="determinate" [value]="percent(c)" [attr.aria-label]="'myLearning.courses.progressLabel' | translate"
                              [attr.aria-valuetext]="'myLearning.courses.progress' | translate: { done: c.lessonsDone, total: c.lessonCount }" />
            <div class="meta">
              <span data-testid="course-progress">{{ 'myLearning.courses.progress' | translate: { done: c.lessonsDone, total: c.lessonCount } }}</span>
              @if (c.completedAt) {
                <span class="done" data-testid="course-done"><mat-icon aria-hidden="true" inline>check_circle</mat-icon>
                  {{ 'myLearning.courses.completedOn' | translate: { date: (c.completedAt | localDate) } }}</span>
              } @else {
                <span>{{ 'myLearning.courses.enrolledOn' | translate: { date: (c.enrolledAt | localDate) } }}</span>
              }
            </div>
            <div class="source">{{ 'enums.EnrollmentSource.' + c.source | translate }}</div>
          </mat-card-content>
          <mat-card-actions>
            <a mat-flat-button [routerLink]="['/my-learning/courses', c.courseId]" data-testid="open-course">
              {{ (c.completedAt ? 'myLearning.courses.revisit' : c.lessonsDone ? 'myLearning.courses.continue' : 'myLearning.courses.start') | translate }}
            </a>
          </mat-card-actions>
        </mat-card>
      }
    </div>

    <h2>{{ 'myLearning.courses.available' | translate }}</h2>
    <p class="hint">{{ 'myLearning.courses.availableHint' | translate }}</p>
    @if (loaded() && available().length === 0) { <p class="empty">{{ 'myLearning.courses.noneAvailable' | translate }}</p> }
    <div class="grid" data-testid="available-courses">
      @for (c of available(); track c.courseId) {
        <mat-card appearance="outlined" data-testid="available-course" [attr.data-course]="c.title">
          <mat-card-header>
            <mat-card-title>{{ c.title }}</mat-card-title>
            <mat-card-subtitle>
              {{ 'enums.CourseKind.' + c.kind | translate }} · {{ (c.isRequired ? 'myLearning.courses.required' : 'myLearning.courses.elective') | translate }}
              · {{ 'myLearning.courses.creditHours' | translate: { n: c.creditHours } }}
            </mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (c.description) { <p class="description">{{ c.description }}</p> }
            <div class="meta">
              <span>{{ 'myLearning.courses.lessons' | translate: { n: c.lessonCount } }}</span>
              <span>{{ 'myLearning.courses.minutes' | translate: { n: c.minutes } }}</span>
            </div>
          </mat-card-content>
          <mat-card-actions>
            <button mat-stroked-button (click)="enroll(c)" [disabled]="busy()" data-testid="enroll">
              <mat-icon>how_to_reg</mat-icon>{{ 'myLearning.courses.enroll' | translate }}
            </button>
          </mat-card-actions>
        </mat-card>
      }
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; margin: 24px 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; }
    mat-card-content { display: flex; flex-direction: column; gap: 8px; padding-top: 8px; }
    .meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; font-size: 13px; color: #444; }
    .done { color: #1b5e20; display: inline-flex; align-items: center; gap: 4px; }
    .source { font-size: 12px; color: #555; }
    .description { margin: 0; font-size: 14px; color: #333; }
    .hint, .empty { color: #444; font-size: 14px; }
    mat-card-actions { padding: 0 16px 16px; }
    @media (max-width: 599px) { .grid { grid-template-columns: 1fr; } }
  `,
})
export class MyCoursesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly courses = signal<MyCourseDto[]>([]);
  protected readonly available = signal<AvailableCourseDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly percent = (c: MyCourseDto) => progressPercent(c.lessonsDone, c.lessonCount);

  ngOnInit(): void {
    void this.load();
  }

  async enroll(c: AvailableCourseDto): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.invoke(enrollMyself, { id: c.courseId });
      this.snack.open(this.translate.instant('myLearning.courses.enrolled', { title: c.title }), undefined, { duration: 3000 });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const [mine, open] = await Promise.all([this.api.invoke(listMyCourses), this.api.invoke(listMyAvailableCourses)]);
      this.courses.set(mine);
      this.available.set(open);
      this.loaded.set(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
