import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Api } from '../../../proxy/api';
import { getStaff } from '../../../proxy/fn/staff/get-staff';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import {
  CHANNELS, COMPLAINANT_KINDS, CaseDetailDto, CasesApi, ComplainantKind, IntakeChannel, NOT_ACCEPTED_REASONS, NotAcceptedReason,
} from '../cases/cases.api';
import { complainantPhoneCheck, intakeCheck, minTextCheck, textLength } from '../unresolved-rules';

const MAX_NAME = 50;
const MAX_MATTER = 200;
const MAX_TEXT = 2000;

/**
 * 办不成事登记 at the window (or the hotline, or from the online channel): who, how, which matter and window, what could
 * not be done; a 不予受理 switch for 涉法/涉诉/涉访/与现行政策不符 with what the complainant was told. One column on a
 * phone; after saving it shows the case number and the guide on duty, who has been notified.
 */
@Component({
  selector: 'app-unresolved-intake-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatButtonToggleModule, MatCardModule, MatFormFieldModule,
    MatIconModule, MatInputModule, MatSelectModule, MatSlideToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.intake.title' | translate }}</h1>
    @if (saved(); as d) {
      @let c = d.case;
      <mat-card appearance="outlined" class="saved" data-testid="intake-saved" role="status">
        <mat-card-content>
          <p class="number">{{ 'unresolved.intake.savedNumber' | translate }} <strong data-testid="intake-number">{{ c.number }}</strong></p>
          @if (c.state === 'NotAccepted') {
            <p>{{ 'unresolved.intake.savedNotAccepted' | translate: { reason: ('unresolved.notAcceptedReasons.' + d.notAcceptedReason | translate) } }}</p>
          } @else if (c.guideName) {
            <p data-testid="intake-guide">{{ 'unresolved.intake.savedGuide' | translate: { name: c.guideName } }}</p>
          } @else {
            <p data-testid="intake-guide">{{ 'unresolved.intake.savedNoGuide' | translate }}</p>
          }
        </mat-card-content>
        <mat-card-actions>
          <a mat-button [routerLink]="['/unresolved/cases', c.id]" data-testid="intake-open">{{ 'unresolved.intake.open' | translate }}</a>
          <button mat-flat-button type="button" (click)="again()" data-testid="intake-again">{{ 'unresolved.intake.again' | translate }}</button>
        </mat-card-actions>
      </mat-card>
    } @else {
      <p class="intro">{{ 'unresolved.intake.intro' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <mat-button-toggle-group formControlName="channel" [attr.aria-label]="'unresolved.intake.channel' | translate" data-testid="intake-channel">
          @for (c of channels; track c) { <mat-button-toggle [value]="c">{{ 'unresolved.channels.' + c | translate }}</mat-button-toggle> }
        </mat-button-toggle-group>

        <h2>{{ 'unresolved.intake.complainant' | translate }}</h2>
        <mat-button-toggle-group formControlName="kind" [attr.aria-label]="'unresolved.intake.kind' | translate" data-testid="intake-kind">
          @for (k of kinds; track k) { <mat-button-toggle [value]="k">{{ 'unresolved.complainantKinds.' + k | translate }}</mat-button-toggle> }
        </mat-button-toggle-group>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'unresolved.intake.name' | translate }}</mat-label>
            <input matInput formControlName="name" [maxlength]="maxName" autocomplete="off" data-testid="intake-name" />
            @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'unresolved.intake.phone' | translate }}</mat-label>
            <input matInput formControlName="phone" type="tel" inputmode="tel" autocomplete="off" data-testid="intake-phone" />
            <mat-hint>{{ 'unresolved.intake.phoneHint' | translate }}</mat-hint>
            @if (form.controls.phone.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.phone.hasError('phone')) { <mat-error data-testid="intake-phone-error">{{ 'validation.phone' | translate }}</mat-error> }
          </mat-form-field>
        </div>
        @if (isEnterprise()) {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.intake.enterpriseName' | translate }}</mat-label>
            <input matInput formControlName="enterpriseName" maxlength="100" data-testid="intake-enterprise" />
            @if (form.hasError('enterpriseName') && form.controls.enterpriseName.dirty) {
              <mat-hint class="error" role="alert">{{ 'validation.required' | translate }}</mat-hint>
            }
          </mat-form-field>
        }

        <h2>{{ 'unresolved.intake.matterHeading' | translate }}</h2>
        <mat-form-field class="full">
          <mat-label>{{ 'unresolved.intake.matter' | translate }}</mat-label>
          <input matInput formControlName="matter" [maxlength]="maxMatter" data-testid="intake-matter" />
          @if (form.controls.matter.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <div class="row">
          @if (halls().length > 1) {
            <mat-form-field>
              <mat-label>{{ 'unresolved.intake.hall' | translate }}</mat-label>
              <mat-select formControlName="hallId" data-testid="intake-hall">
                @for (h of halls(); track h.hall.id) { <mat-option [value]="h.hall.id">{{ h.hall.name }}</mat-option> }
              </mat-select>
            </mat-form-field>
          }
          <mat-form-field>
            <mat-label>{{ 'unresolved.intake.unit' | translate }}</mat-label>
            <mat-select formControlName="unitId" data-testid="intake-unit">
              <mat-option value="">{{ 'unresolved.intake.notInHall' | translate }}</mat-option>
              @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
            </mat-select>
            <mat-hint>{{ 'unresolved.intake.unitHint' | translate }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'unresolved.intake.window' | translate }}</mat-label>
            <mat-select formControlName="windowId" data-testid="intake-window">
              <mat-option value="">{{ 'unresolved.intake.anyWindow' | translate }}</mat-option>
              @for (w of windows(); track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        </div>
        <mat-form-field class="full">
          <mat-label>{{ 'unresolved.intake.description' | translate }}</mat-label>
          <textarea matInput rows="4" formControlName="description" [maxlength]="maxText" data-testid="intake-description"></textarea>
          <mat-hint align="end">{{ length(form.controls.description.value) }} / {{ maxText }}</mat-hint>
          @if (form.controls.description.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.description.hasError('minText')) { <mat-error>{{ 'validation.minLength' | translate: { n: form.controls.description.getError('minText').n } }}</mat-error> }
        </mat-form-field>

        <mat-slide-toggle formControlName="notAccepted" data-testid="intake-not-accepted">{{ 'unresolved.intake.notAccepted' | translate }}</mat-slide-toggle>
        <p class="hint">{{ 'unresolved.intake.notAcceptedHint' | translate }}</p>
        @if (notAccepted()) {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.intake.reason' | translate }}</mat-label>
            <mat-select formControlName="notAcceptedReason" data-testid="intake-reason">
              @for (r of reasons; track r) { <mat-option [value]="r">{{ 'unresolved.notAcceptedReasons.' + r | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.intake.explanation' | translate }}</mat-label>
            <textarea matInput rows="3" formControlName="notAcceptedExplanation" [maxlength]="maxText" data-testid="intake-explanation"></textarea>
            <mat-hint>{{ 'unresolved.intake.explanationHint' | translate }}</mat-hint>
          </mat-form-field>
          @if (form.dirty && (form.hasError('notAcceptedReason') || form.hasError('notAcceptedExplanation'))) {
            <p class="error" role="alert" data-testid="intake-not-accepted-error">{{ 'unresolved.intake.notAcceptedMissing' | translate }}</p>
          }
        }

        <app-problem-alert [problem]="problem()" />
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="intake-save"><mat-icon>save</mat-icon>{{ 'unresolved.intake.save' | translate }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 16px; margin: 16px 0 8px; }
    .intro, .hint { color: rgba(0, 0, 0, 0.65); max-width: 80ch; font-size: 13px; }
    .form { max-width: 760px; display: flex; flex-direction: column; gap: 4px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; }
    .row mat-form-field { flex: 1 1 220px; }
    .full { width: 100%; }
    mat-button-toggle-group { margin-bottom: 8px; flex-wrap: wrap; align-self: flex-start; }
    .error { color: #b00020; }
    .buttons { margin-top: 12px; }
    .buttons button { min-height: 48px; min-width: 160px; }
    .saved { max-width: 560px; } .number { font-size: 18px; }
  `,
})
export class UnresolvedIntakePage {
  private readonly api = inject(CasesApi);
  private readonly org = inject(OrganizationTreeService);
  private readonly auth = inject(AuthService);
  protected readonly kinds = COMPLAINANT_KINDS;
  protected readonly channels = CHANNELS;
  protected readonly reasons = NOT_ACCEPTED_REASONS;
  protected readonly maxName = MAX_NAME;
  protected readonly maxMatter = MAX_MATTER;
  protected readonly maxText = MAX_TEXT;
  protected readonly length = textLength;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    channel: ['Window' as IntakeChannel, Validators.required],
    kind: ['Person' as ComplainantKind, Validators.required],
    name: ['', [Validators.required, Validators.maxLength(MAX_NAME)]],
    phone: ['', [Validators.required, complainantPhoneCheck]],
    enterpriseName: [''],
    matter: ['', [Validators.required, Validators.maxLength(MAX_MATTER)]],
    hallId: ['', Validators.required],
    unitId: [''],
    windowId: [''],
    description: ['', [Validators.required, minTextCheck, Validators.maxLength(MAX_TEXT)]],
    notAccepted: [false],
    notAcceptedReason: [null as NotAcceptedReason | null],
    notAcceptedExplanation: ['', Validators.maxLength(MAX_TEXT)],
  }, { validators: intakeCheck });

  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  private readonly hallId = toSignal(this.form.controls.hallId.valueChanges, { initialValue: '' });
  private readonly unitId = toSignal(this.form.controls.unitId.valueChanges, { initialValue: '' });
  protected readonly notAccepted = toSignal(this.form.controls.notAccepted.valueChanges, { initialValue: false });
  protected readonly isEnterprise = computed(() => this.kind() === 'Enterprise');
  /** Every hall of the tree: the window staff of a hall records for it; the server takes the hall of the unit or of the recorder. */
  protected readonly halls = computed(() => this.org.tree()?.halls ?? []);
  protected readonly units = computed(() => this.halls().find((h) => h.hall.id === this.hallId())?.units ?? []);
  protected readonly windows = computed(() => this.units().find((u) => u.unit.id === this.unitId())?.windows ?? []);

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly saved = signal<CaseDetailDto | null>(null);
  /** The recorder's own hall; undefined while it is asked for, null when there is none. */
  private readonly ownHall = signal<string | null | undefined>(undefined);
  private readonly http = inject(Api);

  constructor() {
    void this.org.load();
    // The hall the case is for: the recorder's own (their staff record's hall), else the first of their scope.
    const staffId = this.auth.user()?.staffId;
    if (staffId) {
      this.http.invoke(getStaff, { id: staffId }).then((s) => this.ownHall.set(s.hallId), () => this.ownHall.set(null));
    }
    effect(() => {
      const preferred = this.ownHall() ?? this.auth.user()?.scope.hallIds[0];
      const hall = this.halls().find((h) => h.hall.id === preferred)?.hall.id ?? (staffId && this.ownHall() === undefined ? undefined : this.halls()[0]?.hall.id);
      if (hall && !this.form.controls.hallId.dirty) this.form.controls.hallId.setValue(hall);
    });
    this.form.controls.hallId.valueChanges.subscribe(() => this.form.controls.unitId.setValue(''));
    this.form.controls.unitId.valueChanges.subscribe(() => this.form.controls.windowId.setValue(''));
  }

  protected async save(): Promise<void> {
    this.form.markAllAsDirty();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.saved.set(await this.api.record({
        complainantKind: v.kind,
        complainantName: v.name.trim(),
        complainantContact: v.phone.replace(/\s/g, ''),
        enterpriseName: v.kind === 'Enterprise' ? v.enterpriseName.trim() : null,
        channel: v.channel,
        matter: v.matter.trim(),
        hallId: v.hallId,
        unitId: v.unitId || null,
        windowId: v.windowId || null,
        description: v.description.trim(),
        notAcceptedReason: v.notAccepted ? v.notAcceptedReason : null,
        notAcceptedExplanation: v.notAccepted ? v.notAcceptedExplanation.trim() : null,
      }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected again(): void {
    const keep = { channel: this.form.controls.channel.value, hallId: this.form.controls.hallId.value };
    this.form.reset();
    this.form.patchValue(keep);
    this.saved.set(null);
  }
}
