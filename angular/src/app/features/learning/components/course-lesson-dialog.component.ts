import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { addLesson } from '../../../proxy/fn/courses/add-lesson';
import { updateLesson } from '../../../proxy/fn/courses/update-lesson';
import { CourseDto, LessonDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { COURSE_LIMITS, lessonBody } from './course-form';
import { intRange } from './exam-form';
import { CourseRichTextComponent } from './course-rich-text.component';

export interface CourseLessonDialogData {
  courseId: string;
  lesson?: LessonDto;
}

/** Adds or edits a lesson: title, minutes and the rich-text body. Closes with the updated course. */
@Component({
  selector: 'app-course-lesson-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, CourseRichTextComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.lesson ? 'learning.lesson.edit' : 'learning.lesson.add') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <div class="row">
          <mat-form-field class="grow">
            <mat-label>{{ 'learning.lesson.title' | translate }}</mat-label>
            <input matInput formControlName="title" data-testid="lesson-title" />
            @if (form.controls.title.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.title.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: limits.title } }}</mat-error> }
          </mat-form-field>
          <mat-form-field class="minutes">
            <mat-label>{{ 'learning.lesson.minutes' | translate }}</mat-label>
            <input matInput type="number" formControlName="minutes" data-testid="lesson-minutes" />
            @if (form.controls.minutes.errors) { <mat-error>{{ 'learning.validation.range' | translate: { min: 0, max: limits.lessonMinutes } }}</mat-error> }
          </mat-form-field>
        </div>
        <span class="label" id="lesson-body-label">{{ 'learning.lesson.body' | translate }}</span>
        <app-course-rich-text formControlName="body" [label]="'learning.lesson.body' | translate" [class.invalid]="bodyInvalid()" />
        @if (bodyInvalid()) { <p class="error" role="alert">{{ 'learning.lesson.bodyRequired' | translate }}</p> }
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; min-width: min(720px, 86vw); }
    .row { display: flex; gap: 12px; flex-wrap: wrap; } .grow { flex: 1; min-width: 220px; } .minutes { width: 160px; }
    .label { font-size: 13px; color: rgba(0, 0, 0, .6); margin-bottom: 4px; } .error { color: #b3261e; font-size: 13px; margin: 4px 0; }
  `,
})
export class CourseLessonDialogComponent {
  protected readonly data = inject<CourseLessonDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CourseLessonDialogComponent, CourseDto>);
  private readonly api = inject(Api);
  protected readonly limits = COURSE_LIMITS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly submitted = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.data.lesson?.title ?? '', [Validators.required, Validators.maxLength(COURSE_LIMITS.title)]],
    minutes: [(this.data.lesson?.minutes ?? 20) as number | string, intRange(0, COURSE_LIMITS.lessonMinutes)],
    body: [this.data.lesson?.body ?? '', lessonBody],
  });

  protected bodyInvalid(): boolean {
    const c = this.form.controls.body;
    return c.invalid && (c.dirty || c.touched || this.submitted());
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.submitted.set(true);
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    const body = { title: v.title.trim(), minutes: Number(v.minutes), body: v.body };
    try {
      const course = this.data.lesson
        ? await this.api.invoke(updateLesson, { id: this.data.courseId, lessonId: this.data.lesson.id, body })
        : await this.api.invoke(addLesson, { id: this.data.courseId, body });
      this.ref.close(course);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
