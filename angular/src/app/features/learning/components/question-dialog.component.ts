import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { map, startWith } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createQuestion } from '../../../proxy/fn/question-bank/create-question';
import { updateQuestion } from '../../../proxy/fn/question-bank/update-question';
import { Difficulty, QuestionCategoryDto, QuestionDto, QuestionType } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { OPTION_LIMIT, QUESTION_TYPES, QuestionFormValue, answerValidator, fromQuestion, isChoice, optionKey, toSaveQuestion } from './question-form';

export interface QuestionDialogData {
  categories: QuestionCategoryDto[];
  question?: QuestionDto;
  categoryId?: string;
}

/** Creates or edits a question: the answer fields follow the type; wrong answers are named while typing. */
@Component({
  selector: 'app-question-dialog',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, MatCheckboxModule, MatRadioModule, MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.question ? 'learning.question.edit' : 'learning.question.create') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'learning.question.code' | translate }}</mat-label>
            <input matInput formControlName="code" data-testid="question-code" />
            @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.code.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.question.category' | translate }}</mat-label>
            <mat-select formControlName="categoryId" data-testid="question-category">
              @for (c of data.categories; track c.id) { <mat-option [value]="c.id">{{ c.name }}</mat-option> }
            </mat-select>
            @if (form.controls.categoryId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        </div>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'learning.question.type' | translate }}</mat-label>
            <mat-select formControlName="type" data-testid="question-type">
              @for (t of types; track t) { <mat-option [value]="t">{{ 'enums.QuestionType.' + t | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.question.difficulty' | translate }}</mat-label>
            <mat-select formControlName="difficulty" data-testid="question-difficulty">
              @for (d of difficulties; track d) { <mat-option [value]="d">{{ 'enums.Difficulty.' + d | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field>
          <mat-label>{{ 'learning.question.stem' | translate }}</mat-label>
          <textarea matInput formControlName="stem" rows="3" data-testid="question-stem"></textarea>
          @if (form.controls.stem.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.stem.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: 2000 } }}</mat-error> }
        </mat-form-field>

        @if (choice()) {
          <fieldset>
            <legend>{{ 'learning.question.options' | translate }} · {{ 'learning.question.correctKeys' | translate }}</legend>
            @for (c of options.controls; track $index; let i = $index) {
              <div class="option">
                <mat-checkbox [checked]="isCorrect(i)" (change)="toggleCorrect(i, $event.checked)" [attr.data-testid]="'question-correct-' + key(i)"
                              [aria-label]="('learning.question.correct' | translate) + ' ' + key(i)">{{ key(i) }}</mat-checkbox>
                <mat-form-field class="grow">
                  <mat-label>{{ 'learning.question.option' | translate: { key: key(i) } }}</mat-label>
                  <input matInput [formControl]="c" [attr.data-testid]="'question-option-' + key(i)" />
                </mat-form-field>
                <button mat-icon-button type="button" (click)="removeOption(i)" [disabled]="options.length <= 2"
                        [attr.aria-label]="'learning.question.removeOption' | translate: { key: key(i) }"><mat-icon>delete</mat-icon></button>
              </div>
            }
            <button mat-button type="button" (click)="addOption()" [disabled]="options.length >= optionLimit" data-testid="question-add-option">
              <mat-icon>add</mat-icon>{{ 'learning.question.addOption' | translate }}</button>
          </fieldset>
        } @else if (value().type === 'TrueFalse') {
          <label id="tf-label">{{ 'learning.question.correct' | translate }}</label>
          <mat-radio-group formControlName="trueFalse" aria-labelledby="tf-label" data-testid="question-true-false">
            <mat-radio-button value="true">{{ 'learning.question.true' | translate }}</mat-radio-button>
            <mat-radio-button value="false">{{ 'learning.question.false' | translate }}</mat-radio-button>
          </mat-radio-group>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'learning.question.fillIn' | translate }}</mat-label>
            <input matInput formControlName="fillIn" data-testid="question-fill-in" />
            <mat-hint>{{ 'learning.question.fillInHint' | translate }}</mat-hint>
          </mat-form-field>
        }
        @if (answerError(); as e) { <p class="error" role="alert" data-testid="question-answer-error">{{ 'learning.question.' + e | translate }}</p> }

        <mat-form-field>
          <mat-label>{{ 'learning.question.explanation' | translate }}</mat-label>
          <textarea matInput formControlName="explanation" rows="2"></textarea>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'learning.question.tags' | translate }}</mat-label>
          <input matInput formControlName="tags" data-testid="question-tags" />
          <mat-hint>{{ 'learning.question.tagsHint' | translate }}</mat-hint>
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; min-width: min(640px, 84vw); }
    .row { display: flex; gap: 12px; flex-wrap: wrap; } .row mat-form-field { flex: 1; min-width: 180px; }
    fieldset { border: 1px solid rgba(0, 0, 0, .2); border-radius: 4px; padding: 8px 12px; margin: 0 0 12px; }
    .option { display: flex; align-items: center; gap: 8px; } .grow { flex: 1; }
    mat-radio-group { display: flex; gap: 16px; margin: 4px 0 12px; } .error { color: #b3261e; font-size: 13px; margin: 0 0 12px; }
  `,
})
export class QuestionDialogComponent {
  protected readonly data = inject<QuestionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<QuestionDialogComponent, QuestionDto>);
  private readonly api = inject(Api);
  protected readonly types = QUESTION_TYPES;
  protected readonly difficulties: Difficulty[] = ['Easy', 'Medium', 'Hard'];
  protected readonly optionLimit = OPTION_LIMIT;
  protected readonly busy = signal(false);
  private readonly answerTouched = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly initial: QuestionFormValue = this.data.question ? fromQuestion(this.data.question) : {
    code: '', categoryId: this.data.categoryId ?? this.data.categories[0]?.id ?? '', type: 'SingleChoice', difficulty: 'Medium', stem: '',
    options: ['', '', '', ''], correctKeys: [], trueFalse: '', fillIn: '', explanation: '', tags: '',
  };
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly options = new FormArray(this.initial.options.map((o) => new FormControl(o, { nonNullable: true })));
  protected readonly form = this.fb.group({
    code: [this.initial.code, [Validators.required, Validators.maxLength(32), Validators.pattern(/^[A-Za-z0-9_-]+$/)]],
    categoryId: [this.initial.categoryId, Validators.required],
    type: [this.initial.type as QuestionType],
    difficulty: [this.initial.difficulty],
    stem: [this.initial.stem, [Validators.required, Validators.maxLength(2000)]],
    options: this.options,
    correctKeys: [this.initial.correctKeys],
    trueFalse: [this.initial.trueFalse],
    fillIn: [this.initial.fillIn],
    explanation: [this.initial.explanation, Validators.maxLength(2000)],
    tags: [this.initial.tags],
  }, { validators: answerValidator });
  protected readonly value = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), { requireSync: true });
  protected readonly choice = computed(() => isChoice(this.value().type));
  /** Shown once the author has touched an answer field or tried to save. */
  protected readonly answerError = computed(() => {
    this.value();
    const e = this.form.errors?.['answer'] as string | undefined;
    return e && (this.answerTouched() || this.form.controls.fillIn.dirty || this.form.controls.trueFalse.dirty) ? e : null;
  });

  protected key = optionKey;

  isCorrect(i: number): boolean {
    return this.value().correctKeys.includes(optionKey(i));
  }

  toggleCorrect(i: number, checked: boolean): void {
    const k = optionKey(i);
    const current = this.form.controls.correctKeys.value;
    const next = this.value().type === 'SingleChoice' ? (checked ? [k] : []) : checked ? [...current, k] : current.filter((c) => c !== k);
    this.form.controls.correctKeys.setValue(next);
    this.answerTouched.set(true);
  }

  addOption(): void {
    this.options.push(new FormControl('', { nonNullable: true }));
  }

  removeOption(i: number): void {
    this.options.removeAt(i);
    const removed = optionKey(i);
    this.form.controls.correctKeys.setValue(this.form.controls.correctKeys.value.filter((k) => k !== removed)
      .map((k) => (k > removed ? optionKey(k.charCodeAt(0) - 66) : k)));
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.answerTouched.set(true);
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const body = toSaveQuestion(this.form.getRawValue());
      const saved = this.data.question
        ? await this.api.invoke(updateQuestion, { id: this.data.question.id, body })
        : await this.api.invoke(createQuestion, { body });
      this.ref.close(saved);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
