import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { Api } from '../../../../proxy/api';
import { createRatingTag } from '../../../../proxy/fn/rating-tags/create-rating-tag';
import { updateRatingTag } from '../../../../proxy/fn/rating-tags/update-rating-tag';
import { IndicatorTagDto, SaveIndicatorTagInput } from '../../../../proxy/models';

/** Adds an indicator tag or edits one (the code stays once made: pads send it): names in both languages, order, in use. */
@Component({
  selector: 'app-tag-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data ? 'ratings.catalogue.tags.edit' : 'ratings.catalogue.tags.add') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'ratings.catalogue.code' | translate }}</mat-label>
          <input matInput formControlName="code" maxlength="64" data-testid="tag-code" />
          @if (form.controls.code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.code.hasError('pattern')) { <mat-error>{{ 'ratings.catalogue.tags.codeRule' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ratings.catalogue.tags.nameZh' | translate }}</mat-label>
          <input matInput formControlName="nameZh" maxlength="50" data-testid="tag-name-zh" />
          @if (form.controls.nameZh.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ratings.catalogue.tags.nameEn' | translate }}</mat-label>
          <input matInput formControlName="nameEn" maxlength="50" data-testid="tag-name-en" />
          @if (form.controls.nameEn.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ratings.catalogue.tags.sortOrder' | translate }}</mat-label>
          <input matInput type="number" formControlName="sortOrder" min="0" max="10000" />
          @if (form.controls.sortOrder.invalid) { <mat-error>{{ 'validation.number' | translate }}</mat-error> }
        </mat-form-field>
        <mat-checkbox formControlName="isActive">{{ 'ratings.catalogue.active' | translate }}</mat-checkbox>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="dialog-save">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class TagDialogComponent {
  protected readonly data = inject<IndicatorTagDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<TagDialogComponent, IndicatorTagDto>);
  private readonly api = inject(Api);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: [{ value: this.data?.code ?? '', disabled: !!this.data }, [Validators.required, Validators.maxLength(64), Validators.pattern(/^[a-z][a-z0-9-]*$/)]],
    nameZh: [this.data?.nameZh ?? '', [Validators.required, Validators.maxLength(50)]],
    nameEn: [this.data?.nameEn ?? '', [Validators.required, Validators.maxLength(50)]],
    sortOrder: [this.data?.sortOrder ?? 100, [Validators.required, Validators.min(0), Validators.max(10000)]],
    isActive: [this.data?.isActive ?? true],
  });

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    try {
      const body: SaveIndicatorTagInput = { code: v.code.trim(), nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim(), sortOrder: v.sortOrder, isActive: v.isActive };
      this.ref.close(await (this.data ? this.api.invoke(updateRatingTag, { id: this.data.id, body }) : this.api.invoke(createRatingTag, { body })));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
