import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { beijingToday } from '../../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { LedgerApi, LedgerDetailDto, MAX_NOTE, REASON_MIN_LENGTH, SEND_BACK_MARKS, Mark } from '../ledger.api';

/** What a reviewer does now: accept or send back a rectified item, or the 回头看 of an accepted one. */
export type ReviewMode = 'accept' | 'sendBack' | 'confirm' | 'reopen';

/** A blank-trimmed length in characters as people count them, so five spaces are not a reason of five characters. */
const minTrimmed = (n: number) => (c: { value: string }): ValidationErrors | null => ([...(c.value ?? '').trim()].length >= n ? null : { minlength: true });

/**
 * The reviewer's decision on an item: accept (optional remarks) or send back marked 虚假整改 / 敷衍整改 with a reason and
 * an optional new deadline; for an accepted item whose 回头看 is due, confirm or reopen with what was found. The server
 * says which apply (actions); a stale version answers 409 and the page reads the item again.
 */
@Component({
  selector: 'app-ledger-review-form',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatIconModule,
    MatDatepickerModule, ProblemAlertComponent],
  providers: DATEPICKER_INTL,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="box" data-testid="ledger-review">
      <h2>{{ (recheck() ? 'supervision.ledger.review.recheck' : 'supervision.ledger.review.title') | translate }}</h2>
      @if (recheck()) { <p class="hint">{{ 'supervision.ledger.review.recheckIntro' | translate }}</p> }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-button-toggle-group formControlName="mode" [attr.aria-label]="'supervision.ledger.review.title' | translate" data-testid="ledger-review-mode">
          @for (m of modes(); track m) {
            <mat-button-toggle [value]="m" [attr.data-testid]="'ledger-review-' + m">{{ 'supervision.ledger.review.' + m | translate }}</mat-button-toggle>
          }
        </mat-button-toggle-group>
        @if (mode() === 'sendBack') {
          <p id="ledger-mark-label" class="label">{{ 'supervision.ledger.review.mark' | translate }}</p>
          <mat-radio-group formControlName="mark" aria-labelledby="ledger-mark-label" data-testid="ledger-review-mark">
            @for (m of marks; track m) { <mat-radio-button [value]="m" [attr.data-testid]="'ledger-mark-' + m">{{ 'supervision.marks.' + m | translate }}</mat-radio-button> }
          </mat-radio-group>
          @if (form.controls.mark.touched && form.controls.mark.hasError('required')) { <p class="error" role="alert">{{ 'validation.required' | translate }}</p> }
        }
        <mat-form-field class="wide">
          <mat-label>{{ reasonLabel() | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" [maxlength]="maxNote" data-testid="ledger-review-reason"></textarea>
          @if (mode() !== 'accept') { <mat-hint>{{ 'supervision.ledger.review.reasonHint' | translate: { n: minLength } }}</mat-hint> }
          @if (form.controls.reason.hasError('minlength')) { <mat-error data-testid="ledger-review-reason-short">{{ 'validation.minLength' | translate: { n: minLength } }}</mat-error> }
        </mat-form-field>
        @if (mode() === 'sendBack' || mode() === 'reopen') {
          <mat-form-field>
            <mat-label>{{ 'supervision.ledger.review.newDue' | translate }}</mat-label>
            <input matInput [matDatepicker]="duePicker" [min]="today" formControlName="dueOn" data-testid="ledger-review-due" />
            <mat-datepicker-toggle matIconSuffix [for]="duePicker" /><mat-datepicker #duePicker />
            <mat-hint>{{ 'supervision.ledger.review.newDueHint' | translate }}</mat-hint>
            @if (form.controls.dueOn.hasError('matDatepickerParse')) { <mat-error>{{ 'validation.date' | translate }}</mat-error> }
            @else if (form.controls.dueOn.invalid) { <mat-error>{{ 'supervision.ledger.selfCheck.duePast' | translate }}</mat-error> }
          </mat-form-field>
        }
        <app-problem-alert [problem]="problem()" />
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="ledger-review-submit">{{ 'supervision.ledger.review.submit' | translate }}</button>
      </form>
    </section>
  `,
  styles: `
    .box { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; }
    h2 { font-size: 18px; margin: 0 0 8px; }
    form { display: flex; flex-direction: column; gap: 8px; max-width: 640px; }
    mat-button-toggle-group { align-self: flex-start; flex-wrap: wrap; }
    mat-radio-group { display: flex; flex-wrap: wrap; gap: 12px; }
    .label { margin: 4px 0 0; }
    .wide { width: 100%; }
    .hint { font-size: 13px; color: rgba(0, 0, 0, 0.6); margin: 0 0 8px; }
    .error { color: #b3261e; font-size: 13px; margin: 0; }
    button[type=submit] { align-self: flex-start; min-height: 44px; }
  `,
})
export class LedgerReviewFormComponent {
  private readonly api = inject(LedgerApi);
  readonly detail = input.required<LedgerDetailDto>();
  readonly changed = output<LedgerDetailDto | null>();
  protected readonly marks = SEND_BACK_MARKS;
  protected readonly maxNote = MAX_NOTE;
  protected readonly minLength = REASON_MIN_LENGTH;
  protected readonly today = beijingToday();
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** The 回头看 of an accepted item (else the review of a rectified one). */
  protected readonly recheck = computed(() => this.detail().actions.recheck && this.detail().item.state === 'Accepted');
  protected readonly modes = computed((): ReviewMode[] => {
    const a = this.detail().actions;
    if (this.recheck()) return ['confirm', 'reopen'];
    return [...(a.accept ? (['accept'] as const) : []), ...(a.sendBack ? (['sendBack'] as const) : [])];
  });

  private readonly notPast = (c: { value: string | null }): ValidationErrors | null => (c.value && c.value < this.today ? { past: true } : null);
  protected readonly form = inject(FormBuilder).group({
    mode: ['accept' as ReviewMode],
    mark: [null as Mark | null],
    reason: [''],
    dueOn: [null as string | null, this.notPast],
  });
  protected readonly mode = signal<ReviewMode>('accept');
  protected readonly reasonLabel = computed(() => {
    switch (this.mode()) {
      case 'accept': return 'supervision.ledger.review.acceptNote';
      case 'sendBack': return 'supervision.ledger.review.reason';
      default: return 'supervision.ledger.review.recheckReason';
    }
  });

  constructor() {
    this.form.controls.mode.valueChanges.subscribe((m) => this.setMode(m ?? 'accept'));
    // Validate as one types: the length message shows while the reason is written.
    this.form.controls.reason.valueChanges.subscribe(() => this.form.controls.reason.markAsTouched());
    // A new state of the item starts the form again with its first choice.
    effect(() => {
      const first = this.modes()[0] ?? 'accept';
      this.form.reset({ mode: first, mark: null, reason: '', dueOn: null });
      this.setMode(first);
    });
  }

  private setMode(m: ReviewMode): void {
    this.mode.set(m);
    const { reason, mark } = this.form.controls;
    reason.setValidators(m === 'accept' ? [Validators.maxLength(MAX_NOTE)] : [minTrimmed(REASON_MIN_LENGTH), Validators.maxLength(MAX_NOTE)]);
    mark.setValidators(m === 'sendBack' ? Validators.required : null);
    reason.updateValueAndValidity({ emitEvent: false });
    mark.updateValueAndValidity({ emitEvent: false });
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const item = this.detail().item;
    const reason = (v.reason ?? '').trim();
    const dueOn = v.dueOn || null;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const answer = await (() => {
        switch (this.mode()) {
          case 'accept': return this.api.accept(item, reason || null);
          case 'sendBack': return this.api.sendBack(item, v.mark!, reason, dueOn);
          case 'confirm': return this.api.recheck(item, false, reason, null);
          case 'reopen': return this.api.recheck(item, true, reason, dueOn);
        }
      })();
      this.changed.emit(answer);
    } catch (e) {
      const p = toProblem(e);
      this.problem.set(p);
      if (p.status === 409) this.changed.emit(null);
    } finally {
      this.busy.set(false);
    }
  }
}
