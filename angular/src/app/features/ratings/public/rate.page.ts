import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../core/problem';
import { FACES, RateFormValue, browserId, creditCodeCheck, newSubmissionId, phoneCheck, publicErrorKey, toPublicRating } from './rate-form';
import { PublicRatingResultDto, PublicRatingsApi, PublicWindowDto } from './public-api';

/**
 * 扫码评价: a citizen reached this page from the QR code at a window (no sign-in, phone first). Five big level buttons,
 * the indicator tags, the case number (a case is rated once per channel), matter, comment, and an optional real-name
 * part. One submission id per form: a double tap or a retry after a lost answer is the same submission, answered the same.
 */
@Component({
  selector: 'app-rate-page',
  imports: [ReactiveFormsModule, TranslatePipe, MatButtonModule, MatButtonToggleModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatProgressBarModule, MatSelectModule, MatSlideToggleModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      @if (place(); as w) {
        <header class="where" data-testid="rate-window">
          <div class="hall">{{ w.hallName }}</div>
          <div class="window">{{ w.unitName }} · {{ w.windowName }}（{{ w.windowCode }}）</div>
        </header>
      }
      @if (loading()) { <mat-progress-bar mode="indeterminate" /> }

      @if (result(); as r) {
        <section class="thanks" role="status" data-testid="rate-thanks">
          <mat-icon aria-hidden="true">check_circle</mat-icon>
          <h1>{{ 'ratings.public.rate.thanks' | translate }}</h1>
          <p>{{ (r.opensCase ? 'ratings.public.rate.thanksBad' : 'ratings.public.rate.thanksText') | translate }}</p>
          <button mat-stroked-button type="button" (click)="again()" data-testid="rate-again">{{ 'ratings.public.rate.again' | translate }}</button>
        </section>
      } @else if (place()) {
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <h1>{{ 'ratings.public.rate.title' | translate }}</h1>
          <fieldset class="levels">
            <legend>{{ 'ratings.public.rate.level' | translate }}</legend>
            @for (f of faces; track f.value) {
              <button type="button" class="level" [class.chosen]="level() === f.value" [class.bad]="f.value >= 4" [attr.aria-pressed]="level() === f.value"
                      (click)="form.controls.level.setValue(f.value)" [attr.data-testid]="'rate-level-' + f.value" [attr.data-level]="f.level">
                <mat-icon aria-hidden="true">{{ f.icon }}</mat-icon><span>{{ 'ratings.levels.' + f.level | translate }}</span>
              </button>
            }
            @if (tried() && form.controls.level.invalid) { <p class="error" role="alert">{{ 'ratings.public.rate.levelRequired' | translate }}</p> }
          </fieldset>

          @if (place()!.tags.length) {
            <div class="tags">
              <p class="label">{{ (bad() ? 'ratings.public.rate.tagsBad' : 'ratings.public.rate.tags') | translate }}</p>
              <mat-chip-listbox multiple formControlName="tags" [attr.aria-label]="'ratings.public.rate.tags' | translate" data-testid="rate-tags">
                @for (t of place()!.tags; track t.code) { <mat-chip-option [value]="t.code">{{ lang.current() === 'en' ? t.nameEn : t.nameZh }}</mat-chip-option> }
              </mat-chip-listbox>
            </div>
          }

          <mat-form-field class="full">
            <mat-label>{{ 'ratings.public.rate.caseNumber' | translate }}</mat-label>
            <input matInput formControlName="caseNumber" maxlength="64" autocomplete="off" inputmode="text" data-testid="rate-case-number" />
            <mat-hint>{{ 'ratings.public.rate.caseNumberHint' | translate }}</mat-hint>
            @if (form.controls.caseNumber.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>

          @if (place()!.matters.length) {
            <mat-form-field class="full">
              <mat-label>{{ 'ratings.public.rate.matter' | translate }}</mat-label>
              <mat-select formControlName="matterCode" data-testid="rate-matter">
                <mat-option value="">{{ 'ratings.public.rate.matterUnknown' | translate }}</mat-option>
                @for (m of place()!.matters; track m.code) { <mat-option [value]="m.code">{{ m.name }}</mat-option> }
              </mat-select>
            </mat-form-field>
          }

          <mat-form-field class="full">
            <mat-label>{{ 'ratings.public.rate.comment' | translate }}</mat-label>
            <textarea matInput formControlName="comment" rows="3" maxlength="500" data-testid="rate-comment"></textarea>
            <mat-hint align="end">{{ form.controls.comment.value.length }}/500</mat-hint>
          </mat-form-field>

          <mat-slide-toggle formControlName="realName" data-testid="rate-real-name">{{ 'ratings.public.rate.realName' | translate }}</mat-slide-toggle>
          <p class="hint">{{ 'ratings.public.rate.realNameHint' | translate }}</p>
          @if (form.controls.realName.value) {
            <section class="real-name" [attr.aria-label]="'ratings.public.rate.realName' | translate">
              <mat-button-toggle-group formControlName="kind" [attr.aria-label]="'ratings.public.rate.kind' | translate">
                <mat-button-toggle value="Person" data-testid="rate-kind-person">{{ 'ratings.public.rate.person' | translate }}</mat-button-toggle>
                <mat-button-toggle value="Enterprise" data-testid="rate-kind-enterprise">{{ 'ratings.public.rate.enterprise' | translate }}</mat-button-toggle>
              </mat-button-toggle-group>
              @if (form.controls.kind.value === 'Enterprise') {
                <mat-form-field class="full">
                  <mat-label>{{ 'ratings.public.rate.enterpriseName' | translate }}</mat-label>
                  <input matInput formControlName="enterpriseName" maxlength="200" data-testid="rate-enterprise-name" />
                  @if (form.controls.enterpriseName.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
                </mat-form-field>
                <mat-form-field class="full">
                  <mat-label>{{ 'ratings.public.rate.creditCode' | translate }}</mat-label>
                  <input matInput formControlName="creditCode" maxlength="18" autocapitalize="characters" spellcheck="false" data-testid="rate-credit-code" />
                  <mat-hint align="end">{{ form.controls.creditCode.value.length }}/18</mat-hint>
                  @if (form.controls.creditCode.hasError('creditCode')) { <mat-error>{{ 'ratings.public.rate.creditCodeInvalid' | translate }}</mat-error> }
                </mat-form-field>
              }
              <mat-form-field class="full">
                <mat-label>{{ (form.controls.kind.value === 'Enterprise' ? 'ratings.public.rate.contact' : 'ratings.public.rate.name') | translate }}</mat-label>
                <input matInput formControlName="name" maxlength="50" autocomplete="name" data-testid="rate-name" />
              </mat-form-field>
              <mat-form-field class="full">
                <mat-label>{{ 'ratings.public.rate.phone' | translate }}</mat-label>
                <input matInput formControlName="phone" type="tel" inputmode="numeric" maxlength="13" autocomplete="tel" data-testid="rate-phone" />
                @if (form.controls.phone.hasError('phone')) { <mat-error>{{ 'ratings.public.rate.phoneInvalid' | translate }}</mat-error> }
              </mat-form-field>
            </section>
          }

          @if (problem(); as p) {
            <div class="problem" role="alert" data-testid="rate-error">{{ problemText(p) | translate }}</div>
          }
          <button mat-flat-button type="submit" class="submit" [disabled]="busy()" data-testid="rate-submit">{{ 'ratings.public.rate.submit' | translate }}</button>
        </form>
      } @else if (problem(); as p) {
        <div class="problem" role="alert" data-testid="rate-error">{{ problemText(p) | translate }}</div>
      }
    </main>
  `,
  styles: `
    .page { max-width: 560px; margin: 0 auto; padding: 12px 16px 32px; box-sizing: border-box; }
    .where { padding: 8px 0 12px; border-bottom: 1px solid #e0e0e0; } .hall { font-size: 14px; color: #555; } .window { font-size: 17px; font-weight: 500; }
    h1 { font-size: 20px; margin: 16px 0 8px; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; } legend { font-size: 14px; color: #555; margin-bottom: 8px; }
    .levels { display: grid; grid-template-columns: repeat(5, 1fr); gap: 6px; } .levels legend { grid-column: 1 / -1; } .levels .error { grid-column: 1 / -1; }
    .level { display: flex; flex-direction: column; align-items: center; gap: 4px; min-height: 84px; padding: 8px 2px; border: 2px solid #cfd8dc; border-radius: 12px;
      background: #fff; font: inherit; font-size: 13px; line-height: 1.2; cursor: pointer; color: #1b5e20; }
    .level mat-icon { font-size: 36px; width: 36px; height: 36px; } .level.bad { color: #b3261e; }
    .level.chosen { border-color: currentColor; background: #e8f5e9; } .level.bad.chosen { background: #fdecea; }
    .level:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
    .tags { margin-bottom: 12px; } .label, .hint { font-size: 14px; color: #555; margin: 4px 0; }
    .full { width: 100%; margin-bottom: 4px; } .real-name { display: flex; flex-direction: column; gap: 8px; margin: 8px 0; }
    .error { color: #b3261e; font-size: 13px; margin: 4px 0 0; }
    .problem { padding: 12px; margin: 12px 0; border-radius: 6px; background: #fdecea; color: #611a15; }
    .submit { width: 100%; height: 48px; font-size: 17px; margin-top: 12px; }
    .thanks { text-align: center; padding: 32px 0; } .thanks mat-icon { font-size: 64px; width: 64px; height: 64px; color: #2e7d32; }
    @media (max-width: 359px) { .levels { grid-template-columns: repeat(3, 1fr); } }
  `,
})
export class RatePage implements OnInit {
  /** The window's id from the QR code's link (/rate/:windowId). */
  readonly windowId = input.required<string>();
  protected readonly lang = inject(LanguageService);
  private readonly api = inject(PublicRatingsApi);
  protected readonly faces = FACES;
  protected readonly place = signal<PublicWindowDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly tried = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly result = signal<PublicRatingResultDto | null>(null);
  private submissionId = newSubmissionId();
  private readonly browser = browserId(typeof localStorage === 'undefined' ? null : localStorage);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    level: [null as number | null, Validators.required],
    caseNumber: ['', [Validators.required, Validators.maxLength(64)]],
    matterCode: [''],
    tags: [[] as string[]],
    comment: ['', Validators.maxLength(500)],
    realName: [false],
    kind: ['Person' as 'Person' | 'Enterprise'],
    name: ['', Validators.maxLength(50)],
    phone: ['', phoneCheck],
    enterpriseName: ['', Validators.maxLength(200)],
    creditCode: ['', creditCodeCheck],
  });
  protected readonly level = toSignal(this.form.controls.level.valueChanges, { initialValue: null });
  protected readonly bad = computed(() => (this.level() ?? 0) >= 4);

  constructor() {
    // An enterprise rater must be named; a person needs nothing more than the phone check.
    this.form.controls.kind.valueChanges.subscribe((k) => this.enterpriseRequired(k === 'Enterprise' && this.form.controls.realName.value));
    this.form.controls.realName.valueChanges.subscribe((on) => this.enterpriseRequired(on && this.form.controls.kind.value === 'Enterprise'));
    // A refusal's message goes once the citizen changes the form (e.g. corrects the case number after "already rated").
    this.form.valueChanges.subscribe(() => { if (this.problem()) this.problem.set(null); });
  }

  async ngOnInit(): Promise<void> {
    try {
      this.place.set(await this.api.window(this.windowId()));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected problemText(p: Problem): string {
    return publicErrorKey(p) ?? (p.title || 'errors.generic');
  }

  protected async submit(): Promise<void> {
    this.tried.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.result.set(await this.api.submit(toPublicRating(this.windowId(), this.submissionId, this.form.getRawValue() as RateFormValue), this.browser));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** Another case at the same window: a fresh form and a new submission id. */
  protected again(): void {
    this.form.reset();
    this.tried.set(false);
    this.result.set(null);
    this.submissionId = newSubmissionId();
  }

  private enterpriseRequired(on: boolean): void {
    const c = this.form.controls.enterpriseName;
    c.setValidators(on ? [Validators.required, Validators.maxLength(200)] : [Validators.maxLength(200)]);
    c.updateValueAndValidity({ emitEvent: false });
  }
}
