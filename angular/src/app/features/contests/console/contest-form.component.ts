import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Api } from '../../../proxy/api';
import { ContentOwnerChoicesDto } from '../../../proxy/models';
import { beijingToUtc, utcToBeijing } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { OwnerPickerComponent, loadOwnerChoices } from '../../learning/components/owner-picker.component';
import { ActionRunner } from '../action-runner';
import { AWARD_TIERS, AwardTier, AwardTierDto, ContestDto, ContestsApi, ENTRY_MODES, EntryMode, LIMITS, SaveContestInput } from '../contests.api';
import { ConsoleContest } from './console-contest';
import { sharesTooLarge, teamSizeError, tierError, windowError } from './contest-form-rules';

type TierGroup = FormGroup<{ on: FormControl<boolean>; tier: FormControl<AwardTier>; by: FormControl<'count' | 'share'>; n: FormControl<number | null> }>;

const tierValid = (g: AbstractControl): ValidationErrors | null => {
  const v = (g as TierGroup).getRawValue();
  if (!v.on) return null;
  const e = tierError({ count: v.by === 'count' ? v.n : null, sharePercent: v.by === 'share' ? v.n : null });
  return e ? { [e]: true } : null;
};

/**
 * A contest's settings as the organiser edits them while it is a draft: title, announcement, owner (a hall or the city),
 * scope (halls; none = all), individuals or teams with a size, the entry window (Beijing time), credit hours, names on
 * the board, award tiers by count or share. Every rule is checked as one types; the server checks again.
 */
