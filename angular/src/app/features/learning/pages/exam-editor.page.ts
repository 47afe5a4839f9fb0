import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { debounceTime, map, startWith } from 'rxjs';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listCourses } from '../../../proxy/fn/courses/list-courses';
import { createExam } from '../../../proxy/fn/exams/create-exam';
import { getExam } from '../../../proxy/fn/exams/get-exam';
import { updateExam } from '../../../proxy/fn/exams/update-exam';
import { getQuestion } from '../../../proxy/fn/question-bank/get-question';
import { listQuestionCategories } from '../../../proxy/fn/question-bank/list-question-categories';
import { listQuestions } from '../../../proxy/fn/question-bank/list-questions';
import { ContentOwnerChoicesDto, CourseListItemDto, Difficulty, GradingPolicy, PaperMode, QuestionCategoryDto, QuestionDto, QuestionType } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { OwnerPickerComponent, loadOwnerChoices } from '../components/owner-picker.component';
import { ExamQuestionPickerComponent } from '../components/exam-question-picker.component';
import { EXAM_LIMITS, ExamFormValue, RuleRow, beijingDateTime, closesAfterOpens, fromExam, intRange, newExam, ruleProblems, rulesTotal, toSaveExam } from '../components/exam-form';
import { QUESTION_TYPES } from '../components/question-form';

function ruleGroup(fb: NonNullableFormBuilder, r: RuleRow) {
  return fb.group({
    categoryId: [r.categoryId, Validators.required],
    difficulty: [r.difficulty as Difficulty | ''],
    type: [r.type as QuestionType | ''],
    count: [r.count, intRange(1, EXAM_LIMITS.count)],
    points: [r.points, intRange(1, EXAM_LIMITS.points)],
  });
}
type RuleGroup = ReturnType<typeof ruleGroup>;

