import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { Api } from '../../../../proxy/api';
import { registerRatingDevice } from '../../../../proxy/fn/rating-devices/register-rating-device';
import { RatingDeviceKind, RatingDeviceWithKeyDto } from '../../../../proxy/models';
import { RATING_DEVICE_KINDS } from '../device-kinds';

/** Registers a rating pad (for one window of a hall) or a hall's case system; closes with the device and its one-time key. */
@Component({
  selector: 'app-register-rating-device-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'ratings.devices.register' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'ratings.devices.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="rating-device-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'ratings.devices.kinds.' + k | translate }}</mat-option> }
          </mat-select>
          <mat-hint>{{ 'ratings.devices.kindHints.' + kind() | translate }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ratings.devices.hall' | translate }}</mat-label>
          <mat-select formControlName="hallId" data-testid="rating-device-hall">
            @for (h of halls(); track h.hall.id) { <mat-option [value]="h.hall.id">{{ h.hall.name }}</mat-option> }
          </mat-select>
          @if (form.controls.hallId.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        @if (kind() === 'RatingPad') {
          <mat-form-field>
            <mat-label>{{ 'ratings.devices.window' | translate }}</mat-label>
            <mat-select formControlName="windowId" data-testid="rating-device-window">
              @for (u of units(); track u.unit.id) {
                <mat-optgroup [label]="u.unit.name">
                  @for (w of u.windows; track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }
                </mat-optgroup>
              }
            </mat-select>
            @if (form.controls.windowId.hasError('required')) { <mat-error>{{ 'ratings.devices.windowRequired' | translate }}</mat-error> }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'ratings.devices.name' | translate }}</mat-label>
          <input matInput formControlName="name" maxlength="200" data-testid="rating-device-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="rating-device-save">{{ 'ratings.devices.register' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class RegisterDeviceDialogComponent {
  private readonly ref = inject(MatDialogRef<RegisterDeviceDialogComponent, RatingDeviceWithKeyDto>);
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly kinds = RATING_DEVICE_KINDS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly halls = computed(() => this.org.tree()?.halls ?? []);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: ['RatingPad' as RatingDeviceKind, Validators.required],
    hallId: ['', Validators.required],
    windowId: ['', Validators.required],
    name: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  private readonly hallId = toSignal(this.form.controls.hallId.valueChanges, { initialValue: '' });
  protected readonly units = computed(() =>
    (this.halls().find((h) => h.hall.id === this.hallId())?.units ?? []).map((u) => ({ ...u, windows: u.windows.filter((w) => w.isActive) })).filter((u) => u.windows.length),
  );

  constructor() {
    void this.org.load();
    // A case system belongs to the hall, not a window; a pad's window is one of the chosen hall's.
    this.form.controls.kind.valueChanges.subscribe((k) => {
      if (k === 'CaseSystem') this.form.controls.windowId.disable();
      else this.form.controls.windowId.enable();
    });
    this.form.controls.hallId.valueChanges.subscribe(() => this.form.controls.windowId.setValue(''));
    // Validate as one types.
    this.form.valueChanges.subscribe(() => this.form.markAllAsTouched());
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      const body = { hallId: v.hallId, name: v.name.trim(), kind: v.kind, windowId: v.kind === 'RatingPad' ? v.windowId : null };
      this.ref.close(await this.api.invoke(registerRatingDevice, { body }));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
