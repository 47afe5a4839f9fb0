import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { updateBulletinSchedule } from '../../../proxy/fn/bulletins/update-bulletin-schedule';
import { BulletinKindDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { cronValidator } from '../bulletin-logic';

/** One kind's schedule: its cron (Beijing time) and switch with the next runs, or the note that its period's close drafts it. */
@Component({
  selector: 'app-bulletin-schedule-card',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatSlideToggleModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let k = kind();
    <mat-card appearance="outlined" [attr.data-testid]="'schedule-' + k.code">
      <mat-card-header>
        <mat-card-title><h2>{{ name() }}</h2></mat-card-title>
        <mat-card-subtitle>
          {{ 'bulletins.schedules.periods' | translate }}：@for (p of k.periodKinds; track p) {{{ 'enums.BulletinPeriodKind.' + p | translate }}{{ $last ? '' : '、' }}}
          · {{ 'bulletins.schedules.scopes' | translate }}：@for (s of k.scopes; track s) {{{ 'enums.BulletinScope.' + s | translate }}{{ $last ? '' : '、' }}}
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (k.needsClosedPeriod) {
          <p class="closed" data-testid="schedule-on-close">{{ 'bulletins.schedules.onClose' | translate }}</p>
        } @else {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
            <mat-form-field class="cron">
              <mat-label>{{ 'bulletins.schedules.cron' | translate }}</mat-label>
              <input matInput formControlName="cron" autocomplete="off" spellcheck="false" data-testid="schedule-cron" />
              <mat-hint>{{ 'bulletins.schedules.cronHint' | translate }}</mat-hint>
              @if (form.controls.cron.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
              @else if (form.controls.cron.hasError('cron')) { <mat-error>{{ 'bulletins.schedules.cronInvalid' | translate }}</mat-error> }
            </mat-form-field>
            <mat-slide-toggle formControlName="enabled" data-testid="schedule-enabled">{{ 'bulletins.schedules.enabled' | translate }}</mat-slide-toggle>
            <button mat-flat-button type="submit" [disabled]="busy() || form.pristine" data-testid="schedule-save">{{ 'bulletins.schedules.save' | translate }}</button>
          </form>
          <div class="runs">
            <h3>{{ 'bulletins.schedules.nextRuns' | translate }}</h3>
            @if (k.scheduleEnabled && k.nextRunsUtc.length) {
              <ul data-testid="schedule-next-runs">@for (r of k.nextRunsUtc; track r) { <li>{{ when(r) }}</li> }</ul>
            } @else { <p>{{ 'bulletins.schedules.noRuns' | translate }}</p> }
          </div>
          <div aria-live="polite">@if (saved()) { <p class="saved" data-testid="schedule-saved">{{ 'bulletins.schedules.saved' | translate: { kind: name() } }}</p> }</div>
          <app-problem-alert [problem]="problem()" />
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 { font-size: 16px; margin: 0; } h3 { font-size: 13px; margin: 8px 0 4px; color: rgba(0, 0, 0, .6); font-weight: 500; }
    .form { display: flex; flex-wrap: wrap; align-items: center; gap: 16px; margin-top: 8px; } .cron { flex: 1; min-width: 260px; }
    .closed { color: #5f3400; } ul { margin: 0; padding-left: 20px; } .saved { color: #1b5e20; }
  `,
})
export class ScheduleCardComponent {
  readonly kind = input.required<BulletinKindDto>();
  /** The kind as the server has it after a save (with its new next runs). */
  readonly changed = output<BulletinKindDto>();
  private readonly api = inject(Api);
  private readonly lang = inject(LanguageService);
  protected readonly name = computed(() => (this.lang.current() === 'en' ? this.kind().nameEn : this.kind().nameZhHans));
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = new FormGroup({
    cron: new FormControl('', { nonNullable: true, validators: cronValidator }),
    enabled: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const k = this.kind();
      untracked(() => this.form.reset({ cron: k.cron ?? '', enabled: k.scheduleEnabled }, { emitEvent: false }));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.saved.set(false));
  }

  protected when(utc: string): string {
    return formatBeijing(utc);
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    this.form.controls.cron.markAsDirty();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const updated = await this.api.invoke(updateBulletinSchedule, { code: this.kind().code, body: { cron: v.cron.trim(), enabled: v.enabled } });
      this.changed.emit(updated);
      this.saved.set(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
