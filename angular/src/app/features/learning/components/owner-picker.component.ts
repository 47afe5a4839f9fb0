import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Api } from '../../../proxy/api';
import { listContentOwnerChoices } from '../../../proxy/fn/question-bank/list-content-owner-choices';
import { ContentOwnerChoicesDto } from '../../../proxy/models';

/** Whether the creator must (or may) choose the owner: an administrator (city or any hall), a manager of several halls. */
export function ownerChoiceNeeded(choices: ContentOwnerChoicesDto | null): boolean {
  return !!choices && (choices.city || choices.hallIds.length > 1);
}

/**
 * Loads who may own new content and sets the control up for it: the city ('') by default for an administrator, a
 * required choice for a manager of several halls, nothing to choose (the server takes their one hall) otherwise.
 */
export async function loadOwnerChoices(api: Api, control: FormControl<string>): Promise<ContentOwnerChoicesDto | null> {
  try {
    const choices = await api.invoke(listContentOwnerChoices);
    if (!choices.city && choices.hallIds.length > 1) {
      control.setValidators(Validators.required);
      control.updateValueAndValidity();
    }
    return choices;
  } catch {
    return null; // the server still decides; a manager of several halls then hears that a choice is needed
  }
}

/** The hall that will own new content (courses, question banks, exams), shown only when there is a choice. */
@Component({
  selector: 'app-owner-picker',
  imports: [ReactiveFormsModule, TranslatePipe, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <mat-form-field class="owner">
        <mat-label>{{ 'learning.owner.label' | translate }}</mat-label>
        <mat-select [formControl]="control()" data-testid="owner-hall">
          @if (choices()?.city) { <mat-option value="">{{ 'learning.owner.city' | translate }}</mat-option> }
          @for (id of halls(); track id) { <mat-option [value]="id">{{ org.hallNames().get(id) ?? id }}</mat-option> }
        </mat-select>
        <mat-hint>{{ 'learning.owner.hint' | translate }}</mat-hint>
        @if (control().hasError('required')) { <mat-error>{{ 'learning.owner.required' | translate }}</mat-error> }
      </mat-form-field>
    }
  `,
  styles: `.owner { width: 100%; }`,
})
export class OwnerPickerComponent {
  protected readonly org = inject(OrganizationTreeService);
  readonly control = input.required<FormControl<string>>();
  readonly choices = input<ContentOwnerChoicesDto | null>(null);
  protected readonly shown = computed(() => ownerChoiceNeeded(this.choices()));
  /** An administrator may choose any hall; a manager the halls they manage. */
  protected readonly halls = computed(() => {
    const c = this.choices();
    if (!c) return [];
    return c.city ? [...this.org.hallNames().keys()] : c.hallIds;
  });

  constructor() {
    void this.org.load();
  }
}
