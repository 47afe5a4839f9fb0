import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { attachLessonFile } from '../../../proxy/fn/courses/attach-lesson-file';
import { removeLessonFile } from '../../../proxy/fn/courses/remove-lesson-file';
import { CourseDto, LessonDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { uploadFile } from '../../../shared/upload';
import { fileSizeText, lessonFileUrl } from '../lesson-files';

/** The files of one lesson: upload (type and size checked by the server, with progress), download, remove. */
@Component({
  selector: 'app-course-lesson-files',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="files">
      @for (a of lesson().attachments; track a.id) {
        <li data-testid="lesson-file">
          <a [href]="url(a.id)" download><mat-icon aria-hidden="true" inline>attach_file</mat-icon>{{ a.fileName }}</a>
          <small class="muted-inline">{{ size(a.size) }}</small>
          <button mat-icon-button (click)="remove(a.id)" [disabled]="busy()" [attr.aria-label]="('learning.lesson.removeFile' | translate) + ' ' + a.fileName">
            <mat-icon>delete</mat-icon></button>
        </li>
      }
    </ul>
    <label class="upload">
      <span class="visually-hidden">{{ ('learning.lesson.addFile' | translate) + ' ' + lesson().title }}</span>
      <input type="file" accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg" (change)="pick($event)" [disabled]="busy()" data-testid="lesson-file-input" />
    </label>
    <small class="muted">{{ 'learning.lesson.fileHint' | translate }}</small>
    @if (busy()) { <mat-progress-bar mode="determinate" [value]="progress()" [attr.aria-label]="'learning.lesson.uploading' | translate" /> }
    <app-problem-alert [problem]="problem()" />
  `,
  styles: `
    .files { list-style: none; margin: 4px 0; padding: 0; } .files li { display: flex; align-items: center; gap: 4px; }
    .muted { color: #555; display: block; } .muted-inline { color: #555; } .upload { display: inline-block; margin-top: 4px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class CourseLessonFilesComponent {
  readonly courseId = input.required<string>();
  readonly lesson = input.required<LessonDto>();
  readonly changed = output<CourseDto>();
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  protected readonly busy = signal(false);
  protected readonly progress = signal(0);
  protected readonly problem = signal<Problem | null>(null);

  protected url(attachmentId: string): string {
    return lessonFileUrl(this.courseId(), this.lesson().id, attachmentId);
  }

  protected readonly size = fileSizeText;

  protected pick(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.busy.set(true);
    this.progress.set(0);
    this.problem.set(null);
    const url = attachLessonFile.PATH.replace('{id}', this.courseId()).replace('{lessonId}', this.lesson().id);
    uploadFile<CourseDto>(this.http, url, file).subscribe({
      next: (ev) => ('result' in ev ? this.changed.emit(ev.result) : this.progress.set(ev.progress)),
      error: (err) => { this.problem.set(toProblem(err)); this.busy.set(false); input.value = ''; },
      complete: () => { this.busy.set(false); input.value = ''; },
    });
  }

  protected async remove(attachmentId: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.changed.emit(await this.api.invoke(removeLessonFile, { id: this.courseId(), lessonId: this.lesson().id, attachmentId }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
