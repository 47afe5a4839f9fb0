import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { codeValidator, nextCode, pointsValidator } from '../catalogue-rules';
import {
  CATEGORIES, CatalogueApi, CatalogueCategory, CatalogueItemDto, COMMENDATION_CATEGORIES, MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_NOTE_LENGTH,
  MAX_POINTS, VIOLATION_CATEGORIES, kindOf,
} from '../catalogue.api';

/** A new item (item null), or the next version of one; `items` suggests a new item's code. */
export interface CatalogueItemDialogData {
  item: CatalogueItemDto | null;
  items: CatalogueItemDto[];
}

/**
 * A catalogue item's words and points, checked as one types. Saving a change writes the item's next version (the
 * dialog says so): findings already recorded keep the version they were recorded with. A revision keeps the item's
 * kind (a violation stays a violation), so only that kind's categories are offered.
 */
@Component({
  selector: 'app-catalogue-item-dialog',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data.item ? 'supervision.catalogue.revise' : 'supervision.catalogue.add') | translate }}</h2>
    <mat-dialog-content>
      @if (data.item; as i) {
        <p class="note" data-testid="catalogue-revise-note">{{ 'supervision.catalogue.reviseNote' | translate: { code: i.code, version: i.version, next: i.version + 1 } }}</p>
      }
      <form [formGroup]="form" class="form" novalidate>
        <mat-form-field>
          <mat-label>{{ 'supervision.catalogue.category' | translate }}</mat-label>
          <mat-select formControlName="category" data-testid="catalogue-category">
            @for (c of categories; track c) { <mat-option [value]="c">{{ 'supervision.kinds.' + kind(c) | translate }} · {{ 'supervision.categories.' + c | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.catalogue.code' | translate }}</mat-label>
          <input matInput formControlName="code" [maxlength]="maxCode" data-testid="catalogue-code" />
          <mat-hint>{{ 'supervision.catalogue.codeHint' | translate }}</mat-hint>
          @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.code.hasError('code')) { <mat-error>{{ 'supervision.catalogue.codeInvalid' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'supervision.catalogue.nameZh' | translate }}</mat-label>
          <input matInput formControlName="nameZh" [maxlength]="maxName" data-testid="catalogue-name-zh" />
          @if (form.controls.nameZh.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'supervision.catalogue.nameEn' | translate }}</mat-label>
          <input matInput formControlName="nameEn" [maxlength]="maxName" data-testid="catalogue-name-en" />
          @if (form.controls.nameEn.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.catalogue.personPoints' | translate }}</mat-label>
          <input matInput type="number" min="0" [max]="maxPoints" step="0.5" formControlName="personPoints" data-testid="catalogue-person-points" />
          @if (form.controls.personPoints.invalid) { <mat-error>{{ 'supervision.catalogue.pointsRange' | translate: { max: maxPoints } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.catalogue.unitPoints' | translate }}</mat-label>
          <input matInput type="number" min="0" [max]="maxPoints" step="0.5" formControlName="unitPoints" data-testid="catalogue-unit-points" />
          @if (form.controls.unitPoints.invalid) { <mat-error>{{ 'supervision.catalogue.pointsRange' | translate: { max: maxPoints } }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.catalogue.sortOrder' | translate }}</mat-label>
          <input matInput type="number" min="0" max="10000" step="1" formControlName="sortOrder" />
          @if (form.controls.sortOrder.invalid) { <mat-error>{{ 'supervision.catalogue.sortRange' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'supervision.catalogue.description' | translate }}</mat-label>
          <textarea matInput rows="3" formControlName="description" [maxlength]="maxNote"></textarea>
        </mat-form-field>
      </form>
      <p class="hint">{{ 'supervision.catalogue.pointsHint' | translate }}</p>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button (click)="save()" [disabled]="busy()" data-testid="catalogue-save">{{ 'common.save' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .form { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; } .full { grid-column: 1 / -1; }
    .note { background: #fff8e1; padding: 8px 12px; border-radius: 8px; } .hint { color: rgba(0, 0, 0, 0.6); font-size: 13px; }
    @media (max-width: 599px) { .form { grid-template-columns: 1fr; } }
  `,
})
export class CatalogueItemDialogComponent {
  protected readonly data = inject<CatalogueItemDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CatalogueItemDialogComponent, CatalogueItemDto>);
  private readonly api = inject(CatalogueApi);
  protected readonly maxCode = MAX_CODE_LENGTH;
  protected readonly maxName = MAX_NAME_LENGTH;
  protected readonly maxNote = MAX_NOTE_LENGTH;
  protected readonly maxPoints = MAX_POINTS;
  protected readonly categories: CatalogueCategory[] = this.data.item
    ? (this.data.item.kind === 'Commendation' ? COMMENDATION_CATEGORIES : VIOLATION_CATEGORIES)
    : CATEGORIES;
  protected readonly kind = kindOf;
  private readonly i = this.data.item;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    category: [this.i?.category ?? ('WorkDiscipline' as CatalogueCategory), Validators.required],
    code: [{ value: this.i?.code ?? nextCode(this.data.items, 'WorkDiscipline'), disabled: !!this.i }, [Validators.required, Validators.maxLength(MAX_CODE_LENGTH), codeValidator]],
    nameZh: [this.i?.nameZh ?? '', [Validators.required, Validators.maxLength(MAX_NAME_LENGTH)]],
    nameEn: [this.i?.nameEn ?? '', [Validators.required, Validators.maxLength(MAX_NAME_LENGTH)]],
    description: [this.i?.description ?? '', Validators.maxLength(MAX_NOTE_LENGTH)],
    personPoints: [this.i?.personPoints ?? 2, pointsValidator],
    unitPoints: [this.i?.unitPoints ?? 1, pointsValidator],
    sortOrder: [this.i?.sortOrder ?? 0, [Validators.required, Validators.min(0), Validators.max(10_000)]],
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    // Validate as one types; a new item's suggested code follows its category until the code is typed.
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
    this.form.controls.category.valueChanges.subscribe((c) => {
      if (!this.i && !this.form.controls.code.dirty) this.form.controls.code.setValue(nextCode(this.data.items, c));
    });
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    const input = {
      category: v.category, nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim(), description: v.description.trim() || null,
      personPoints: Number(v.personPoints), unitPoints: Number(v.unitPoints), sortOrder: Number(v.sortOrder),
    };
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(this.i ? await this.api.revise(this.i.code, this.i.version, input) : await this.api.create(v.code, input));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
