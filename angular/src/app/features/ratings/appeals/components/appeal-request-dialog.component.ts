import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { fileSizeText } from '../../../learning/lesson-files';
import { REASON_MIN_LENGTH } from '../../cases/cases.api';
import { APPEAL_REASONS, AppealDto, AppealReason, AppealsApi, MAX_EVIDENCE_FILES } from '../appeals.api';
import { EVIDENCE_ACCEPT, addEvidence, evidenceLine } from '../evidence-rules';

/** The rating appealed: its id, and what the dialog's title names it by. */
export interface AppealRequestData {
  ratingId: string;
  caseNumber: string;
}

/** The statement says what happened: as long as any reason (setting Ratings.ReasonMinLength, 5 by default). */
const MIN_STATEMENT = REASON_MIN_LENGTH;

/**
 * Asks to exclude a mistaken or malicious rating: the reason, a statement and evidence files (kind and size shown,
 * upload progress while sending). Closes with the appeal as stored. Used from "my ratings" and the appeals page.
 */
@Component({
  selector: 'app-appeal-request-dialog',
  imports: [
    ReactiveFormsModule, TranslatePipe, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatIconModule,
    MatProgressBarModule, ProblemAlertComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'ratings.appeals.request.title' | translate: { number: data.caseNumber } }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate>
      <mat-dialog-content class="fields">
        <p id="appeal-reason-label">{{ 'ratings.appeals.reason' | translate }}</p>
        <mat-radio-group formControlName="reason" aria-labelledby="appeal-reason-label" data-testid="appeal-reason">
          @for (r of reasons; track r) { <mat-radio-button [value]="r" [attr.data-testid]="'appeal-reason-' + r">{{ 'ratings.appeals.reasons.' + r | translate }}</mat-radio-button> }
        </mat-radio-group>
        <mat-form-field>
          <mat-label>{{ 'ratings.appeals.statement' | translate }}</mat-label>
          <textarea matInput formControlName="statement" rows="5" maxlength="2000" data-testid="appeal-statement"></textarea>
          <mat-hint>{{ 'ratings.appeals.request.statementHint' | translate: { n: minStatement } }}</mat-hint>
          @if (form.controls.statement.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.statement.hasError('minlength')) { <mat-error>{{ 'validation.minLength' | translate: { n: minStatement } }}</mat-error> }
        </mat-form-field>
        <div class="evidence">
          <label class="pick">
            <mat-icon aria-hidden="true">attach_file</mat-icon>{{ 'ratings.appeals.request.addFiles' | translate: { max: maxFiles } }}
            <input type="file" multiple [accept]="accept" (change)="pick($event)" [disabled]="busy() || files().length >= maxFiles" data-testid="appeal-files" />
          </label>
          <ul data-testid="appeal-file-list">
            @for (f of lines(); track f.name) {
              <li [class.bad]="f.empty || f.refused">
                <span class="kind">{{ f.kind }}</span><span class="name">{{ f.name }}</span><small>{{ size(f.size) }}</small>
                @if (f.empty) { <small>{{ 'ratings.appeals.request.empty' | translate }}</small> }
                @else if (f.refused) { <small>{{ 'ratings.appeals.request.refused' | translate }}</small> }
                <button mat-icon-button type="button" (click)="remove(f.name)" [disabled]="busy()" [attr.aria-label]="('ratings.appeals.request.remove' | translate) + ' ' + f.name">
                  <mat-icon>close</mat-icon>
                </button>
              </li>
            } @empty {
              <li class="none">{{ 'ratings.appeals.request.noFiles' | translate }}</li>
            }
          </ul>
          @if (dropped()) { <p class="bad" role="status">{{ 'ratings.appeals.request.dropped' | translate: { n: dropped(), max: maxFiles } }}</p> }
        </div>
        @if (busy()) { <mat-progress-bar mode="determinate" [value]="progress()" [attr.aria-label]="'ratings.appeals.request.uploading' | translate" data-testid="appeal-progress" /> }
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="busy()">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy() || hasBadFile()" data-testid="appeal-send">{{ 'ratings.appeals.request.send' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; gap: 8px; min-width: min(480px, 80vw); }
    mat-radio-group { display: flex; flex-wrap: wrap; gap: 12px; }
    .pick { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
    ul { list-style: none; padding: 0; margin: 4px 0; }
    li { display: flex; align-items: center; gap: 8px; }
    .kind { font-size: 12px; padding: 0 6px; border-radius: 4px; background: #eceff1; }
    .name { overflow-wrap: anywhere; }
    .bad { color: #8c1d18; }
    .none { color: rgba(0, 0, 0, 0.6); }
  `,
})
export class AppealRequestDialog {
  protected readonly data = inject<AppealRequestData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<AppealRequestDialog, AppealDto>);
  private readonly api = inject(AppealsApi);
  protected readonly reasons = APPEAL_REASONS;
  protected readonly maxFiles = MAX_EVIDENCE_FILES;
  protected readonly minStatement = MIN_STATEMENT;
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly size = fileSizeText;
  protected readonly files = signal<File[]>([]);
  protected readonly dropped = signal(0);
  protected readonly lines = computed(() => this.files().map(evidenceLine));
  protected readonly hasBadFile = computed(() => this.lines().some((l) => l.empty || l.refused));
  protected readonly busy = signal(false);
  protected readonly progress = signal(0);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: ['Mistaken' as AppealReason, Validators.required],
    statement: ['', [Validators.required, (c: { value: string }) => ([...c.value.trim()].length >= MIN_STATEMENT ? null : { minlength: true }), Validators.maxLength(2000)]],
  });

  constructor() {
    // Validate as one types.
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
  }

  pick(e: Event): void {
    const input = e.target as HTMLInputElement;
    const { files, dropped } = addEvidence(this.files(), [...(input.files ?? [])]);
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
    this.progress.set(0);
    this.problem.set(null);
    this.api.request({ ratingId: this.data.ratingId, reason: v.reason, statement: v.statement.trim(), files: this.files() }).subscribe({
      next: (ev) => ('result' in ev ? this.ref.close(ev.result) : this.progress.set(ev.progress)),
      error: (err) => { this.problem.set(toProblem(err)); this.busy.set(false); },
      complete: () => this.busy.set(false),
    });
  }
}
