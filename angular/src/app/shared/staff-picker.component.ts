import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { catchError, debounceTime, distinctUntilChanged, from, map, of, switchMap } from 'rxjs';
import { Api } from '../proxy/api';
import { listStaff } from '../proxy/fn/staff/list-staff';
import { StaffListItemDto } from '../proxy/models';

/** Finds people within the caller's scope by staff number or name (server search) and emits the one picked. */
@Component({
  selector: 'app-staff-picker',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatFormFieldModule, MatInputModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="query" [matAutocomplete]="auto" [attr.data-testid]="testId()" />
      <mat-icon matSuffix aria-hidden="true">person_search</mat-icon>
      <mat-autocomplete #auto (optionSelected)="select($event)">
        @for (s of found(); track s.id) {
          <mat-option [value]="s">{{ s.staffNumber }} {{ s.name }}<small> · {{ s.unitName ?? s.hallName }}</small></mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `.full { width: 100%; } small { color: rgba(0, 0, 0, .6); }`,
})
export class StaffPickerComponent {
  readonly label = input.required<string>();
  readonly testId = input('staff-picker');
  readonly picked = output<StaffListItemDto>();
  private readonly api = inject(Api);
  protected readonly query = new FormControl<string | StaffListItemDto>('', { nonNullable: true });
  protected readonly found = toSignal(
    this.query.valueChanges.pipe(
      map((v) => (typeof v === 'string' ? v.trim() : '')),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((filter) => filter
        ? from(this.api.invoke(listStaff, { Filter: filter, MaxResultCount: 10, Sorting: 'staffNumber asc' })).pipe(map((p) => p.items), catchError(() => of([])))
        : of([])),
    ),
    { initialValue: [] as StaffListItemDto[] },
  );

  select(e: MatAutocompleteSelectedEvent): void {
    this.picked.emit(e.option.value as StaffListItemDto);
    this.query.setValue('');
  }
}
