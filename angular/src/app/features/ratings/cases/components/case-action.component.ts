import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { canClose } from '../case-rules';
import { CaseDetailDto, CasesApi, REASON_MIN_LENGTH, RATING_LEVELS, RatingLevel, VERDICTS, followUpLink } from '../cases.api';

/** A blank-trimmed length check in characters as people count them, so five spaces are not a note of five characters. */
const minTrimmed = (n: () => number) => (c: { value: string }) => ([...(c.value ?? '').trim()].length >= n() ? null : { minlength: true });

/**
 * The action of the case's current step, for its handler: take it, verify with a verdict, call back, rectify, reply
 * (then the citizen's follow-up link with a copy button), record the follow-up, close. Each form checks as one types;
 * the server's refusals (another handler was faster: a version conflict) show as a problem and the case is read again.
 */
@Component({
  selector: 'app-case-action',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, MatIconModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = detail();
    @let c = d.case;
    <section class="action" data-testid="case-action" [attr.data-step]="c.state">
      <h2>{{ 'ratings.cases.action.title' | translate }}</h2>
      @if (link(); as l) {
        <div class="link" data-testid="follow-up-link-box">
          <p>{{ 'ratings.cases.action.linkIntro' | translate: { until: time(l.expiresAt) } }}</p>
          <code data-testid="follow-up-link">{{ l.url }}</code>
          <button mat-stroked-button type="button" (click)="copy(l.url)" data-testid="copy-link">
            <mat-icon>{{ copied() ? 'check' : 'content_copy' }}</mat-icon>{{ (copied() ? 'ratings.cases.action.copied' : 'ratings.cases.action.copy') | translate }}
          </button>
        </div>
      }
      @if (c.state === 'Closed') {
        <p data-testid="case-closed">{{ 'ratings.cases.action.closed' | translate }}</p>
      } @else if (!c.isMine) {
        <p>{{ (c.handlerName ? 'ratings.cases.action.takenBy' : 'ratings.cases.action.untaken') | translate: { name: c.handlerName } }}</p>
        <button mat-flat-button (click)="run(api.take(c))" [disabled]="busy()" data-testid="take-case">
          <mat-icon>assignment_ind</mat-icon>{{ (c.handlerName ? 'ratings.cases.action.takeOver' : 'ratings.cases.action.take') | translate }}
        </button>
      } @else {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          @switch (c.state) {
            @case ('Verifying') {
              <p id="verdict-label">{{ 'ratings.cases.action.verdict' | translate }}</p>
              <mat-radio-group formControlName="verdict" aria-labelledby="verdict-label" data-testid="verdict">
                @for (v of verdicts; track v) { <mat-radio-button [value]="v" [attr.data-testid]="'verdict-' + v">{{ 'ratings.verdicts.' + v | translate }}</mat-radio-button> }
              </mat-radio-group>
              @if (form.controls.verdict.value !== 'Real') { <p class="hint">{{ 'ratings.cases.action.verdictCloses' | translate }}</p> }
            }
            @case ('FollowingUp') {
              @if (d.followUp; as f) {
                <p data-testid="follow-up-recorded">{{ 'ratings.cases.action.followUpRecorded' | translate: { level: ('ratings.levels.' + f.level | translate) } }}</p>
              } @else {
                <mat-form-field>
                  <mat-label>{{ 'ratings.cases.action.followUpLevel' | translate }}</mat-label>
                  <mat-select formControlName="level" data-testid="follow-up-level">
                    @for (l of levels; track l) { <mat-option [value]="l">{{ 'ratings.levels.' + l | translate }}</mat-option> }
                  </mat-select>
                </mat-form-field>
              }
            }
          }
          @if (needsNote()) {
            <mat-form-field class="note">
              <mat-label>{{ 'ratings.cases.action.note.' + c.state | translate }}</mat-label>
              <textarea matInput formControlName="note" rows="4" [maxlength]="c.state === 'FollowingUp' ? 500 : 2000" data-testid="case-note"></textarea>
              <mat-hint>{{ (c.state === 'FollowingUp' ? 'ratings.cases.action.optional' : 'ratings.cases.action.minHint') | translate: { n: minLength } }}</mat-hint>
              @if (form.controls.note.hasError('minlength')) { <mat-error>{{ 'validation.minLength' | translate: { n: minLength } }}</mat-error> }
            </mat-form-field>
          }
          <app-problem-alert [problem]="problem()" />
          <div class="buttons">
            @if (c.state !== 'FollowingUp' || !d.followUp) {
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="case-submit">{{ 'ratings.cases.action.submit.' + c.state | translate }}</button>
            }
            @if (c.state === 'FollowingUp') {
              <button mat-stroked-button type="button" [disabled]="busy() || !closable()" (click)="run(api.close(c))" data-testid="close-case">
                {{ 'ratings.cases.action.close' | translate }}
              </button>
            }
          </div>
          @if (c.state === 'FollowingUp' && !closable()) { <p class="hint">{{ 'ratings.cases.action.closeNeedsFollowUp' | translate }}</p> }
        </form>
      }
      @if (!c.isMine || c.state === 'Closed') { <app-problem-alert [problem]="problem()" /> }
    </section>
  `,
  styles: `
    .action { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 12px 16px; }
    h2 { font-size: 18px; margin: 0 0 8px; }
    form { display: flex; flex-direction: column; gap: 4px; max-width: 640px; }
    mat-radio-group { display: flex; flex-wrap: wrap; gap: 12px; }
    .note { width: 100%; }
    .hint { font-size: 13px; color: rgba(0, 0, 0, 0.6); }
    .buttons { display: flex; gap: 8px; flex-wrap: wrap; }
    .link { background: #e8f5e9; padding: 8px 12px; border-radius: 4px; margin-bottom: 12px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .link p { margin: 0; width: 100%; }
    .link code { word-break: break-all; user-select: all; }
  `,
})
export class CaseActionComponent {
  protected readonly api = inject(CasesApi);
  private readonly clipboard = inject(Clipboard);
  readonly detail = input.required<CaseDetailDto>();
  /** The case as the server answered an action (or, after a refusal, asks to be read again: null). */
  readonly changed = output<CaseDetailDto | null>();
  protected readonly verdicts = VERDICTS;
  protected readonly levels = RATING_LEVELS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly link = signal<{ url: string; expiresAt: string } | null>(null);
  protected readonly minLength = REASON_MIN_LENGTH;
  /** The note's shortest length at the current step (the follow-up's remarks are optional); set when the step is known. */
  private noteMin = REASON_MIN_LENGTH;
  protected readonly time = formatBeijing;
  protected readonly copied = signal(false);
  protected readonly closable = computed(() => canClose(this.detail()));
  private readonly step = computed(() => this.detail().case.state);
  protected readonly needsNote = computed(() => this.step() !== 'FollowingUp' || !this.detail().followUp);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    verdict: ['Real' as (typeof VERDICTS)[number]],
    level: ['Satisfied' as RatingLevel, Validators.required],
    note: ['', minTrimmed(() => this.noteMin)],
  });

  constructor() {
    // Validate as one types: the length message shows while the note is being written.
    this.form.controls.note.valueChanges.subscribe(() => this.form.controls.note.markAsTouched());
    // A new step starts with an empty note.
    effect(() => {
      this.noteMin = this.step() === 'FollowingUp' ? 0 : REASON_MIN_LENGTH;
      this.form.controls.note.reset('');
      this.form.controls.note.updateValueAndValidity();
    });
  }

  submit(): void {
    const c = this.detail().case;
    this.form.markAllAsTouched();
    this.form.controls.note.updateValueAndValidity();
    if (this.form.invalid) return;
    const note = this.form.controls.note.value.trim();
    switch (c.state) {
      case 'Verifying': return void this.run(this.api.verify(c, this.form.controls.verdict.value, note));
      case 'CallingBack': return void this.run(this.api.callBack(c, note));
      case 'Rectifying': return void this.run(this.api.rectify(c, note));
      case 'Replying':
        return void this.run(this.api.reply(c, note).then((r) => {
          this.link.set({ url: followUpLink(location.origin, r.followUpToken), expiresAt: r.followUpLinkExpiresAt });
          return r.case;
        }));
      case 'FollowingUp': return void this.run(this.api.followUp(c, this.form.controls.level.value, note || null));
    }
  }

  async run(action: Promise<CaseDetailDto>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.changed.emit(await action);
    } catch (e) {
      const p = toProblem(e);
      this.problem.set(p);
      // Someone else moved the case on: show what it is now, with the refusal above the new step.
      if (p.status === 409) this.changed.emit(null);
    } finally {
      this.busy.set(false);
    }
  }

  copy(link: string): void {
    this.copied.set(this.clipboard.copy(link));
  }
}