@Component({
  selector: 'app-exam-editor-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, OwnerPickerComponent, ExamQuestionPickerComponent, MatCardModule, MatFormFieldModule,
    MatInputModule, MatSelectModule, MatCheckboxModule, MatRadioModule, MatButtonModule, MatIconModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/learning/exams"><mat-icon>arrow_back</mat-icon>{{ 'learning.exam.back' | translate }}</a>
    <div class="head">
      <h1>{{ (id() ? 'learning.exam.edit' : 'learning.exam.create') | translate }}</h1>
      @if (id()) { <a mat-stroked-button [routerLink]="['/learning/exams', id(), 'results']" data-testid="exam-results"><mat-icon>leaderboard</mat-icon>{{ 'learning.exam.results' | translate }}</a> }
    </div>
    @if (started()) { <p class="started" role="note" data-testid="exam-started">{{ 'learning.exam.startedNote' | translate }}</p> }
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-card appearance="outlined">
        <mat-card-content class="grid">
          <mat-form-field class="span2">
            <mat-label>{{ 'learning.exam.title' | translate }}</mat-label>
            <input matInput formControlName="title" data-testid="exam-title" />
            @if (form.controls.title.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.title.hasError('maxlength')) { <mat-error>{{ 'learning.validation.maxLength' | translate: { n: limits.title } }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.exam.course' | translate }}</mat-label>
            <mat-select formControlName="courseId" data-testid="exam-course">
              <mat-option value="">{{ 'learning.exam.noCourse' | translate }}</mat-option>
              @for (c of courses(); track c.id) { <mat-option [value]="c.id">{{ c.code }} {{ c.title }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-checkbox formControlName="isPreJob" data-testid="exam-prejob">{{ 'learning.exam.preJob' | translate }}</mat-checkbox>
          @if (!id()) { <div class="span2"><app-owner-picker [control]="owner" [choices]="ownerChoices()" /></div> }
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ 'learning.exam.window' | translate }}</mat-card-title></mat-card-header>
        <mat-card-content class="grid">
          <mat-form-field>
            <mat-label>{{ 'learning.exam.opensAt' | translate }}（{{ 'learning.exam.beijing' | translate }}）</mat-label>
            <input matInput type="datetime-local" formControlName="opensAt" data-testid="exam-opens" />
            @if (form.controls.opensAt.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.opensAt.hasError('dateTime')) { <mat-error>{{ 'learning.validation.dateTime' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.exam.closesAt' | translate }}（{{ 'learning.exam.beijing' | translate }}）</mat-label>
            <input matInput type="datetime-local" formControlName="closesAt" data-testid="exam-closes" />
            @if (form.controls.closesAt.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.closesAt.hasError('dateTime')) { <mat-error>{{ 'learning.validation.dateTime' | translate }}</mat-error> }
          </mat-form-field>
          @if (form.hasError('closesAfterOpens')) { <p class="error span2" role="alert" data-testid="exam-window-error">{{ 'learning.validation.closesAfterOpens' | translate }}</p> }
          <mat-form-field>
            <mat-label>{{ 'learning.exam.timeLimit' | translate }}</mat-label>
            <input matInput type="number" formControlName="timeLimitMinutes" data-testid="exam-time-limit" />
            @if (form.controls.timeLimitMinutes.errors) { <mat-error>{{ 'learning.validation.range' | translate: { min: 1, max: limits.timeLimit } }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.exam.attempts' | translate }}</mat-label>
            <input matInput type="number" formControlName="maxAttempts" data-testid="exam-attempts" />
            @if (form.controls.maxAttempts.errors) { <mat-error>{{ 'learning.validation.range' | translate: { min: 1, max: limits.attempts } }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.exam.passPercent' | translate }}</mat-label>
            <input matInput type="number" formControlName="passPercent" data-testid="exam-pass" />
            @if (form.controls.passPercent.errors) { <mat-error>{{ 'learning.validation.range' | translate: { min: 1, max: limits.percent } }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'learning.exam.grading' | translate }}</mat-label>
            <mat-select formControlName="gradingPolicy">
              @for (g of policies; track g) { <mat-option [value]="g">{{ 'enums.GradingPolicy.' + g | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-checkbox formControlName="shuffleQuestions">{{ 'learning.exam.shuffleQuestions' | translate }}</mat-checkbox>
          <mat-checkbox formControlName="shuffleOptions">{{ 'learning.exam.shuffleOptions' | translate }}</mat-checkbox>
        </mat-card-content>
      </mat-card>

      <mat-card appearance="outlined">
        <mat-card-header><mat-card-title>{{ 'learning.exam.questions' | translate }}</mat-card-title></mat-card-header>
        <mat-card-content>
          <mat-radio-group formControlName="paperMode" [attr.aria-label]="'learning.exam.paperMode' | translate" data-testid="exam-mode">
            @for (m of modes; track m) { <mat-radio-button [value]="m" [attr.data-testid]="'exam-mode-' + m">{{ 'enums.PaperMode.' + m | translate }}</mat-radio-button> }
          </mat-radio-group>
          @if (value().paperMode === 'Fixed') {
            <mat-form-field>
              <mat-label>{{ 'learning.exam.pointsPerQuestion' | translate }}</mat-label>
              <input matInput type="number" formControlName="pointsPerQuestion" data-testid="exam-points" />
              @if (form.controls.pointsPerQuestion.errors) { <mat-error>{{ 'learning.validation.range' | translate: { min: 1, max: limits.points } }}</mat-error> }
            </mat-form-field>
            <p role="status" data-testid="exam-paper-total">{{ 'learning.exam.picked' | translate: { count: paper().length, score: fixedScore() } }}</p>
            <ol class="paper" data-testid="exam-paper">
              @for (q of paper(); track q.id) {
                <li><span class="code">{{ q.code }}</span><span class="stem">{{ q.stem }}</span>
                  <button mat-icon-button type="button" (click)="removeQuestion(q.id)" [attr.aria-label]="('learning.exam.removeQuestion' | translate) + ' ' + q.code"><mat-icon>remove_circle_outline</mat-icon></button></li>
              }
            </ol>
            @if (paperError()) { <p class="error" role="alert">{{ 'learning.exam.noQuestions' | translate }}</p> }
            <h3>{{ 'learning.exam.pick' | translate }}</h3>
            <app-exam-question-picker [categories]="categories()" [selected]="paperIds()" (add)="addQuestion($event)" />
          } @else {
            <div formArrayName="rules" class="rules" data-testid="exam-rules">
              @for (r of rules.controls; track r; let i = $index) {
                <div class="rule" [formGroupName]="i">
                  <mat-form-field>
                    <mat-label>{{ 'learning.question.category' | translate }}</mat-label>
                    <mat-select formControlName="categoryId" [attr.data-testid]="'rule-category-' + i">
                      @for (c of categories(); track c.id) { <mat-option [value]="c.id">{{ c.name }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'learning.question.difficulty' | translate }}</mat-label>
                    <mat-select formControlName="difficulty">
                      <mat-option value="">{{ 'learning.exam.anyDifficulty' | translate }}</mat-option>
                      @for (d of difficulties; track d) { <mat-option [value]="d">{{ 'enums.Difficulty.' + d | translate }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field>
                    <mat-label>{{ 'learning.question.type' | translate }}</mat-label>
                    <mat-select formControlName="type">
                      <mat-option value="">{{ 'learning.exam.anyType' | translate }}</mat-option>
                      @for (t of types; track t) { <mat-option [value]="t">{{ 'enums.QuestionType.' + t | translate }}</mat-option> }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field class="small">
                    <mat-label>{{ 'learning.exam.count' | translate }}</mat-label>
                    <input matInput type="number" formControlName="count" [attr.data-testid]="'rule-count-' + i" />
                  </mat-form-field>
                  <mat-form-field class="small">
                    <mat-label>{{ 'learning.exam.points' | translate }}</mat-label>
                    <input matInput type="number" formControlName="points" [attr.data-testid]="'rule-points-' + i" />
                  </mat-form-field>
                  <button mat-icon-button type="button" (click)="removeRule(i)" [attr.aria-label]="'learning.exam.removeRule' | translate"><mat-icon>delete</mat-icon></button>
                  <div class="rule-note" [attr.data-testid]="'rule-note-' + i">
                    @if (available()[ruleKey(value().rules[i])]; as n) { <span>{{ 'learning.exam.available' | translate: { count: n } }}</span> }
                    @else if (available()[ruleKey(value().rules[i])] === 0) { <span>{{ 'learning.exam.available' | translate: { count: 0 } }}</span> }
                    @for (e of ruleErrors(i); track e) {
                      <span class="error" role="alert">{{ e === 'notEnough' ? ('learning.exam.notEnough' | translate: { count: available()[ruleKey(value().rules[i])] }) : ('learning.exam.ruleErrors.' + e | translate: { min: 1, max: e === 'count' ? limits.count : limits.points }) }}</span>
                    }
                  </div>
                </div>
              }
            </div>
            <p role="status">{{ 'learning.exam.rulesTotal' | translate: rulesTotal() }}</p>
            @if (paperError()) { <p class="error" role="alert">{{ 'learning.exam.noRules' | translate }}</p> }
            <button mat-stroked-button type="button" (click)="addRule()" [disabled]="!categories().length" data-testid="exam-add-rule"><mat-icon>add</mat-icon>{{ 'learning.exam.addRule' | translate }}</button>
          }
        </mat-card-content>
      </mat-card>
      <app-problem-alert [problem]="problem()" />
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="exam-save"><mat-icon>save</mat-icon>{{ 'common.save' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; } h3 { font-size: 15px; margin: 16px 0 8px; }
    mat-card { margin-bottom: 16px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 4px 16px; align-items: center; padding-top: 8px; }
    .span2 { grid-column: span 2; }
    mat-radio-group { display: flex; gap: 24px; margin: 8px 0 16px; }
    .paper { margin: 0 0 8px; padding-left: 24px; } .paper li { padding: 2px 0; } .paper li > * { vertical-align: middle; }
    .code { font-family: monospace; margin-right: 12px; } .stem { display: inline-block; max-width: 70%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .rules { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
    .rule { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; border-bottom: 1px dashed rgba(0, 0, 0, .12); padding-top: 8px; }
    .rule mat-form-field { width: 170px; } .rule .small { width: 110px; } .rule-note { flex-basis: 100%; display: flex; gap: 16px; font-size: 13px; margin: -8px 0 8px; color: rgba(0, 0, 0, .6); }
    .started { padding: 8px 12px; border-radius: 8px; background: #fff3e0; }
    .error { color: #b3261e; font-size: 13px; margin: 0; } .actions { display: flex; justify-content: flex-end; }
    @media (max-width: 599px) { .span2 { grid-column: auto; } .rule mat-form-field, .rule .small { width: 100%; } }
  `,
})
export class ExamEditorPage implements OnInit {
  readonly id = input<string>();
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly limits = EXAM_LIMITS;
  protected readonly types = QUESTION_TYPES;
  protected readonly difficulties: Difficulty[] = ['Easy', 'Medium', 'Hard'];
  protected readonly modes: PaperMode[] = ['Fixed', 'Rules'];
  protected readonly policies: GradingPolicy[] = ['Highest', 'Last'];
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** The owner of a new exam (chosen on create only; '' = the city, or the one hall of a manager of one). */
  protected readonly owner = new FormControl('', { nonNullable: true });
  protected readonly ownerChoices = signal<ContentOwnerChoicesDto | null>(null);
  /** Someone has started the exam: its rules stay, its close only moves later (the server refuses anything else). */
  protected readonly started = signal(false);
  protected readonly courses = signal<CourseListItemDto[]>([]);
  protected readonly categories = signal<QuestionCategoryDto[]>([]);
  /** The fixed paper, in order, with the questions' texts. */
  protected readonly paper = signal<QuestionDto[]>([]);
  /** How many questions the bank holds for each rule row (by the row's filter key). */
  protected readonly available = signal<Record<string, number>>({});
  protected readonly rules = new FormArray<RuleGroup>([]);
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(EXAM_LIMITS.title)]],
    courseId: [''],
    isPreJob: [false],
    paperMode: ['Fixed' as PaperMode],
    pointsPerQuestion: [5 as number | string, intRange(1, EXAM_LIMITS.points)],
    rules: this.rules,
    timeLimitMinutes: [60 as number | string, intRange(1, EXAM_LIMITS.timeLimit)],
    opensAt: ['', beijingDateTime],
    closesAt: ['', beijingDateTime],
    maxAttempts: [1 as number | string, intRange(1, EXAM_LIMITS.attempts)],
    passPercent: [60 as number | string, intRange(1, EXAM_LIMITS.percent)],
    gradingPolicy: ['Highest' as GradingPolicy],
    shuffleQuestions: [true],
    shuffleOptions: [true],
  }, { validators: closesAfterOpens });
  protected readonly value = toSignal(this.form.valueChanges.pipe(startWith(null), map(() => this.form.getRawValue())), { requireSync: true });
  protected readonly fixedScore = computed(() => this.paper().length * (Number(this.value().pointsPerQuestion) || 0));
  protected readonly rulesTotal = computed(() => rulesTotal(this.value().rules as RuleRow[]));
  protected readonly paperError = signal(false);
  protected readonly paperIds = computed(() => this.paper().map((q) => q.id));

  constructor() {
    this.rules.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => void this.countAvailable());
  }

  async ngOnInit(): Promise<void> {
    if (!this.id()) void loadOwnerChoices(this.api, this.owner).then((c) => this.ownerChoices.set(c));
    try {
      const [courses, categories] = await Promise.all([
        this.api.invoke(listCourses, { MaxResultCount: 1000, Sorting: 'code asc' }),
        this.api.invoke(listQuestionCategories),
      ]);
      this.courses.set(courses.items);
      this.categories.set(categories);
      const id = this.id();
      const exam = id ? await this.api.invoke(getExam, { id }) : null;
      this.started.set(exam?.hasAttempts ?? false);
      const initial = exam ? fromExam(exam) : newExam();
      this.load(initial);
      if (initial.questionIds.length) this.paper.set(await Promise.all(initial.questionIds.map((q) => this.api.invoke(getQuestion, { id: q }))));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected ruleKey(r: RuleRow): string {
    return `${r.categoryId}|${r.difficulty}|${r.type}`;
  }

  protected ruleErrors(i: number): string[] {
    const row = this.value().rules[i] as RuleRow;
    const group = this.rules.at(i);
    if (!group || !(group.dirty || group.touched)) return [];
    return ruleProblems(row, this.available()[this.ruleKey(row)]);
  }

  addRule(): void {
    this.rules.push(ruleGroup(this.fb, { categoryId: this.categories()[0]?.id ?? '', difficulty: '', type: '', count: 10, points: 5 }));
    this.rules.at(this.rules.length - 1).markAsDirty();
    this.paperError.set(false);
  }

  removeRule(i: number): void {
    this.rules.removeAt(i);
  }

  addQuestion(q: QuestionDto): void {
    if (this.paper().some((p) => p.id === q.id)) return;
    this.paper.update((p) => [...p, q]);
    this.paperError.set(false);
  }

  removeQuestion(id: string): void {
    this.paper.update((p) => p.filter((q) => q.id !== id));
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    const v = this.form.getRawValue() as ExamFormValue;
    const paperMissing = v.paperMode === 'Fixed' ? this.paper().length === 0 : v.rules.length === 0;
    this.paperError.set(paperMissing);
    const ruleBroken = v.paperMode === 'Rules' && v.rules.some((r) => ruleProblems(r, this.available()[this.ruleKey(r)]).length > 0);
    this.owner.markAsTouched();
    if (this.form.invalid || paperMissing || ruleBroken || this.owner.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const body = toSaveExam({ ...v, questionIds: this.paper().map((q) => q.id) });
      const id = this.id();
      const saved = id ? await this.api.invoke(updateExam, { id, body })
        : await this.api.invoke(createExam, { body: { ...body, ownerHallId: this.owner.value || null } });
      this.snack.open(this.translate.instant('learning.exam.saved'), undefined, { duration: 3000 });
      if (!id) void this.router.navigate(['/learning/exams', saved.id], { replaceUrl: true });
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  private load(v: ExamFormValue): void {
    this.rules.clear();
    for (const r of v.rules) this.rules.push(ruleGroup(this.fb, r));
    const { rules: _rules, questionIds: _ids, ...rest } = v;
    this.form.patchValue(rest);
  }

  /** Asks the bank how many questions each distinct rule filter matches (one small request per filter). */
  private async countAvailable(): Promise<void> {
    const rows = (this.rules.getRawValue() as RuleRow[]).filter((r) => r.categoryId);
    const keys = [...new Set(rows.map((r) => this.ruleKey(r)))].filter((k) => !(k in this.available()));
    const counts = await Promise.all(keys.map(async (k) => {
      const [categoryId, difficulty, type] = k.split('|');
      try {
        const page = await this.api.invoke(listQuestions, {
          CategoryId: categoryId, Difficulty: (difficulty as Difficulty) || undefined, Type: (type as QuestionType) || undefined, MaxResultCount: 1,
        });
        return [k, page.totalCount] as const;
      } catch {
        return null;
      }
    }));
    this.available.update((a) => ({ ...a, ...Object.fromEntries(counts.filter((c) => c !== null)) }));
  }
}
