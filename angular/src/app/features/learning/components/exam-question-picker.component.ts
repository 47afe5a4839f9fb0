import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, combineLatest, debounceTime, distinctUntilChanged, from, map, of, startWith, switchMap } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listQuestions } from '../../../proxy/fn/question-bank/list-questions';
import { QuestionCategoryDto, QuestionDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** Searches the bank on the server (text and category) and offers each question to add to a fixed paper. */
@Component({
  selector: 'app-exam-question-picker',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="filters" role="search">
      <mat-form-field class="grow">
        <mat-label>{{ 'learning.exam.pickerSearch' | translate }}</mat-label>
        <input matInput [formControl]="text" data-testid="picker-search" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'learning.question.category' | translate }}</mat-label>
        <mat-select [formControl]="category">
          <mat-option value="">{{ 'learning.question.allCategories' | translate }}</mat-option>
          @for (c of categories(); track c.id) { <mat-option [value]="c.id">{{ c.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    <app-problem-alert [problem]="problem()" />
    <ul class="found" data-testid="picker-results">
      @for (q of found(); track q.id) {
        <li>
          <span class="code">{{ q.code }}</span>
          <span class="stem">{{ q.stem }}</span>
          <span class="type">{{ 'enums.QuestionType.' + q.type | translate }}</span>
          <button mat-icon-button type="button" (click)="add.emit(q)" [disabled]="selected().includes(q.id)"
                  [attr.aria-label]="('learning.exam.addQuestion' | translate) + ' ' + q.code" [attr.data-testid]="'pick-' + q.code">
            <mat-icon>add_circle</mat-icon></button>
        </li>
      } @empty { <li class="empty">{{ 'common.empty' | translate }}</li> }
    </ul>
  `,
  styles: `
    .filters { display: flex; gap: 8px; flex-wrap: wrap; } .grow { flex: 1; min-width: 200px; }
    .found { list-style: none; margin: 0; padding: 0; max-height: 320px; overflow: auto; border: 1px solid rgba(0, 0, 0, .12); border-radius: 4px; }
    .found li { display: flex; align-items: center; gap: 8px; padding: 2px 8px; border-bottom: 1px solid rgba(0, 0, 0, .06); }
    .code { font-family: monospace; min-width: 88px; } .stem { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .type { color: rgba(0, 0, 0, .6); font-size: 13px; } .empty { padding: 12px; justify-content: center; }
  `,
})
export class ExamQuestionPickerComponent {
  readonly categories = input.required<QuestionCategoryDto[]>();
  readonly selected = input.required<string[]>();
  readonly add = output<QuestionDto>();
  private readonly api = inject(Api);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly category = new FormControl('', { nonNullable: true });
  protected readonly found = toSignal(
    combineLatest([
      this.text.valueChanges.pipe(startWith(''), debounceTime(250), map((t) => t.trim()), distinctUntilChanged()),
      this.category.valueChanges.pipe(startWith('')),
    ]).pipe(
      switchMap(([filter, categoryId]) => from(this.api.invoke(listQuestions, {
        Filter: filter || undefined, CategoryId: categoryId || undefined, MaxResultCount: 20, Sorting: 'code asc',
      })).pipe(map((p) => { this.problem.set(null); return p.items; }), catchError((e) => { this.problem.set(toProblem(e)); return of([]); }))),
    ),
    { initialValue: [] as QuestionDto[] },
  );
}