@Component({
  selector: 'app-contest-form',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, OwnerPickerComponent, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" class="form" data-testid="contest-form">
      <mat-form-field class="wide">
        <mat-label>{{ 'contests.form.title' | translate }}</mat-label>
        <input matInput formControlName="title" [maxlength]="limits.title" data-testid="contest-title-input" />
        @if (form.controls.title.hasError('required')) { <mat-error>{{ 'contests.form.titleRequired' | translate }}</mat-error> }
      </mat-form-field>
      <mat-form-field class="wide">
        <mat-label>{{ 'contests.form.description' | translate }}</mat-label>
        <textarea matInput rows="5" formControlName="description" [maxlength]="limits.description" data-testid="contest-description-input"></textarea>
        <mat-hint>{{ 'contests.form.descriptionHint' | translate }}</mat-hint>
      </mat-form-field>
      @if (!contest()) { <app-owner-picker [control]="form.controls.owner" [choices]="choices()" /> }
      <mat-form-field class="wide">
        <mat-label>{{ 'contests.form.scope' | translate }}</mat-label>
        <mat-select formControlName="scope" multiple data-testid="contest-scope">
          @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
        </mat-select>
        <mat-hint>{{ 'contests.form.scopeHint' | translate }}</mat-hint>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'contests.form.mode' | translate }}</mat-label>
          <mat-select formControlName="mode" data-testid="contest-mode">
            @for (m of modes; track m) { <mat-option [value]="m">{{ 'contests.entryModes.' + m | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (value().mode === 'Team') {
          <mat-form-field>
            <mat-label>{{ 'contests.form.teamSize' | translate }}</mat-label>
            <input matInput type="number" formControlName="teamSize" min="2" [max]="limits.teamSize" data-testid="contest-team-size" />
            @if (form.hasError('teamSize')) { <mat-error>{{ 'contests.form.teamSizeRange' | translate: { max: limits.teamSize } }}</mat-error> }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'contests.form.creditHours' | translate }}</mat-label>
          <input matInput type="number" formControlName="creditHours" min="0" [max]="limits.creditHours" step="0.5" data-testid="contest-credit-hours" />
          @if (form.controls.creditHours.invalid) { <mat-error>{{ 'contests.form.creditHoursRange' | translate: { max: limits.creditHours } }}</mat-error> }
        </mat-form-field>
      </div>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'contests.form.opensAt' | translate }}</mat-label>
          <input matInput type="datetime-local" formControlName="opensAt" data-testid="contest-opens-at" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'contests.form.closesAt' | translate }}</mat-label>
          <input matInput type="datetime-local" formControlName="closesAt" data-testid="contest-closes-at" />
        </mat-form-field>
      </div>
      @if (windowProblem(); as w) { <p class="error" role="alert" data-testid="contest-window-error">{{ 'contests.form.window.' + w | translate }}</p> }
      <mat-checkbox formControlName="showNames" data-testid="contest-show-names">{{ 'contests.form.showNames' | translate }}</mat-checkbox>
      <h3>{{ 'contests.form.tiers' | translate }}</h3>
      <div formArrayName="tiers" class="tiers">
        @for (g of form.controls.tiers.controls; track $index; let i = $index) {
          <div [formGroupName]="i" class="tier" [attr.data-testid]="'tier-' + g.controls.tier.value">
            <mat-checkbox formControlName="on">{{ 'contests.tiers.' + g.controls.tier.value | translate }}</mat-checkbox>
            @if (g.controls.on.value) {
              <mat-form-field class="small">
                <mat-label>{{ 'contests.form.tierBy' | translate }}</mat-label>
                <mat-select formControlName="by">
                  <mat-option value="count">{{ 'contests.form.byCount' | translate }}</mat-option>
                  <mat-option value="share">{{ 'contests.form.byShare' | translate }}</mat-option>
                </mat-select>
              </mat-form-field>
              <mat-form-field class="small">
                <mat-label>{{ (g.controls.by.value === 'count' ? 'contests.form.count' : 'contests.form.share') | translate }}</mat-label>
                <input matInput type="number" formControlName="n" min="1" [attr.data-testid]="'tier-n-' + g.controls.tier.value" />
              </mat-form-field>
              @if (g.errors; as e) { <span class="error">{{ 'contests.form.tierErrors.' + firstKey(e) | translate }}</span> }
            }
          </div>
        }
      </div>
      @if (form.hasError('shares')) { <p class="error" role="alert">{{ 'contests.form.sharesTooLarge' | translate }}</p> }
      <app-problem-alert [problem]="actions.problem()" />
      <button mat-flat-button type="submit" [disabled]="form.invalid || actions.busy()" data-testid="contest-save">{{ 'common.save' | translate }}</button>
    </form>
  `,
  styles: `
    .form { display: flex; flex-direction: column; gap: 4px; max-width: 760px; }
    .wide { width: 100%; } .row { display: flex; flex-wrap: wrap; gap: 8px; } .row mat-form-field { flex: 1 1 200px; }
    .tier { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; } .small { width: 140px; }
    .error { color: #c62828; font-size: 13px; } h3 { font-size: 15px; margin: 12px 0 0; }
    button[type=submit] { align-self: flex-start; margin-top: 8px; }
  `,
})
export class ContestFormComponent implements OnInit {
  readonly contest = input<ContestDto | null>(null);
  /** A new contest, saved: the page goes to its console. */
  readonly created = output<ContestDto>();
  private readonly api = inject(ContestsApi);
  private readonly console = inject(ConsoleContest);
  private readonly rawApi = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly actions = new ActionRunner();
  protected readonly limits = LIMITS;
  protected readonly modes = ENTRY_MODES;
  protected readonly choices = signal<ContentOwnerChoicesDto | null>(null);
  protected readonly halls = computed(() => (this.org.tree()?.halls ?? []).map((h) => h.hall));
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.title)] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.description)] }),
    owner: new FormControl('', { nonNullable: true }),
    scope: new FormControl<string[]>([], { nonNullable: true }),
    mode: new FormControl<EntryMode>('Individual', { nonNullable: true }),
    teamSize: new FormControl<number | null>(3),
    creditHours: new FormControl<number | null>(2, [Validators.required, Validators.min(0), Validators.max(LIMITS.creditHours)]),
    opensAt: new FormControl('', { nonNullable: true, validators: Validators.required }),
    closesAt: new FormControl('', { nonNullable: true, validators: Validators.required }),
    showNames: new FormControl(false, { nonNullable: true }),
    tiers: new FormArray<TierGroup>(AWARD_TIERS.map((tier) => new FormGroup({
      on: new FormControl(false, { nonNullable: true }),
      tier: new FormControl<AwardTier>(tier, { nonNullable: true }),
      by: new FormControl<'count' | 'share'>('count', { nonNullable: true }),
      n: new FormControl<number | null>(1),
    }, { validators: tierValid }))),
  }, { validators: (g) => this.formErrors(g) });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly windowProblem = computed(() => {
    const v = this.value();
    const e = windowError(beijingToUtc(v.opensAt ?? ''), beijingToUtc(v.closesAt ?? ''));
    return e === 'closesBeforeOpens' ? e : null;
  });

  async ngOnInit(): Promise<void> {
    void this.org.load();
    const c = this.contest();
    if (c) this.fill(c);
    else this.choices.set(await loadOwnerChoices(this.rawApi, this.form.controls.owner));
  }

  protected firstKey(e: ValidationErrors): string {
    return Object.keys(e)[0];
  }

  private formErrors(g: AbstractControl): ValidationErrors | null {
    const v = (g as typeof this.form).getRawValue();
    const errors: ValidationErrors = {};
    if (windowError(beijingToUtc(v.opensAt), beijingToUtc(v.closesAt))) errors['window'] = true;
    if (teamSizeError(v.mode, v.teamSize, LIMITS.teamSize)) errors['teamSize'] = true;
    if (sharesTooLarge(v.tiers.filter((t) => t.on && t.by === 'share').map((t) => ({ count: null, sharePercent: t.n })))) errors['shares'] = true;
    return Object.keys(errors).length ? errors : null;
  }

  private fill(c: ContestDto): void {
    this.form.patchValue({
      title: c.title, description: c.description ?? '', owner: c.ownerHallId ?? '', scope: c.scopeHalls.map((h) => h.id), mode: c.entryMode,
      teamSize: c.teamSize, creditHours: c.creditHours, opensAt: utcToBeijing(c.entryOpensAt), closesAt: utcToBeijing(c.entryClosesAt), showNames: c.showNamesOnBoard,
    });
    for (const g of this.form.controls.tiers.controls) {
      const t = c.awardTiers.find((x) => x.tier === g.controls.tier.value);
      g.patchValue(t ? { on: true, by: t.count != null ? 'count' : 'share', n: t.count ?? t.sharePercent ?? null } : { on: false });
    }
    if (c.state !== 'Draft') this.form.disable();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const tiers: AwardTierDto[] = v.tiers.filter((t) => t.on)
      .map((t) => ({ tier: t.tier, count: t.by === 'count' ? t.n : null, sharePercent: t.by === 'share' ? t.n : null }));
    const c = this.contest();
    const body: SaveContestInput = {
      title: v.title.trim(), description: v.description.trim() || null, ownerHallId: c ? c.ownerHallId : v.owner || null, scopeHallIds: v.scope,
      entryMode: v.mode, teamSize: v.mode === 'Team' ? v.teamSize ?? 1 : 1, entryOpensAt: beijingToUtc(v.opensAt)!, entryClosesAt: beijingToUtc(v.closesAt)!,
      creditHours: v.creditHours ?? 0, showNamesOnBoard: v.showNames, awardTiers: tiers, version: c?.version ?? null,
    };
    const done = await this.actions.run(() => (c ? this.api.update(c.id, body) : this.api.create(body)));
    if (!done) return;
    if (c) this.console.contest.set(done);
    else this.created.emit(done);
  }
}
