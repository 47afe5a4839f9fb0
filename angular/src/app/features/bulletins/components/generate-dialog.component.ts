import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { generateBulletin } from '../../../proxy/fn/bulletins/generate-bulletin';
import { BulletinDto, BulletinKindDto, BulletinPeriodKind } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { lastFinishedPeriod, periodValidator, recentYears } from '../bulletin-logic';

export interface GenerateDialogData {
  kinds: BulletinKindDto[];
}

/** The target "the whole city" in the scope field; any other value is a hall's id. */
const CITY = 'city';

/**
 * 立即生成: kind, hall (or the city when the kind offers it), period (month or year as the kind offers), validated as
 * typed (a month must be chosen, the period must be over); queues the draft and closes with it.
 */
@Component({
  selector: 'app-bulletin-generate-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'bulletins.generate.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'bulletins.generate.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="generate-kind">
            @for (k of data.kinds; track k.code) { <mat-option [value]="k.code">{{ lang.current() === 'en' ? k.nameEn : k.nameZhHans }}</mat-option> }
          </mat-select>
          @if (form.controls.kind.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        @if (kind()?.needsClosedPeriod) { <p class="hint" role="note" data-testid="generate-closed-hint">{{ 'bulletins.generate.closedHint' | translate }}</p> }
        <mat-form-field>
          <mat-label>{{ 'bulletins.generate.scope' | translate }}</mat-label>
          <mat-select formControlName="target" data-testid="generate-target">
            @if (offersCity()) { <mat-option [value]="city">{{ 'bulletins.generate.city' | translate }}</mat-option> }
            @if (offersHall()) { @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> } }
          </mat-select>
          @if (form.controls.target.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (offersHall() && !offersCity() && halls().length === 0) { <mat-hint>{{ 'bulletins.generate.noHalls' | translate }}</mat-hint> }
        </mat-form-field>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'bulletins.generate.periodKind' | translate }}</mat-label>
            <mat-select formControlName="periodKind" data-testid="generate-period-kind">
              @for (p of periodKinds(); track p) { <mat-option [value]="p">{{ 'enums.BulletinPeriodKind.' + p | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'bulletins.generate.year' | translate }}</mat-label>
            <mat-select formControlName="year" data-testid="generate-year">
              @for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }
            </mat-select>
          </mat-form-field>
          @if (periodKind() === 'Month') {
            <mat-form-field>
              <mat-label>{{ 'bulletins.generate.month' | translate }}</mat-label>
              <mat-select formControlName="month" data-testid="generate-month">
                @for (m of months; track m) { <mat-option [value]="m">{{ 'bulletins.generate.monthName' | translate: { month: m } }}</mat-option> }
              </mat-select>
            </mat-form-field>
          }
        </div>
        @if (form.dirty || submitted()) {
          @if (form.hasError('monthRequired')) { <p class="error" role="alert" data-testid="generate-period-error">{{ 'bulletins.generate.monthRequired' | translate }}</p> }
          @if (form.hasError('periodNotOver')) { <p class="error" role="alert" data-testid="generate-period-error">{{ 'bulletins.generate.periodNotOver' | translate }}</p> }
        }
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="generate-submit">{{ 'bulletins.generate.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields { display: flex; flex-direction: column; min-width: min(480px, 84vw); }
    .row { display: flex; gap: 8px; flex-wrap: wrap; } .row mat-form-field { flex: 1; min-width: 120px; }
    .hint { color: #7a4100; margin: 0 0 12px; font-size: 13px; } .error { color: #b3261e; margin: 0 0 8px; font-size: 13px; }
  `,
})
export class GenerateDialogComponent {
  protected readonly data = inject<GenerateDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<GenerateDialogComponent, BulletinDto>);
  private readonly api = inject(Api);
  private readonly tree = inject(OrganizationTreeService);
  protected readonly lang = inject(LanguageService);
  protected readonly city = CITY;
  protected readonly years = recentYears();
  protected readonly months = Array.from({ length: 12 }, (_, i) => i + 1);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = new FormGroup({
    kind: new FormControl(this.data.kinds[0]?.code ?? '', { nonNullable: true, validators: Validators.required }),
    target: new FormControl('', { nonNullable: true, validators: Validators.required }),
    periodKind: new FormControl<BulletinPeriodKind>('Month', { nonNullable: true, validators: Validators.required }),
    year: new FormControl<number | null>(null, Validators.required),
    month: new FormControl<number | null>(null),
  }, { validators: periodValidator });
  private readonly kindCode = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly periodKind = toSignal(this.form.controls.periodKind.valueChanges, { initialValue: this.form.controls.periodKind.value });
  protected readonly kind = computed(() => this.data.kinds.find((k) => k.code === this.kindCode()) ?? null);
  protected readonly periodKinds = computed(() => this.kind()?.periodKinds ?? []);
  protected readonly offersCity = computed(() => this.kind()?.scopes.includes('City') ?? false);
  protected readonly offersHall = computed(() => this.kind()?.scopes.includes('Hall') ?? false);
  protected readonly halls = computed(() => (this.tree.tree()?.halls ?? []).map((h) => h.hall));

  constructor() {
    void this.tree.load().then(() => this.fitToKind());
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.fitToKind());
    this.form.controls.periodKind.valueChanges.pipe(takeUntilDestroyed()).subscribe((p) => this.defaultPeriod(p));
    this.fitToKind();
  }

  /** Keeps the scope and period fields to what the chosen kind offers, defaulting to the one hall and the last finished period. */
  private fitToKind(): void {
    const kind = this.kind();
    if (!kind) return;
    const c = this.form.controls;
    const targets = [...(this.offersCity() ? [CITY] : []), ...(this.offersHall() ? this.halls().map((h) => h.id) : [])];
    if (!targets.includes(c.target.value)) c.target.setValue(targets.length === 1 || !this.offersCity() ? (targets[0] ?? '') : '');
    if (!kind.periodKinds.includes(c.periodKind.value)) c.periodKind.setValue(kind.periodKinds[0] ?? 'Month');
    else if (c.year.value === null) this.defaultPeriod(c.periodKind.value);
  }

  private defaultPeriod(kind: BulletinPeriodKind): void {
    const last = lastFinishedPeriod(kind);
    this.form.patchValue({ year: last.year, month: last.month }, { emitEvent: false });
    this.form.updateValueAndValidity();
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    try {
      const city = v.target === CITY;
      this.ref.close(await this.api.invoke(generateBulletin, {
        body: {
          kind: v.kind, scope: city ? 'City' : 'Hall', hallId: city ? null : v.target, periodKind: v.periodKind, year: v.year!,
          month: v.periodKind === 'Month' ? v.month : null,
        },
      }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
