import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../core/problem';
import { ProblemAlertComponent } from './problem-alert.component';
import { uploadFile } from './upload';

/**
 * An .xlsx import: template download, file choice, upload with progress, and the server's problem with every bad row.
 * The page shows the result it receives through (imported).
 */
@Component({
  selector: 'app-import-panel',
  imports: [TranslatePipe, ProblemAlertComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="actions">
      <a mat-stroked-button [href]="templateUrl()" download><mat-icon>download</mat-icon>{{ 'import.template' | translate }}</a>
      <label class="file">
        <span class="visually-hidden">{{ 'import.choose' | translate }}</span>
        <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" (change)="pick($event)" data-testid="import-file" />
      </label>
      <button mat-flat-button (click)="upload()" [disabled]="!file() || busy()" data-testid="import-submit"><mat-icon>upload</mat-icon>{{ 'import.upload' | translate }}</button>
      <ng-content select="[actions]" />
    </div>
    @if (busy()) {
      <mat-progress-bar [mode]="progress() < 100 ? 'determinate' : 'indeterminate'" [value]="progress()" [attr.aria-label]="'import.progress' | translate" />
      <p>{{ progress() < 100 ? ('import.uploading' | translate: { p: progress() }) : ('import.checking' | translate) }}</p>
    }
    <app-problem-alert [problem]="problem()" />
  `,
  styles: `
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 12px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
})
export class ImportPanelComponent<T> {
  readonly templateUrl = input.required<string>();
  readonly uploadUrl = input.required<string>();
  /** A new file was chosen: the page clears the last result. */
  readonly picked = output<void>();
  readonly imported = output<T>();
  private readonly http = inject(HttpClient);
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly progress = signal(0);
  protected readonly problem = signal<Problem | null>(null);

  pick(e: Event): void {
    this.file.set((e.target as HTMLInputElement).files?.[0] ?? null);
    this.problem.set(null);
    this.picked.emit();
  }

  upload(): void {
    const file = this.file();
    if (!file) return;
    this.busy.set(true);
    this.progress.set(0);
    this.problem.set(null);
    this.picked.emit();
    uploadFile<T>(this.http, this.uploadUrl(), file).subscribe({
      next: (e) => ('result' in e ? this.imported.emit(e.result) : this.progress.set(e.progress)),
      error: (err) => { this.problem.set(toProblem(err)); this.busy.set(false); },
      complete: () => this.busy.set(false),
    });
  }
}
