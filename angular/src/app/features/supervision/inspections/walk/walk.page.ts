import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { InspectionDto, InspectionsApi, MAX_STEPS, MAX_STEP_MINUTES, MAX_TITLE_LENGTH, STEP_CHANNELS } from '../inspections.api';
import { StepDraft, addStep, fromDto, hoursAndMinutes, moveStep, removeStep, stepProblems, toInputs, walkSummary } from './walk-rules';

interface ImprovementForm { stepId: string; unitId: string; title: string; requirement: string; dueOn: string }

/**
 * 走流程 recorder: the steps walked in order (add, move, remove): what was done, online or at the hall, minutes, where it
 * stalled and why; the totals as one types. Saved as a whole (the inspection's version guards against two editors). On
 * a saved step, improvement items (unit, title, requirement, due) become ledger items of that unit.
 */
@Component({
  selector: 'app-walk-page',
  imports: [
    FormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatButtonToggleModule, MatCheckboxModule, MatDatepickerModule,
    MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button [routerLink]="['/supervision/inspections', id()]"><mat-icon>arrow_back</mat-icon>{{ 'supervision.walk.back' | translate }}</a>
    @if (inspection.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (inspection.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (inspection.value(); as i) {
      <h1>{{ 'supervision.walk.title' | translate }} · {{ i.title }}</h1>
      <p class="muted">{{ 'supervision.inspectionKinds.' + i.kind | translate }}@if (i.walkMode) { · {{ 'supervision.walkModes.' + i.walkMode | translate }} } · {{ i.date }} · {{ i.hallName }}</p>
      <p class="summary" data-testid="walk-totals">
        {{ 'supervision.walk.totals' | translate: { h: totals().time.h, m: totals().time.m, hall: totals().hall, online: totals().online } }}
        @if (totals().stalls.length) { · <span class="stall">{{ 'supervision.walk.stalls' | translate: { steps: totals().stalls.join('、') } }}</span> }
      </p>
      <ol class="steps">
        @for (s of steps(); track $index; let n = $index) {
          <li class="step" [class.stalled]="s.stalled" data-testid="walk-step">
            <div class="line">
              <span class="no">{{ n + 1 }}</span>
              <mat-form-field class="grow">
                <mat-label>{{ 'supervision.walk.description' | translate }}</mat-label>
                <input matInput [ngModel]="s.description" (ngModelChange)="edit(n, { description: $event })" maxlength="2000" data-testid="step-description" />
                @if (shown(n, 'description')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
              </mat-form-field>
              <mat-button-toggle-group [value]="s.channel" (change)="edit(n, { channel: $event.value })" [attr.aria-label]="'supervision.walk.channel' | translate">
                @for (c of channels; track c) { <mat-button-toggle [value]="c">{{ 'supervision.channels.' + c | translate }}</mat-button-toggle> }
              </mat-button-toggle-group>
              <mat-form-field class="minutes">
                <mat-label>{{ 'supervision.walk.minutes' | translate }}</mat-label>
                <input matInput type="number" min="0" [max]="maxMinutes" step="1" [ngModel]="s.minutes" (ngModelChange)="edit(n, { minutes: toInt($event) })" data-testid="step-minutes" />
              </mat-form-field>
            </div>
            @if (problemsOf(n).includes('minutes')) { <div class="error">{{ 'supervision.walk.minutesRange' | translate: { max: maxMinutes } }}</div> }
            <div class="line">
              <mat-form-field>
                <mat-label>{{ 'supervision.walk.unit' | translate }}</mat-label>
                <mat-select [value]="s.unitId ?? ''" (selectionChange)="edit(n, { unitId: $event.value || null, windowId: null })">
                  <mat-option value="">{{ 'common.none' | translate }}</mat-option>
                  @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-form-field>
                <mat-label>{{ 'supervision.walk.window' | translate }}</mat-label>
                <mat-select [value]="s.windowId ?? ''" (selectionChange)="edit(n, { windowId: $event.value || null })" [disabled]="!s.unitId">
                  <mat-option value="">{{ 'common.none' | translate }}</mat-option>
                  @for (w of windowsOf(s.unitId); track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }
                </mat-select>
              </mat-form-field>
              <mat-checkbox [checked]="s.stalled" (change)="edit(n, { stalled: $event.checked })" data-testid="step-stalled">{{ 'supervision.walk.stalled' | translate }}</mat-checkbox>
            </div>
            @if (s.stalled) {
              <mat-form-field class="full">
                <mat-label>{{ 'supervision.walk.stallNote' | translate }}</mat-label>
                <input matInput [ngModel]="s.stallNote ?? ''" (ngModelChange)="edit(n, { stallNote: $event })" maxlength="2000" data-testid="step-stall-note" />
                <mat-hint>{{ 'supervision.walk.stallHint' | translate }}</mat-hint>
              </mat-form-field>
              @if (shown(n, 'stallNote')) { <div class="error">{{ 'supervision.walk.stallNeeded' | translate }}</div> }
            }
            <div class="tools">
              <button mat-icon-button (click)="move(n, -1)" [disabled]="n === 0" [attr.aria-label]="'supervision.walk.up' | translate"><mat-icon>arrow_upward</mat-icon></button>
              <button mat-icon-button (click)="move(n, 1)" [disabled]="n === steps().length - 1" [attr.aria-label]="'supervision.walk.down' | translate"><mat-icon>arrow_downward</mat-icon></button>
              <button mat-icon-button (click)="remove(n)" [attr.aria-label]="'supervision.walk.remove' | translate"><mat-icon>delete</mat-icon></button>
              @if (s.id && !dirty()) {
                <button mat-button (click)="startImprovement(s)" data-testid="improvement-add"><mat-icon>playlist_add</mat-icon>{{ 'supervision.walk.addImprovement' | translate }}</button>
              }
            </div>
            @if (s.id) {
              <ul class="improvements">
                @for (l of improvementsOf(s.id); track l.id) {
                  <li><a [routerLink]="['/supervision/ledger', l.id]">{{ l.title }}</a> <small>{{ l.unitName }} · {{ 'supervision.inspections.dueOn' | translate: { date: l.dueOn } }}</small></li>
                }
              </ul>
            }
            @if (improvement(); as f) {
              @if (f.stepId === s.id) {
                <div class="improvement" data-testid="improvement-form">
                  <div class="line">
                    <mat-form-field>
                      <mat-label>{{ 'supervision.walk.unit' | translate }}</mat-label>
                      <mat-select [value]="f.unitId" (selectionChange)="patchImprovement({ unitId: $event.value })" data-testid="improvement-unit">
                        @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
                      </mat-select>
                    </mat-form-field>
                    <mat-form-field>
                      <mat-label>{{ 'supervision.walk.due' | translate }}</mat-label>
                      <input matInput [matDatepicker]="due" [ngModel]="f.dueOn || null" (ngModelChange)="patchImprovement({ dueOn: $event ?? '' })" />
                      <mat-datepicker-toggle matIconSuffix [for]="due" /><mat-datepicker #due />
                      <mat-hint>{{ 'supervision.walk.dueHint' | translate }}</mat-hint>
                    </mat-form-field>
                  </div>
                  <mat-form-field class="full">
                    <mat-label>{{ 'supervision.walk.improvementTitle' | translate }}</mat-label>
                    <input matInput [ngModel]="f.title" (ngModelChange)="patchImprovement({ title: $event })" [maxlength]="maxTitle" data-testid="improvement-title" />
                  </mat-form-field>
                  <mat-form-field class="full">
                    <mat-label>{{ 'supervision.walk.requirement' | translate }}</mat-label>
                    <textarea matInput rows="2" [ngModel]="f.requirement" (ngModelChange)="patchImprovement({ requirement: $event })" maxlength="2000"></textarea>
                  </mat-form-field>
                  <div class="tools">
                    <button mat-flat-button (click)="saveImprovement()" [disabled]="busy() || !f.unitId || !f.title.trim()" data-testid="improvement-save">{{ 'common.save' | translate }}</button>
                    <button mat-button (click)="improvement.set(null)">{{ 'common.cancel' | translate }}</button>
                  </div>
                </div>
              }
            }
          </li>
        }
      </ol>
      @if (dirty() && hasSaved()) { <p class="muted">{{ 'supervision.walk.saveFirst' | translate }}</p> }
      <app-problem-alert [problem]="problem()" />
      <div class="bar">
        <button mat-stroked-button (click)="add()" [disabled]="steps().length >= maxSteps" data-testid="step-add"><mat-icon>add</mat-icon>{{ 'supervision.walk.addStep' | translate }}</button>
        <button mat-flat-button (click)="save(i)" [disabled]="busy() || !dirty()" data-testid="walk-save"><mat-icon>save</mat-icon>{{ 'supervision.walk.save' | translate }}</button>
      </div>
    }
  `,
  styles: `
    h1 { font-size: 22px; margin-bottom: 0; }
    .muted { color: rgba(0, 0, 0, 0.6); }
    .summary { font-weight: 500; } .stall, .error { color: #c62828; } .error { font-size: 12px; margin: -8px 0 8px 40px; }
    .steps { list-style: none; padding: 0; max-width: 980px; }
    .step { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; }
    .step.stalled { border-left: 4px solid #c62828; }
    .line { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .line mat-form-field { flex: 1 1 180px; } .grow { flex: 3 1 260px !important; } .minutes { flex: 0 1 110px !important; }
    .no { display: inline-flex; align-items: center; justify-content: center; width: 28px; height: 28px; border-radius: 50%; background: #e8eaf6; font-weight: 600; }
    .full { width: 100%; }
    .tools { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; }
    .improvements { margin: 4px 0 0 36px; padding: 0; list-style: square; } .improvements small { color: rgba(0, 0, 0, 0.6); }
    .improvement { background: #fafafa; border-radius: 8px; padding: 8px; margin-top: 8px; }
    .bar { display: flex; gap: 8px; position: sticky; bottom: 0; padding: 8px 0; background: var(--mat-sys-surface, #fff); }
  `,
})
export class WalkPage {
  private readonly api = inject(InspectionsApi);
  private readonly org = inject(OrganizationTreeService);
  readonly id = input.required<string>();
  protected readonly channels = STEP_CHANNELS;
  protected readonly maxSteps = MAX_STEPS;
  protected readonly maxMinutes = MAX_STEP_MINUTES;
  protected readonly maxTitle = MAX_TITLE_LENGTH;
  protected readonly inspection = resource({ params: () => ({ id: this.id() }), loader: ({ params }) => this.api.get(params.id) });
  protected readonly steps = signal<StepDraft[]>([]);
  protected readonly dirty = signal(false);
  /** Steps whose problems are shown: those touched, or all after a save was tried. */
  private readonly touched = signal<Set<number> | 'all'>(new Set());
  protected readonly totals = computed(() => {
    const s = walkSummary(this.steps());
    return { ...s, time: hoursAndMinutes(s.minutes) };
  });
  protected readonly hasSaved = computed(() => this.steps().some((s) => s.id));
  protected readonly units = computed(() => this.org.tree()?.halls.find((h) => h.hall.id === this.inspection.value()?.hallId)?.units ?? []);
  protected readonly improvement = signal<ImprovementForm | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly problemOf = toProblem;

  constructor() {
    void this.org.load();
    effect(() => {
      const i = this.inspection.value();
      if (i) this.reset(i);
    });
  }

  protected windowsOf(unitId: string | null) {
    return this.units().find((u) => u.unit.id === unitId)?.windows ?? [];
  }

  protected improvementsOf(stepId: string) {
    return (this.inspection.value()?.ledgerItems ?? []).filter((l) => l.walkStepId === stepId);
  }

  protected problemsOf(n: number) {
    const s = this.steps()[n];
    return s ? stepProblems(s) : [];
  }

  protected shown(n: number, p: 'description' | 'stallNote'): boolean {
    const t = this.touched();
    return (t === 'all' || t.has(n)) && this.problemsOf(n).includes(p);
  }

  protected toInt(v: unknown): number {
    const n = typeof v === 'number' ? v : Number.parseFloat(String(v));
    return Number.isFinite(n) ? n : -1;
  }

  protected edit(n: number, change: Partial<StepDraft>): void {
    this.steps.update((l) => l.map((s, i) => (i === n ? { ...s, ...change } : s)));
    this.touch(n);
  }

  protected add(): void {
    this.steps.update((l) => addStep(l));
    this.dirty.set(true);
  }

  protected move(n: number, by: -1 | 1): void {
    this.steps.update((l) => moveStep(l, n, by));
    this.touched.set(new Set());
    this.dirty.set(true);
  }

  protected remove(n: number): void {
    this.steps.update((l) => removeStep(l, n));
    this.touched.set(new Set());
    this.dirty.set(true);
  }

  async save(i: InspectionDto): Promise<void> {
    this.touched.set('all');
    if (this.steps().some((s) => stepProblems(s).length > 0) || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.inspection.set(await this.api.saveSteps(i.id, i.version, toInputs(this.steps())));
    } catch (e) {
      this.problem.set(toProblem(e));
      // Someone saved the steps meanwhile: the problem says so and theirs are shown to work on.
      if (toProblem(e).status === 409) this.inspection.reload();
    } finally {
      this.busy.set(false);
    }
  }

  protected startImprovement(s: StepDraft): void {
    this.improvement.set({ stepId: s.id!, unitId: s.unitId ?? '', title: '', requirement: '', dueOn: '' });
  }

  protected patchImprovement(change: Partial<ImprovementForm>): void {
    this.improvement.update((f) => (f ? { ...f, ...change } : f));
  }

  async saveImprovement(): Promise<void> {
    const f = this.improvement();
    if (!f || !f.unitId || !f.title.trim() || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.addImprovement(this.id(), {
        unitId: f.unitId, title: f.title.trim(), requirement: f.requirement.trim() || null, walkStepId: f.stepId, dueOn: f.dueOn || null,
      });
      this.improvement.set(null);
      this.inspection.reload();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  private touch(n: number): void {
    this.dirty.set(true);
    this.touched.update((t) => (t === 'all' ? t : new Set([...t, n])));
  }

  private reset(i: InspectionDto): void {
    this.steps.set(i.steps.map(fromDto));
    this.touched.set(new Set());
    this.dirty.set(false);
  }
}
