import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { StaffListItemDto } from '../../../../proxy/models';
import { beijingToday } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { StaffPickerComponent } from '../../../../shared/staff-picker.component';
import { newSubmissionId } from '../../../ratings/public/rate-form';
import { INSPECTION_KINDS } from '../../findings/findings.api';
import {
  BACKWARD_SOURCES, InspectionsApi, MAX_INSPECTORS, MAX_PLACES, MAX_SOURCE_REFERENCE_LENGTH, MAX_TITLE_LENGTH, InspectionPlaceInput, WALK_MODES,
} from '../inspections.api';
import { hallsInScope } from '../scope-halls';

interface PlaceLine extends InspectionPlaceInput { label: string }

/**
 * A new inspection at a desk: its kind (a walk-through with its mode; 倒推 with where it starts), day, hall, title and
 * summary, the inspectors (the caller when none is added) and the units and windows visited. Saved once: the form's
 * clientKey makes a double click or a retry the same inspection.
 */
@Component({
  selector: 'app-inspection-create-page',
  imports: [
    ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, StaffPickerComponent, MatButtonModule, MatChipsModule, MatDatepickerModule,
    MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/supervision/inspections"><mat-icon>arrow_back</mat-icon>{{ 'supervision.inspections.back' | translate }}</a>
    <h1>{{ 'supervision.inspections.new' | translate }}</h1>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="inspection-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'supervision.inspectionKinds.' + k | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (isWalk()) {
          <mat-form-field>
            <mat-label>{{ 'supervision.inspections.walkMode' | translate }}</mat-label>
            <mat-select formControlName="walkMode" data-testid="inspection-walk-mode">
              @for (m of modes; track m) { <mat-option [value]="m">{{ 'supervision.walkModes.' + m | translate }}</mat-option> }
            </mat-select>
            @if (form.controls.walkMode.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        }
        @if (isBackward()) {
          <mat-form-field>
            <mat-label>{{ 'supervision.inspections.backwardSource' | translate }}</mat-label>
            <mat-select formControlName="backwardSource">
              @for (b of sources; track b) { <mat-option [value]="b">{{ 'supervision.backwardSources.' + b | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'supervision.inspections.sourceReference' | translate }}</mat-label>
            <input matInput formControlName="sourceReference" [maxlength]="maxReference" data-testid="inspection-source-reference" />
            <mat-hint>{{ 'supervision.inspections.sourceReferenceHint' | translate }}</mat-hint>
            @if (form.controls.sourceReference.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        }
      </div>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.date' | translate }}</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="date" data-testid="inspection-date" />
          <mat-datepicker-toggle matIconSuffix [for]="picker" /><mat-datepicker #picker />
          @if (form.controls.date.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.hall' | translate }}</mat-label>
          <mat-select formControlName="hallId" data-testid="inspection-hall">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
          @if (form.controls.hallId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'supervision.inspections.inspectionTitle' | translate }}</mat-label>
        <input matInput formControlName="title" [maxlength]="maxTitle" data-testid="inspection-title" />
        <mat-hint align="end">{{ form.controls.title.value.length }} / {{ maxTitle }}</mat-hint>
        @if (form.controls.title.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'supervision.inspections.summary' | translate }}</mat-label>
        <textarea matInput rows="3" formControlName="summary" maxlength="2000" data-testid="inspection-summary"></textarea>
      </mat-form-field>

      <h2>{{ 'supervision.inspections.inspectors' | translate }}</h2>
      <p class="hint">{{ 'supervision.inspections.inspectorsHint' | translate: { me: me() } }}</p>
      <mat-chip-set>
        @for (p of inspectors(); track p.id) {
          <mat-chip (removed)="removeInspector(p.id)">{{ p.name }} {{ p.staffNumber }}
            <button matChipRemove [attr.aria-label]="'supervision.inspections.remove' | translate"><mat-icon>cancel</mat-icon></button></mat-chip>
        }
      </mat-chip-set>
      @if (inspectors().length < maxInspectors) {
        <app-staff-picker [label]="'supervision.inspections.addInspector' | translate" testId="inspection-inspector" (picked)="addInspector($event)" />
      }

      <h2>{{ 'supervision.inspections.places' | translate }}</h2>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.unit' | translate }}</mat-label>
          <mat-select [value]="placeUnit()" (selectionChange)="placeUnit.set($event.value); placeWindow.set('')" data-testid="place-unit">
            <mat-option value="">{{ 'supervision.inspections.wholeHall' | translate }}</mat-option>
            @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.window' | translate }}</mat-label>
          <mat-select [value]="placeWindow()" (selectionChange)="placeWindow.set($event.value)" [disabled]="!placeUnit()" data-testid="place-window">
            <mat-option value="">{{ 'supervision.inspections.wholeUnit' | translate }}</mat-option>
            @for (w of windowsOfUnit(); track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <button mat-stroked-button type="button" (click)="addPlace()" [disabled]="!form.controls.hallId.value || places().length >= maxPlaces" data-testid="place-add">
          <mat-icon>add_location</mat-icon>{{ 'supervision.inspections.addPlace' | translate }}</button>
      </div>
      <mat-chip-set>
        @for (p of places(); track p.label) {
          <mat-chip (removed)="removePlace(p)">{{ p.label }}<button matChipRemove [attr.aria-label]="'supervision.inspections.remove' | translate"><mat-icon>cancel</mat-icon></button></mat-chip>
        }
      </mat-chip-set>

      <app-problem-alert [problem]="problem()" />
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="inspection-save"><mat-icon>save</mat-icon>{{ 'common.save' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 16px; margin: 16px 0 4px; }
    .form { max-width: 860px; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .row mat-form-field { flex: 1 1 200px; }
    .full { width: 100%; }
    .hint { color: rgba(0, 0, 0, 0.6); margin: 0 0 4px; font-size: 13px; }
    .buttons { margin-top: 16px; }
  `,
})
export class InspectionCreatePage {
  private readonly api = inject(InspectionsApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly kinds = INSPECTION_KINDS;
  protected readonly modes = WALK_MODES;
  protected readonly sources = BACKWARD_SOURCES;
  protected readonly maxTitle = MAX_TITLE_LENGTH;
  protected readonly maxReference = MAX_SOURCE_REFERENCE_LENGTH;
  protected readonly maxInspectors = MAX_INSPECTORS;
  protected readonly maxPlaces = MAX_PLACES;
  protected readonly me = computed(() => this.auth.user()?.displayName ?? '');
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['Open' as (typeof INSPECTION_KINDS)[number], Validators.required],
    walkMode: [null as (typeof WALK_MODES)[number] | null],
    backwardSource: ['BadRating' as (typeof BACKWARD_SOURCES)[number]],
    sourceReference: ['', Validators.maxLength(MAX_SOURCE_REFERENCE_LENGTH)],
    date: [beijingToday(), Validators.required],
    hallId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(MAX_TITLE_LENGTH)]],
    summary: ['', Validators.maxLength(2000)],
  });
  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  private readonly walkMode = toSignal(this.form.controls.walkMode.valueChanges, { initialValue: null });
  private readonly hallId = toSignal(this.form.controls.hallId.valueChanges, { initialValue: '' });
  protected readonly isWalk = computed(() => this.kind() === 'WalkThrough');
  protected readonly isBackward = computed(() => this.isWalk() && this.walkMode() === 'Backward');

  protected readonly inspectors = signal<StaffListItemDto[]>([]);
  protected readonly places = signal<PlaceLine[]>([]);
  protected readonly placeUnit = signal('');
  protected readonly placeWindow = signal('');
  protected readonly units = computed(() => this.org.tree()?.halls.find((h) => h.hall.id === this.hallId())?.units ?? []);
  protected readonly windowsOfUnit = computed(() => this.units().find((u) => u.unit.id === this.placeUnit())?.windows ?? []);

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly clientKey = newSubmissionId();

  constructor() {
    void this.org.load();
    effect(() => {
      const halls = this.halls();
      if (halls.length === 1 && !this.form.controls.hallId.value) this.form.controls.hallId.setValue(halls[0].id);
    });
    // A walk-through needs its mode, a 倒推 one where it starts: required only then.
    effect(() => {
      const c = this.form.controls;
      c.walkMode.setValidators(this.isWalk() ? Validators.required : null);
      c.sourceReference.setValidators(this.isBackward() ? [Validators.required, Validators.maxLength(MAX_SOURCE_REFERENCE_LENGTH)] : Validators.maxLength(MAX_SOURCE_REFERENCE_LENGTH));
      c.walkMode.updateValueAndValidity({ emitEvent: false });
      c.sourceReference.updateValueAndValidity({ emitEvent: false });
    });
    // Places belong to the hall chosen: another hall starts the list again.
    effect(() => {
      this.hallId();
      this.places.set([]);
      this.placeUnit.set('');
      this.placeWindow.set('');
    });
  }

  protected addInspector(p: StaffListItemDto): void {
    if (!this.inspectors().some((x) => x.id === p.id)) this.inspectors.update((l) => [...l, p]);
  }

  protected removeInspector(id: string): void {
    this.inspectors.update((l) => l.filter((x) => x.id !== id));
  }

  protected addPlace(): void {
    const hallId = this.form.controls.hallId.value;
    const unit = this.units().find((u) => u.unit.id === this.placeUnit());
    const window = unit?.windows.find((w) => w.id === this.placeWindow());
    const hallName = this.halls().find((h) => h.id === hallId)?.name ?? '';
    const label = window ? `${unit!.unit.name} · ${window.code} ${window.name}` : unit ? unit.unit.name : hallName;
    if (this.places().some((p) => p.label === label)) return;
    this.places.update((l) => [...l, { hallId, unitId: unit?.unit.id ?? null, windowId: window?.id ?? null, label }]);
  }

  protected removePlace(p: PlaceLine): void {
    this.places.update((l) => l.filter((x) => x !== p));
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    try {
      const created = await this.api.create({
        kind: v.kind, date: v.date, hallId: v.hallId, title: v.title.trim(), summary: v.summary.trim() || null,
        walkMode: this.isWalk() ? v.walkMode : null,
        backwardSource: this.isBackward() ? v.backwardSource : null,
        sourceReference: this.isBackward() ? v.sourceReference.trim() : null,
        inspectorStaffIds: this.inspectors().length ? this.inspectors().map((p) => p.id) : null,
        places: this.places().map(({ hallId, unitId, windowId }) => ({ hallId, unitId, windowId })),
        clientKey: this.clientKey,
      });
      await this.router.navigate(['/supervision/inspections', created.id, ...(this.isWalk() ? ['walk'] : [])]);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
