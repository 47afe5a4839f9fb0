import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { AbstractControl, FormArray, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { DatePipe } from '@angular/common';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { JudgeEntryDto, JudgeRoundDto, JudgingApi } from './judging.api';
import { CORRECTION_REASON_MIN, firstToScore, neighbour, pointsError, progress, sheetTotal } from './sheet-rules';

/**
 * The judge's scoring page, made for a tablet: one entrant at a time by draw number (no names), a large field per
 * criterion with its bounds checked as one types, the running total, save or submit (then locked); an entrant the
 * judge must recuse from is shown as such and cannot be scored; the chief judge corrects a locked sheet with a reason.
 */
@Component({
  selector: 'app-judge-round-page',
  imports: [DatePipe, RouterLink, ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/contests/judging"><mat-icon>arrow_back</mat-icon>{{ 'contests.judging.title' | translate }}</a>
    @if (round(); as r) {
      <h1>{{ r.contestTitle }} · {{ r.roundTitle }}</h1>
      <p class="intro">{{ 'contests.judging.progress' | translate: { done: done().done, of: done().of, recused: recusedCount() } }}</p>
      <nav class="numbers" [attr.aria-label]="'contests.judging.numbers' | translate">
        @for (e of ordered(); track e.entryId) {
          <button mat-stroked-button [class.current]="e.drawNumber === current()?.drawNumber" [class.done]="!!e.sheet?.locked" [class.recused]="e.recused"
                  (click)="show(e)" [attr.aria-current]="e.drawNumber === current()?.drawNumber" data-testid="judge-number">{{ e.drawNumber }}</button>
        }
      </nav>
      <app-problem-alert [problem]="actions.problem()" />
      @if (current(); as e) {
        <section class="sheet" data-testid="judge-sheet" [attr.data-draw]="e.drawNumber">
          <h2 data-testid="judge-entrant">{{ 'contests.judging.entrant' | translate: { n: e.drawNumber } }}</h2>
          @if (e.recused) {
            <p class="recused" role="status" data-testid="judge-recused"><mat-icon aria-hidden="true">block</mat-icon>{{ 'contests.judging.recused' | translate }}</p>
          } @else {
            @for (k of r.criteria; track $index; let i = $index) {
              <mat-form-field class="criterion">
                <mat-label>{{ k.name }}（0–{{ k.maxPoints }}）</mat-label>
                <input matInput type="text" inputmode="decimal" [formControl]="points.at(i)" [readonly]="locked() && !correcting()" [attr.data-testid]="'criterion-' + i" />
                @if (error(i); as err) { <mat-error>{{ 'contests.judging.errors.' + err | translate: { max: k.maxPoints } }}</mat-error> }
              </mat-form-field>
            }
            <p class="total" data-testid="judge-total">{{ 'contests.judging.total' | translate }}：{{ total() ?? '—' }}</p>
            @if (locked()) {
              <p class="locked" data-testid="judge-locked"><mat-icon aria-hidden="true">lock</mat-icon>{{ 'contests.judging.locked' | translate: { at: (e.sheet!.submittedAt | date: 'yyyy-MM-dd HH:mm') } }}</p>
              @for (c of e.sheet!.corrections; track $index) {
                <p class="sub" data-testid="judge-correction">{{ 'contests.judging.corrected' | translate: { by: c.byName, at: (c.at | date: 'yyyy-MM-dd HH:mm'), reason: c.reason, old: c.oldScores.join(' / '), new: c.newScores.join(' / ') } }}</p>
              }
              @if (r.isChiefJudge) {
                @if (correcting()) {
                  <mat-form-field class="reason">
                    <mat-label>{{ 'contests.judging.reason' | translate }}</mat-label>
                    <textarea matInput rows="2" [formControl]="reason" data-testid="correction-reason"></textarea>
                    <mat-hint>{{ 'contests.judging.reasonHint' | translate: { n: reasonMin } }}</mat-hint>
                    @if (reason.invalid && reason.dirty) { <mat-error>{{ 'contests.judging.reasonHint' | translate: { n: reasonMin } }}</mat-error> }
                  </mat-form-field>
                  <div class="actions">
                    <button mat-flat-button (click)="correct(e)" [disabled]="actions.busy() || total() === null || reason.invalid" data-testid="correction-save">{{ 'contests.judging.correct' | translate }}</button>
                    <button mat-button (click)="correcting.set(false); fill(e)">{{ 'common.cancel' | translate }}</button>
                  </div>
                } @else {
                  <button mat-stroked-button (click)="correcting.set(true)" data-testid="correction-start">{{ 'contests.judging.correctStart' | translate }}</button>
                }
              }
            } @else {
              <div class="actions">
                <button mat-stroked-button (click)="save(e, false)" [disabled]="actions.busy() || total() === null" data-testid="sheet-save">{{ 'contests.judging.save' | translate }}</button>
                <button mat-flat-button (click)="save(e, true)" [disabled]="actions.busy() || total() === null" data-testid="sheet-submit">{{ 'contests.judging.submit' | translate }}</button>
              </div>
              <p class="sub">{{ 'contests.judging.submitHint' | translate }}</p>
            }
          }
          <div class="walk">
            <button mat-button (click)="step(-1)" [disabled]="!before()" data-testid="judge-previous"><mat-icon>chevron_left</mat-icon>{{ 'contests.judging.previous' | translate }}</button>
            <button mat-button (click)="step(1)" [disabled]="!after()" data-testid="judge-next">{{ 'contests.judging.next' | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon></button>
          </div>
        </section>
      }
    } @else if (actions.busy()) { <mat-progress-bar mode="indeterminate" /> } @else { <app-problem-alert [problem]="actions.problem()" /> }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 20px; } .intro, .sub { color: rgba(0, 0, 0, 0.65); }
    .numbers { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 16px; }
    .numbers button { min-width: 56px; min-height: 48px; font-size: 18px; }
    .numbers .current { outline: 3px solid #1565c0; } .numbers .done { background: #e8f5e9; } .numbers .recused { text-decoration: line-through; color: rgba(0, 0, 0, 0.45); }
    .sheet { max-width: 640px; }
    .criterion { width: 100%; font-size: 20px; } .criterion input { font-size: 24px; min-height: 40px; }
    .reason { width: 100%; }
    .total { font-size: 20px; font-weight: 500; }
    .actions, .walk { display: flex; gap: 12px; flex-wrap: wrap; } .actions button, .walk button { min-height: 48px; }
    .walk { justify-content: space-between; margin-top: 16px; }
    .recused, .locked { display: flex; gap: 6px; align-items: center; } .recused { color: #c62828; font-size: 18px; }
  `,
})
export class JudgeRoundPage implements OnInit {
  readonly id = input.required<string>();
  readonly roundId = input.required<string>();
  private readonly api = inject(JudgingApi);
  protected readonly actions = new ActionRunner();
  protected readonly reasonMin = CORRECTION_REASON_MIN;
  protected readonly round = signal<JudgeRoundDto | null>(null);
  protected readonly currentNumber = signal<number | null>(null);
  protected readonly correcting = signal(false);
  protected readonly points = new FormArray<FormControl<string>>([]);
  protected readonly reason = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(CORRECTION_REASON_MIN)] });
  /** The typed points as a signal (the total and the errors follow each keystroke). */
  private readonly typed = signal<string[]>([]);
  protected readonly ordered = computed(() => [...(this.round()?.entries ?? [])].sort((a, b) => a.drawNumber - b.drawNumber));
  private readonly queue = computed(() => this.ordered().map((e) => ({ ...e, submitted: !!e.sheet?.locked })));
  protected readonly current = computed(() => this.ordered().find((e) => e.drawNumber === this.currentNumber()) ?? null);
  protected readonly before = computed(() => neighbour(this.queue(), this.currentNumber() ?? -1, -1));
  protected readonly after = computed(() => neighbour(this.queue(), this.currentNumber() ?? -1, 1));
  protected readonly done = computed(() => progress(this.queue()));
  protected readonly recusedCount = computed(() => this.ordered().filter((e) => e.recused).length);
  protected readonly locked = computed(() => !!this.current()?.sheet?.locked);
  private readonly maxima = computed(() => this.round()?.criteria.map((c) => c.maxPoints) ?? []);
  protected readonly total = computed(() => sheetTotal(this.typed(), this.maxima()));

  constructor() {
    this.points.valueChanges.subscribe((v) => this.typed.set(v));
  }

  async ngOnInit(): Promise<void> {
    const r = await this.actions.run(() => this.api.round(this.id(), this.roundId()));
    if (!r) return;
    this.round.set(r);
    const start = firstToScore(r.entries.map((e) => ({ ...e, submitted: !!e.sheet?.locked })));
    if (start) this.show(start);
  }

  protected error(i: number): string | null {
    const max = this.maxima()[i];
    return max === undefined ? null : pointsError(this.typed()[i], max);
  }

  protected show(e: JudgeEntryDto): void {
    this.currentNumber.set(e.drawNumber);
    this.correcting.set(false);
    this.reason.reset('');
    this.fill(e);
  }

  protected fill(e: JudgeEntryDto): void {
    this.points.clear({ emitEvent: false });
    for (const [i, criterion] of (this.round()?.criteria ?? []).entries()) {
      const value = e.sheet?.criterionScores[i];
      // Invalid as one types, so the field shows why (mat-error shows only for an invalid control).
      const validators = (c: AbstractControl<string>) => (pointsError(c.value, criterion.maxPoints) ? { points: true } : null);
      const control = new FormControl(value == null ? '' : String(value), { nonNullable: true, validators });
      control.markAsTouched();
      this.points.push(control, { emitEvent: false });
    }
    this.typed.set(this.points.getRawValue());
  }

  protected step(direction: 1 | -1): void {
    const next = direction === 1 ? this.after() : this.before();
    if (next) this.show(next);
  }

  protected async save(e: JudgeEntryDto, submit: boolean): Promise<void> {
    const scores = this.typed().map(Number);
    const sheet = await this.actions.run(() => this.api.save(this.id(), this.roundId(), e.entryId, scores, submit));
    if (!sheet) return;
    this.replace(e.entryId, sheet);
    if (submit && this.after()) this.step(1);
  }

  protected async correct(e: JudgeEntryDto): Promise<void> {
    if (!e.sheet) return;
    const sheet = await this.actions.run(() => this.api.correct(this.id(), this.roundId(), e.sheet!.id, this.typed().map(Number), this.reason.value.trim()));
    if (!sheet) return;
    this.correcting.set(false);
    this.reason.reset('');
    this.replace(e.entryId, sheet);
  }

  private replace(entryId: string, sheet: NonNullable<JudgeEntryDto['sheet']>): void {
    const r = this.round();
    if (!r) return;
    this.round.set({ ...r, entries: r.entries.map((x) => (x.entryId === entryId ? { ...x, sheet } : x)) });
  }
}
