import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ReceiverDto, UnresolvedAdminApi } from '../../admin/admin.api';
import { minTextCheck } from '../../unresolved-rules';
import { CaseAction, DEFAULT_CONFERENCE_SECTIONS } from '../case-actions';
import {
  CASE_CATEGORIES, CLOSING_OUTCOMES, CaseActionRequest, CaseCategory, CaseDetailDto, CaseOutcome, CaseRowDto, CasesApi,
} from '../cases.api';

export interface CaseActionDialogData {
  action: CaseAction;
  case: CaseRowDto;
  /** The hall's conference sections (setting Unresolved.ConferenceSections), from the case detail. */
  sections?: string[];
}

/** The texts each action asks for: a category, a text, the sections, a receiver, satisfied or not, an outcome. */
const NEEDS_TEXT: CaseAction[] = ['windowAnswer', 'conference', 'firstReply', 'followUp', 'escalationAnswer', 'close'];

/**
 * One action on a case in a dialog: classify; record the window's answer; a case conference with its sections and
 * outcome; hand it to the efficiency section for a complaint check; transfer to a receiver; the first reply; the
 * follow-up (satisfied or not: unsatisfied goes to the efficiency section); the efficiency section's answer; close.
 * Closes with the case as it is now.
 */
@Component({
  selector: 'app-case-action-dialog',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatButtonToggleModule, MatChipsModule, MatDialogModule, MatFormFieldModule,
    MatInputModule, MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'unresolved.actions.' + data.action | translate }} · {{ data.case.number }}</h2>
    <mat-dialog-content>
      <p class="matter">{{ data.case.matter }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate id="case-action-form">
        @if (data.action === 'classify') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.actions.category' | translate }}</mat-label>
            <mat-select formControlName="category" data-testid="action-category">
              @for (c of categories; track c) { <mat-option [value]="c">{{ 'unresolved.categories.' + c | translate }}</mat-option> }
            </mat-select>
            <mat-hint>{{ 'unresolved.actions.categoryHint.' + (form.controls.category.value || 'none') | translate }}</mat-hint>
            @if (form.controls.category.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
        }
        @if (data.action === 'conference') {
          <p class="label" id="sections-label">{{ 'unresolved.actions.sections' | translate }}</p>
          <mat-chip-listbox multiple formControlName="sections" aria-labelledby="sections-label" data-testid="action-sections">
            @for (s of sections; track s) { <mat-chip-option [value]="s">{{ s }}</mat-chip-option> }
          </mat-chip-listbox>
          @if (form.controls.sections.dirty && noSections()) { <p class="error" role="alert">{{ 'unresolved.actions.sectionsRequired' | translate }}</p> }
        }
        @if (data.action === 'transfer') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.actions.receiver' | translate }}</mat-label>
            <mat-select formControlName="receiverId" data-testid="action-receiver">
              @for (r of receivers(); track r.id) {
                <mat-option [value]="r.id">{{ r.name }} · {{ 'unresolved.receiverKinds.' + r.kind | translate }}</mat-option>
              }
            </mat-select>
            @if (form.controls.receiverId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          </mat-form-field>
          @if (toComplainedUnit()) { <p class="note" data-testid="action-hidden-note">{{ 'unresolved.hiddenViaSupervision' | translate }}</p> }
        }
        @if (data.action === 'followUp') {
          <mat-button-toggle-group formControlName="satisfied" [attr.aria-label]="'unresolved.actions.satisfied' | translate" data-testid="action-satisfied">
            <mat-button-toggle [value]="true">{{ 'unresolved.actions.yesSatisfied' | translate }}</mat-button-toggle>
            <mat-button-toggle [value]="false">{{ 'unresolved.actions.notSatisfied' | translate }}</mat-button-toggle>
          </mat-button-toggle-group>
          @if (form.controls.satisfied.value === false) { <p class="note">{{ 'unresolved.actions.unsatisfiedNote' | translate }}</p> }
        }
        @if (data.action === 'close' || data.action === 'escalationAnswer') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.actions.outcome' | translate }}</mat-label>
            <mat-select formControlName="outcome" data-testid="action-outcome">
              @for (o of outcomes; track o) { <mat-option [value]="o">{{ 'unresolved.outcomes.' + o | translate }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        @if (needsText() || data.action === 'transfer' || data.action === 'classify' || data.action === 'complaintCheck') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.actions.text.' + data.action | translate }}</mat-label>
            <textarea matInput rows="4" formControlName="text" maxlength="2000" data-testid="action-text"></textarea>
            @if (form.controls.text.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            @if (form.controls.text.hasError('minText')) { <mat-error>{{ 'validation.minLength' | translate: { n: 2 } }}</mat-error> }
          </mat-form-field>
        }
      </form>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="submit" form="case-action-form" [disabled]="busy()" data-testid="action-save">{{ 'unresolved.actions.save' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .full { width: 100%; } .matter { font-weight: 500; } .label { margin: 4px 0; color: rgba(0, 0, 0, 0.7); }
    .note { background: #fff8e1; padding: 8px; border-radius: 4px; } .error { color: #b00020; }
    mat-button-toggle-group { margin-bottom: 12px; }
  `,
})
export class CaseActionDialogComponent {
  protected readonly data = inject<CaseActionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CaseActionDialogComponent, CaseDetailDto>);
  private readonly org = inject(OrganizationTreeService);
  private readonly api = inject(CasesApi);
  private readonly admin = inject(UnresolvedAdminApi);
  protected readonly categories = CASE_CATEGORIES;
  protected readonly outcomes = CLOSING_OUTCOMES;
  protected readonly sections = this.data.sections?.length ? this.data.sections : DEFAULT_CONFERENCE_SECTIONS;
  protected readonly receivers = signal<ReceiverDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly needsText = computed(() => NEEDS_TEXT.includes(this.data.action));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    category: [(this.data.case.category ?? '') as CaseCategory | '', this.data.action === 'classify' ? Validators.required : []],
    sections: [[] as string[]],
    receiverId: ['', this.data.action === 'transfer' ? Validators.required : []],
    satisfied: [true],
    outcome: ['Resolved' as CaseOutcome],
    text: ['', NEEDS_TEXT.includes(this.data.action) ? [Validators.required, minTextCheck] : [minTextCheck]],
  });
  private readonly sectionsPicked = toSignal(this.form.controls.sections.valueChanges, { initialValue: [] as string[] });
  private readonly receiverId = toSignal(this.form.controls.receiverId.valueChanges, { initialValue: '' });
  protected readonly noSections = computed(() => this.sectionsPicked().length === 0);
  /** A transfer to the complained unit's own department: made by the efficiency section, the complainant stays hidden. */
  protected readonly toComplainedUnit = computed(() => {
    const r = this.receivers().find((x) => x.id === this.receiverId());
    const unit = (this.org.tree()?.halls ?? []).flatMap((h) => h.units).find((u) => u.unit.id === this.data.case.unitId);
    return !!r?.departmentId && r.departmentId === unit?.unit.departmentId;
  });

  constructor() {
    if (this.data.action === 'transfer') {
      void this.org.load();
      this.admin.receivers(true).then((r) => this.receivers.set(r), (e) => this.problem.set(toProblem(e)));
    }
  }

  protected async save(): Promise<void> {
    this.form.markAllAsDirty();
    if (this.form.invalid || this.busy() || (this.data.action === 'conference' && this.noSections())) return;
    const request = this.request();
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(await this.api.act(this.data.case.id, request));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  /** The action with its input as the server takes it (ClassifyCaseInput, WindowAnswerInput, … in the API description). */
  private request(): CaseActionRequest {
    const v = this.form.getRawValue();
    const version = this.data.case.version, text = v.text.trim();
    switch (this.data.action) {
      // The form's '' (none picked) is the server's null; classify requires a category before it saves.
      case 'classify': return { action: 'classify', body: { version, category: v.category || null, note: text || null } };
      case 'windowAnswer': return { action: 'windowAnswer', body: { version, answer: text } };
      case 'conference': return { action: 'conference', body: { version, sections: v.sections, outcome: text } };
      case 'complaintCheck': return { action: 'complaintCheck', body: { version, staffId: null, note: text || null } };
      case 'transfer': return { action: 'transfer', body: { version, receiverId: v.receiverId, note: text || null } };
      case 'firstReply': return { action: 'firstReply', body: { version, text } };
      case 'followUp': return { action: 'followUp', body: { version, satisfied: v.satisfied, text } };
      case 'escalationAnswer': return { action: 'escalationAnswer', body: { version, outcome: v.outcome, text } };
      case 'close': return { action: 'close', body: { version, outcome: v.outcome, text } };
    }
  }
}
