import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { updateSetting } from '../../../proxy/fn/settings/update-setting';
import { SettingDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

export function settingValidators(s: SettingDto): ValidatorFn[] {
  const v: ValidatorFn[] = [];
  if (s.type === 'Int') v.push(Validators.pattern(/^-?\d+$/));
  if (s.type === 'Decimal') v.push(Validators.pattern(/^-?\d+(\.\d+)?$/));
  if (s.type === 'Bool') v.push(Validators.pattern(/^(true|false)$/));
  if (s.min !== null && s.min !== undefined && s.type !== 'Text') v.push(Validators.min(Number(s.min)));
  if (s.max !== null && s.max !== undefined && s.type !== 'Text') v.push(Validators.max(Number(s.max)));
  return v;
}

/** One setting: its value (empty = the default), and for per-hall settings the hall it applies to. */
@Component({
  selector: 'app-setting-editor',
  imports: [ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = setting();
    <div class="row">
      <div class="label">
        <strong>{{ s.displayName }}</strong>
        <code>{{ s.name }}</code>
        <span class="muted">{{ 'settings.default' | translate }}：{{ s.defaultValue }}@if (s.min !== null) { · {{ 'settings.range' | translate: { min: s.min, max: s.max } }} }</span>
        @for (hv of s.hallValues; track hv.hallId) { <span class="muted">{{ org.hallNames().get(hv.hallId) ?? hv.hallId }}：{{ hv.value }}</span> }
      </div>
      @if (s.perHall) {
        <mat-form-field class="hall">
          <mat-label>{{ 'staff.hall' | translate }}</mat-label>
          <mat-select [formControl]="hall">
            <mat-option [value]="null">{{ 'settings.allHalls' | translate }}</mat-option>
            @for (h of org.tree()?.halls ?? []; track h.hall.id) { <mat-option [value]="h.hall.id">{{ h.hall.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field class="value">
        <mat-label>{{ 'settings.value' | translate }}</mat-label>
        @if (s.type === 'Bool') {
          <mat-select [formControl]="value"><mat-option value="">{{ 'settings.useDefault' | translate }}</mat-option><mat-option value="true">true</mat-option><mat-option value="false">false</mat-option></mat-select>
        } @else {
          <input matInput [formControl]="value" [placeholder]="s.defaultValue" [attr.inputmode]="s.type === 'Text' ? null : 'decimal'" [attr.data-testid]="'setting-' + s.name" />
        }
        @if (value.hasError('pattern')) { <mat-error>{{ 'validation.number' | translate }}</mat-error> }
        @if (value.hasError('min') || value.hasError('max')) { <mat-error>{{ 'settings.range' | translate: { min: s.min, max: s.max } }}</mat-error> }
      </mat-form-field>
      <button mat-stroked-button (click)="save()" [disabled]="value.invalid || busy()">{{ 'common.save' | translate }}</button>
    </div>
    <app-problem-alert [problem]="problem()" />
  `,
  styles: `
    .row { display: flex; flex-wrap: wrap; gap: 12px; align-items: baseline; border-top: 1px solid #e0e0e0; padding-top: 12px; }
    .label { flex: 1 1 280px; display: flex; flex-direction: column; } code, .muted { font-size: 12px; color: #555; }
    .value { width: 160px; } .hall { width: 200px; }
  `,
})
export class SettingEditorComponent {
  readonly setting = input.required<SettingDto>();
  readonly saved = output<SettingDto>();
  protected readonly org = inject(OrganizationTreeService);
  private readonly api = inject(Api);
  protected readonly value = new FormControl('', { nonNullable: true });
  protected readonly hall = new FormControl<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly validators = computed(() => settingValidators(this.setting()));

  constructor() {
    effect(() => {
      const s = this.setting();
      this.value.setValidators(this.validators());
      this.value.setValue(s.value ?? '');
    });
    this.hall.valueChanges.subscribe((h) => {
      const s = this.setting();
      this.value.setValue(h ? (s.hallValues.find((x) => x.hallId === h)?.value ?? '') : (s.value ?? ''));
    });
  }

  async save(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.value.value.trim();
      const updated = await this.api.invoke(updateSetting, { name: this.setting().name, body: { value: v === '' ? null : v, hallId: this.hall.value } });
      this.saved.emit(updated);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
