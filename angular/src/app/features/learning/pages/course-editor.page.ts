import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createCourse } from '../../../proxy/fn/courses/create-course';
import { getCourse } from '../../../proxy/fn/courses/get-course';
import { updateCourse } from '../../../proxy/fn/courses/update-course';
import { ContentOwnerChoicesDto, CourseDto, CourseKind, LessonDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { OwnerPickerComponent, loadOwnerChoices } from '../components/owner-picker.component';
import { COURSE_KINDS, COURSE_LIMITS, STAFF_KINDS, WINDOW_TYPES, fromCourse, numberRange, toSaveCourse } from '../components/course-form';
import { CourseEnrollDialogComponent } from '../components/course-enroll-dialog.component';
import { CourseLessonDialogComponent } from '../components/course-lesson-dialog.component';
import { CourseLessonFilesComponent } from '../components/course-lesson-files.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-course-editor-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, OwnerPickerComponent, CourseLessonFilesComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    MatCheckboxModule, MatButtonModule, MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/learning/courses"><mat-icon>arrow_back</mat-icon>{{ 'learning.course.back' | translate }}</a>
    <div class="head">
      <h1>{{ (id() ? 'learning.course.edit' : 'learning.course.create') | translate }}</h1>
      @if (course() && canEnrol) {
        <button mat-stroked-button (click)="enrol()" data-testid="course-enrol"><mat-icon>group_add</mat-icon>{{ 'learning.course.enrol' | translate }}</button>
      }
    </div>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ 'learning.course.basics' | translate }}</mat-card-title></mat-card-header>
        <mat-card-content class="grid">
          <mat-form-field>
            <mat-label>{{ 'learning.course.code' | translate }}</mat-label>
            <input matInput formControlName="code" data-testid="course-code" />
            @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.code.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
            @if (form.controls.code.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: limits.code } }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="span2">
            <mat-label>{{ 'learning.course.title' | translate }}</mat-label>
            <input matInput formControlName="title" data-testid="course-title" />
            @if (form.controls.title.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.title.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: limits.title } }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.course.kind' | translate }}</mat-label>
            <mat-select formControlName="kind" data-testid="course-kind">
              @for (k of kinds; track k) { <mat-option [value]="k">{{ 'enums.CourseKind.' + k | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.course.creditHours' | translate }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="creditHours" data-testid="course-hours" />
            @if (form.controls.creditHours.errors) { <mat-error>{{ 'learning.validation.rangeNumber' | translate: { min: 0, max: limits.creditHours } }}</mat-error> }
          </mat-form-field>
          <div class="checks">
            <mat-checkbox formControlName="isRequired" data-testid="course-required">{{ 'learning.course.requiredLabel' | translate }}</mat-checkbox>
            <mat-checkbox formControlName="isPublished" data-testid="course-published">{{ 'learning.course.publishedLabel' | translate }}</mat-checkbox>
            @if (form.controls.kind.value !== 'PreJob') {
              <mat-checkbox formControlName="issuesCertificate" data-testid="course-certificate">{{ 'learning.course.issuesCertificate' | translate }}</mat-checkbox>
            }
          </div>
          <mat-form-field class="full">
            <mat-label>{{ 'learning.course.description' | translate }}</mat-label>
            <textarea matInput formControlName="description" rows="3" data-testid="course-description"></textarea>
            @if (form.controls.description.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: limits.description } }}</mat-error> }
          </mat-form-field>
          @if (!id()) { <div class="span2"><app-owner-picker [control]="owner" [choices]="ownerChoices()" /></div> }
        </mat-card-content>
      </mat-card>
      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ 'learning.course.audience' | translate }}</mat-card-title>
          <mat-card-subtitle>{{ 'learning.course.audienceHint' | translate }}</mat-card-subtitle></mat-card-header>
        <mat-card-content class="grid">
          <mat-form-field class="span2">
            <mat-label>{{ 'learning.course.units' | translate }}</mat-label>
            <mat-select formControlName="unitIds" multiple data-testid="course-units">
              @for (h of org.tree()?.halls ?? []; track h.hall.id) {
                <mat-optgroup [label]="h.hall.name">
                  @for (u of h.units; track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
                </mat-optgroup>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.course.windowTypes' | translate }}</mat-label>
            <mat-select formControlName="windowTypes" multiple data-testid="course-window-types">
              @for (w of windowTypes; track w) { <mat-option [value]="w">{{ 'enums.WindowType.' + w | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.course.staffKinds' | translate }}</mat-label>
            <mat-select formControlName="staffKinds" multiple data-testid="course-staff-kinds">
              @for (k of staffKinds; track k) { <mat-option [value]="k">{{ 'enums.StaffKind.' + k | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        </mat-card-content>
      </mat-card>
      <app-problem-alert [problem]="problem()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="course-save"><mat-icon>save</mat-icon>{{ 'common.save' | translate }}</button>
      </div>
    </form>

    <mat-card appearance="outlined" class="lessons">
      <mat-card-header>
        <mat-card-title>{{ 'learning.course.lessons' | translate }}@if (course(); as c) { （{{ c.lessons.length }}，{{ totalMinutes() }} {{ 'learning.course.minutes' | translate }}） }</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        @if (course(); as c) {
          <ol class="lesson-list" data-testid="lesson-list">
            @for (l of c.lessons; track l.id) {
              <li>
                <span class="lesson-title">{{ l.title }}</span><span class="muted">{{ l.minutes }} {{ 'learning.course.minutes' | translate }}</span>
                <button mat-icon-button (click)="editLesson(l)" [attr.aria-label]="('learning.lesson.edit' | translate) + ' ' + l.title"><mat-icon>edit</mat-icon></button>
                <app-course-lesson-files class="lesson-files" [courseId]="c.id" [lesson]="l" (changed)="course.set($event)" />
              </li>
            } @empty { <li class="muted none">{{ 'learning.lesson.none' | translate }}</li> }
          </ol>
          <button mat-stroked-button (click)="editLesson()" data-testid="lesson-add"><mat-icon>add</mat-icon>{{ 'learning.lesson.add' | translate }}</button>
        } @else {
          <p class="muted">{{ 'learning.course.saveFirst' | translate }}</p>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    mat-card { margin-bottom: 16px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 4px 16px; align-items: center; padding-top: 8px; }
    .span2 { grid-column: span 2; } .full { grid-column: 1 / -1; } .checks { display: flex; flex-direction: column; }
    .actions { display: flex; justify-content: flex-end; margin-bottom: 16px; }
    .lesson-list { padding-left: 24px; } .lesson-list li { padding: 2px 0; } .lesson-title { margin-right: 12px; }
    .muted { color: rgba(0, 0, 0, .6); } .none { list-style: none; margin-left: -24px; }
    @media (max-width: 599px) { .span2 { grid-column: auto; } }
  `,
})
export class CourseEditorPage implements OnInit {
  readonly id = input<string>();
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly org = inject(OrganizationTreeService);
  protected readonly canEnrol = inject(AuthService).has(Permissions.Learning.Courses.Enroll);
  protected readonly kinds = COURSE_KINDS;
  protected readonly windowTypes = WINDOW_TYPES;
  protected readonly staffKinds = STAFF_KINDS;
  protected readonly limits = COURSE_LIMITS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** The owner of a new course (chosen on create only; '' = the city, or the one hall of a manager of one). */
  protected readonly owner = new FormControl('', { nonNullable: true });
  protected readonly ownerChoices = signal<ContentOwnerChoicesDto | null>(null);
  protected readonly course = signal<CourseDto | null>(null);
  protected readonly totalMinutes = computed(() => (this.course()?.lessons ?? []).reduce((t, l) => t + l.minutes, 0));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.maxLength(COURSE_LIMITS.code), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    title: ['', [Validators.required, Validators.maxLength(COURSE_LIMITS.title)]],
    kind: ['Routine' as CourseKind],
    description: ['', Validators.maxLength(COURSE_LIMITS.description)],
    creditHours: [1 as number | string, numberRange(0, COURSE_LIMITS.creditHours)],
    isRequired: [false],
    isPublished: [false],
    issuesCertificate: [false],
    unitIds: [[] as string[]],
    windowTypes: [[] as string[]],
    staffKinds: [[] as string[]],
  });

  async ngOnInit(): Promise<void> {
    void this.org.load();
    const id = this.id();
    if (!id) {
      void loadOwnerChoices(this.api, this.owner).then((c) => this.ownerChoices.set(c));
      return;
    }
    try {
      const course = await this.api.invoke(getCourse, { id });
      this.course.set(course);
      this.form.reset(fromCourse(course));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.owner.markAsTouched();
    if (this.form.invalid || this.owner.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const body = toSaveCourse(this.form.getRawValue());
      const id = this.id();
      const saved = id ? await this.api.invoke(updateCourse, { id, body })
        : await this.api.invoke(createCourse, { body: { ...body, ownerHallId: this.owner.value || null } });
      this.course.set(saved);
      this.snack.open(this.translate.instant('learning.course.saved'), undefined, { duration: 3000 });
      if (!id) void this.router.navigate(['/learning/courses', saved.id], { replaceUrl: true });
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  editLesson(lesson?: LessonDto): void {
    const course = this.course();
    if (!course) return;
    this.dialog.open(CourseLessonDialogComponent, { data: { courseId: course.id, lesson }, autoFocus: 'first-tabbable', maxWidth: '96vw' })
      .afterClosed().subscribe((updated?: CourseDto) => { if (updated) this.course.set(updated); });
  }

  enrol(): void {
    const course = this.course();
    if (!course) return;
    this.dialog.open(CourseEnrollDialogComponent, { data: course, autoFocus: 'first-tabbable' }).afterClosed().subscribe((r) => {
      if (r) void this.api.invoke(getCourse, { id: course.id }).then((c) => this.course.set(c));
    });
  }
}
