import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { LedgerApi, LedgerDetailDto, MAX_EVIDENCE_FILES, MAX_NOTE } from '../ledger.api';
import { EVIDENCE_ACCEPT, addFiles, evidenceLine, fileSize } from '../ledger-rules';

/**
 * The responsible unit reports progress: what was done, evidence files (kind and size checked before sending, upload
 * progress while sending) and "整改完成" when it is done (then it waits for review). A stale version answers 409: the
 * page reads the item again and says why.
 */
@Component({
  selector: 'app-ledger-progress-form',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, MatSlideToggleModule,
    MatProgressBarModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="box" data-testid="ledger-report">
      <h2>{{ 'supervision.ledger.report.title' | translate }}</h2>
      <form [formGroup]="form" (ngSubmit)="send()" novalidate>
        <mat-form-field class="wide">
          <mat-label>{{ 'supervision.ledger.report.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="4" [maxlength]="maxNote" data-testid="ledger-report-note"></textarea>
          @if (form.controls.note.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <label class="pick">
          <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'supervision.ledger.report.addFiles' | translate: { max: maxFiles } }}
          <input type="file" multiple [accept]="accept" (change)="pick($event)" [disabled]="busy() || files().length >= maxFiles" data-testid="ledger-report-files" />
        </label>
        @if (dropped()) { <p class="warn">{{ 'supervision.ledger.report.dropped' | translate: { max: maxFiles, n: dropped() } }}</p> }
        <ul class="files" data-testid="ledger-report-file-list">
          @for (f of lines(); track f.name) {
            <li [class.bad]="f.problem">
              <span>{{ f.name }} · {{ f.kind }} · {{ size(f.size) }}</span>
              @if (f.problem) { <span class="why">{{ 'supervision.ledger.report.file' + cap(f.problem) | translate }}</span> }
              <button mat-icon-button type="button" (click)="remove(f.name)" [disabled]="busy()" [attr.aria-label]="'supervision.ledger.report.remove' | translate: { name: f.name }">
                <mat-icon>close</mat-icon></button>
            </li>
          }
        </ul>
        <p class="hint">{{ 'supervision.ledger.report.photoNote' | translate }}</p>
        <mat-slide-toggle formControlName="final" data-testid="ledger-report-final">{{ 'supervision.ledger.report.final' | translate }}</mat-slide-toggle>
        <p class="hint">{{ 'supervision.ledger.report.finalHint' | translate }}</p>
        @if (progress() !== null) {
          <mat-progress-bar mode="determinate" [value]="progress()" />
          <p class="hint">{{ 'supervision.ledger.report.uploading' | translate: { n: progress() } }}</p>
        }
        <app-problem-alert [problem]="problem()" />
        <button mat-flat-button type="submit" [disabled]="busy() || hasBadFile()" data-testid="ledger-report-submit">
          <mat-icon>send</mat-icon>{{ 'supervision.ledger.report.submit' | translate }}</button>
      </form>
    </section>
  `,
  styles: `
    .box { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
    h2 { font-size: 18px; margin: 0 0 8px; }
    form { display: flex; flex-direction: column; gap: 6px; max-width: 640px; }
    .wide { width: 100%; }
    .pick { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; cursor: pointer; color: #0d47a1; min-height: 44px; }
    .pick input { flex-basis: 100%; max-width: 100%; }
    .files { list-style: none; padding: 0; margin: 0; }
    .files li { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; font-size: 14px; }
    .files li.bad { color: #8c1d18; }
    .why { font-weight: 500; }
    .warn { color: #7a4100; margin: 0; }
    .hint { font-size: 13px; color: rgba(0, 0, 0, 0.6); margin: 0; }
    mat-slide-toggle { align-self: flex-start; }
    button[type=submit] { align-self: flex-start; min-height: 44px; }
  `,
})
export class LedgerProgressFormComponent {
  private readonly api = inject(LedgerApi);
  private readonly destroyRef = inject(DestroyRef);
  readonly detail = input.required<LedgerDetailDto>();
  /** The item as the server answered the report, or null after a refusal the page must read the item again for (409). */
  readonly changed = output<LedgerDetailDto | null>();
  protected readonly maxFiles = MAX_EVIDENCE_FILES;
  protected readonly maxNote = MAX_NOTE;
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly files = signal<File[]>([]);
  protected readonly dropped = signal(0);
  protected readonly lines = computed(() => this.files().map((f) => evidenceLine(f)));
  protected readonly hasBadFile = computed(() => this.lines().some((l) => l.problem !== null));
  protected readonly busy = signal(false);
  protected readonly progress = signal<number | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly size = fileSize;
  /** The form's directive: its "submitted" flag shows errors, and only resetForm() clears it for the next report. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    note: ['', [Validators.required, Validators.maxLength(MAX_NOTE), (c: { value: string }) => (c.value.trim() ? null : { required: true })]],
    final: [false],
  });

  protected cap(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const { files, dropped } = addFiles(this.files(), [...(input.files ?? [])]);
    this.files.set(files);
    this.dropped.set(dropped);
    input.value = '';
  }

  remove(name: string): void {
    this.files.update((fs) => fs.filter((f) => f.name !== name));
    this.dropped.set(0);
  }

  send(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.hasBadFile()) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    this.progress.set(0);
    this.api.report(this.detail().item, { note: v.note.trim(), final: v.final, files: this.files() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (e) => {
          if ('progress' in e) return this.progress.set(e.progress);
          this.reset();
          this.changed.emit(e.result);
        },
        error: (e: unknown) => {
          const p = toProblem(e);
          this.problem.set(p);
          this.busy.set(false);
          this.progress.set(null);
          if (p.status === 409) this.changed.emit(null);
        },
      });
  }

  private reset(): void {
    this.busy.set(false);
    this.progress.set(null);
    this.files.set([]);
    this.formDirective().resetForm({ note: '', final: false });
  }
}
