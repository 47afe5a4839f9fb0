import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../proxy/api';
import { listExams } from '../../../proxy/fn/exams/list-exams';
import { ExamDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { ContestDto, ContestsApi, LIMITS, ROUND_KINDS, RoundDto, RoundKind, SaveRoundInput } from '../contests.api';
import { ConsoleContest } from './console-contest';
import { roundError, weightShares } from './contest-form-rules';

type CriterionGroup = FormGroup<{ name: FormControl<string>; maxPoints: FormControl<number | null> }>;
type RoundGroup = FormGroup<{
  id: FormControl<string | null>; kind: FormControl<RoundKind>; title: FormControl<string>; weight: FormControl<number | null>;
  examId: FormControl<string | null>; criteria: FormArray<CriterionGroup>; judges: FormControl<string[]>;
}>;

const roundValid = (g: AbstractControl): ValidationErrors | null => {
  const v = (g as RoundGroup).getRawValue();
  const e = roundError({ kind: v.kind, weight: v.weight, examId: v.examId, criteria: v.criteria.map((c) => ({ name: c.name, maxPoints: c.maxPoints })) });
  if (e) return { [e]: true };
  return v.kind === 'Written' && !v.examId ? { exam: true } : null;
};

/**
 * The contest's rounds in order: kind, title, weight (its share of the final score shown), the written round's exam (an
 * exam of the contest's owner, made on Learning's exam pages), a judged round's criteria with maximum points and its
 * judges (of the contest's judges). Saved together; only before the first round opens.
 */
@Component({
  selector: 'app-rounds-editor',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatIconModule, MatCheckboxModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="sub">{{ 'contests.rounds.intro' | translate }}</p>
    <div [formGroup]="form" class="rounds">
      <div formArrayName="rounds">
        @for (g of form.controls.rounds.controls; track g; let i = $index) {
          <fieldset [formGroupName]="i" class="round" [attr.data-testid]="'round-' + i">
            <legend>{{ 'contests.rounds.round' | translate: { n: i + 1 } }} · {{ 'contests.detail.share' | translate: { n: shares()[i] } }}</legend>
            <div class="row">
              <mat-form-field>
                <mat-label>{{ 'contests.rounds.kind' | translate }}</mat-label>
                <mat-select formControlName="kind" [attr.data-testid]="'round-kind-' + i">
                  @for (k of kinds; track k) { <mat-option [value]="k">{{ 'contests.roundKinds.' + k | translate }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field class="grow">
                <mat-label>{{ 'contests.rounds.title' | translate }}</mat-label>
                <input matInput formControlName="title" [maxlength]="limits.title" [attr.data-testid]="'round-title-' + i" />
              </mat-form-field>
              <mat-form-field class="small">
                <mat-label>{{ 'contests.rounds.weight' | translate }}</mat-label>
                <input matInput type="number" formControlName="weight" min="1" [max]="limits.weight" [attr.data-testid]="'round-weight-' + i" />
              </mat-form-field>
            </div>
            @if (g.controls.kind.value === 'Written') {
              <mat-form-field class="grow">
                <mat-label>{{ 'contests.rounds.exam' | translate }}</mat-label>
                <mat-select formControlName="examId" [attr.data-testid]="'round-exam-' + i">
                  @for (e of exams(); track e.id) { <mat-option [value]="e.id">{{ e.title }}</mat-option> }
                </mat-select>
                <mat-hint>{{ 'contests.rounds.examHint' | translate }}</mat-hint>
              </mat-form-field>
            } @else {
              <div formArrayName="criteria">
                @for (k of g.controls.criteria.controls; track k; let j = $index) {
                  <div [formGroupName]="j" class="row">
                    <mat-form-field class="grow">
                      <mat-label>{{ 'contests.rounds.criterion' | translate: { n: j + 1 } }}</mat-label>
                      <input matInput formControlName="name" [attr.data-testid]="'criterion-name-' + i + '-' + j" />
                    </mat-form-field>
                    <mat-form-field class="small">
                      <mat-label>{{ 'contests.rounds.maxPoints' | translate }}</mat-label>
                      <input matInput type="number" formControlName="maxPoints" min="1" [max]="limits.criterionPoints" [attr.data-testid]="'criterion-max-' + i + '-' + j" />
                    </mat-form-field>
                    <button mat-icon-button type="button" (click)="g.controls.criteria.removeAt(j)" [attr.aria-label]="'contests.rounds.removeCriterion' | translate"><mat-icon>delete</mat-icon></button>
                  </div>
                }
              </div>
              <button mat-button type="button" (click)="g.controls.criteria.push(criterion())" [attr.data-testid]="'criterion-add-' + i"><mat-icon>add</mat-icon>{{ 'contests.rounds.addCriterion' | translate }}</button>
              <mat-form-field class="grow">
                <mat-label>{{ 'contests.rounds.judges' | translate }}</mat-label>
                <mat-select formControlName="judges" multiple [attr.data-testid]="'round-judges-' + i">
                  @for (j of contestJudges(); track j.staffId) { <mat-option [value]="j.staffId">{{ j.staffNumber }} {{ j.name }}</mat-option> }
                </mat-select>
                <mat-hint>{{ 'contests.rounds.judgesHint' | translate }}</mat-hint>
              </mat-form-field>
            }
            @if (g.errors; as e) { <p class="error" role="alert">{{ 'contests.rounds.errors.' + firstKey(e) | translate }}</p> }
            <button mat-button type="button" (click)="form.controls.rounds.removeAt(i)" [disabled]="!editable()">{{ 'contests.rounds.remove' | translate }}</button>
          </fieldset>
        }
      </div>
      <button mat-stroked-button type="button" (click)="addRound()" [disabled]="!editable() || form.controls.rounds.length >= limits.rounds" data-testid="round-add"><mat-icon>add</mat-icon>{{ 'contests.rounds.add' | translate }}</button>
    </div>
    <app-problem-alert [problem]="actions.problem()" />
    <button mat-flat-button (click)="save()" [disabled]="!editable() || form.invalid || form.controls.rounds.length === 0 || actions.busy()" data-testid="rounds-save">{{ 'common.save' | translate }}</button>
  `,
  styles: `
    .round { border: 1px solid rgba(0, 0, 0, 0.2); border-radius: 4px; margin: 8px 0; max-width: 860px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .grow { flex: 1 1 240px; width: 100%; } .small { width: 120px; }
    .error { color: #c62828; font-size: 13px; } .sub { color: rgba(0, 0, 0, 0.65); }
  `,
})
export class RoundsEditorComponent implements OnInit {
  readonly contest = input.required<ContestDto>();
  private readonly api = inject(ContestsApi);
  private readonly console = inject(ConsoleContest);
  private readonly rawApi = inject(Api);
  protected readonly actions = new ActionRunner();
  protected readonly limits = LIMITS;
  protected readonly kinds = ROUND_KINDS;
  protected readonly exams = signal<ExamDto[]>([]);
  protected readonly form = new FormGroup({ rounds: new FormArray<RoundGroup>([]) });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly shares = computed(() => weightShares((this.value().rounds ?? []).map((r) => r.weight ?? null)));
  /** The contest's judges, once each (the chief judge is listed as a judge and as chief). */
  protected readonly contestJudges = computed(() =>
    [...new Map(this.contest().staff.filter((s) => s.role === 'Judge' || s.role === 'ChiefJudge').map((s) => [s.staffId, s])).values()]);
  protected readonly editable = computed(() => this.contest().state !== 'Published' && this.contest().rounds.every((r) => r.state === 'Pending'));

  async ngOnInit(): Promise<void> {
    for (const r of this.contest().rounds) this.form.controls.rounds.push(this.round(r));
    if (!this.editable()) this.form.disable();
    const owner = this.contest().ownerHallId ?? null;
    try {
      // The written round's exam must have the contest's owner: offer those only.
      this.exams.set((await this.rawApi.invoke(listExams, {})).filter((e) => (e.ownerHallId ?? null) === owner));
    } catch {
      this.exams.set([]);
    }
  }

  protected firstKey(e: ValidationErrors): string {
    return Object.keys(e)[0];
  }

  protected criterion(name = '', maxPoints: number | null = 10): CriterionGroup {
    return new FormGroup({
      name: new FormControl(name, { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
      maxPoints: new FormControl<number | null>(maxPoints, [Validators.required, Validators.min(1), Validators.max(LIMITS.criterionPoints)]),
    });
  }

  private round(r?: RoundDto): RoundGroup {
    return new FormGroup({
      id: new FormControl<string | null>(r?.id ?? null),
      kind: new FormControl<RoundKind>(r?.kind ?? 'Practical', { nonNullable: true }),
      title: new FormControl(r?.title ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.title)] }),
      weight: new FormControl<number | null>(r?.weight ?? 50, [Validators.required, Validators.min(1), Validators.max(LIMITS.weight)]),
      examId: new FormControl<string | null>(r?.examId ?? null),
      criteria: new FormArray<CriterionGroup>((r?.criteria ?? []).map((c) => this.criterion(c.name, c.maxPoints))),
      judges: new FormControl<string[]>(r?.judgeStaffIds ?? [], { nonNullable: true }),
    }, { validators: roundValid });
  }

  protected addRound(): void {
    this.form.controls.rounds.push(this.round());
  }

  protected async save(): Promise<void> {
    const c = this.contest();
    const rounds: SaveRoundInput[] = this.form.controls.rounds.getRawValue().map((r) => ({
      id: r.id, kind: r.kind, title: r.title.trim(), weight: r.weight ?? 1, examId: r.kind === 'Written' ? r.examId : null,
      criteria: r.kind === 'Written' ? [] : r.criteria.map((k) => ({ name: k.name.trim(), maxPoints: k.maxPoints ?? 1 })),
      judgeStaffIds: r.kind === 'Written' ? [] : r.judges,
    }));
    const done = await this.actions.run(() => this.api.saveRounds(c.id, rounds, c.version));
    if (!done) return;
    // The saved rounds carry their ids now: the next save keeps them rather than replacing them.
    this.form.controls.rounds.clear();
    for (const r of done.rounds) this.form.controls.rounds.push(this.round(r));
    this.console.contest.set(done);
  }
}
