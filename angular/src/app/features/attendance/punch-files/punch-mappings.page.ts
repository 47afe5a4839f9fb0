import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { createPunchColumnMapping } from '../../../proxy/fn/punch-column-mappings/create-punch-column-mapping';
import { deletePunchColumnMapping } from '../../../proxy/fn/punch-column-mappings/delete-punch-column-mapping';
import { listPunchColumnMappings } from '../../../proxy/fn/punch-column-mappings/list-punch-column-mappings';
import { updatePunchColumnMapping } from '../../../proxy/fn/punch-column-mappings/update-punch-column-mapping';
import { PunchColumnMappingDto, SavePunchColumnMappingInput } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { toMappingInput } from './punch-mapping.logic';

const column = () => new FormControl<number | null>(null, [Validators.min(1), Validators.max(100)]);

/** 导入列对照: for each device model, which column of its .csv/.xlsx export holds what. The attlog text needs none. */
@Component({
  selector: 'app-punch-mappings-page',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    MatButtonModule, MatIconModule, MatTableModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'attendance.punchFiles.mappings' | translate }}</h1>
    <p>{{ 'attendance.punchFiles.mappingIntro' | translate }}</p>
    <table mat-table [dataSource]="mappings()" data-testid="punch-mappings">
      <ng-container matColumnDef="model"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.model' | translate }}</th><td mat-cell *matCellDef="let m">{{ m.model }}</td></ng-container>
      <ng-container matColumnDef="columns"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.columns' | translate }}</th>
        <td mat-cell *matCellDef="let m">{{ 'attendance.punchFiles.columnSummary' | translate: { user: m.userIdColumn, time: m.timeColumn, header: m.headerRows } }}</td></ng-container>
      <ng-container matColumnDef="timeFormat"><th mat-header-cell *matHeaderCellDef>{{ 'attendance.punchFiles.timeFormat' | translate }}</th><td mat-cell *matCellDef="let m"><code>{{ m.timeFormat }}</code></td></ng-container>
      <ng-container matColumnDef="actions"><th mat-header-cell *matHeaderCellDef></th>
        <td mat-cell *matCellDef="let m">
          <button mat-icon-button (click)="edit(m)" [attr.aria-label]="'common.edit' | translate"><mat-icon>edit</mat-icon></button>
          <button mat-icon-button (click)="remove(m)" [attr.aria-label]="'attendance.punchFiles.delete' | translate"><mat-icon>delete</mat-icon></button>
        </td></ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
      <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
    </table>

    <mat-card appearance="outlined">
      <mat-card-header><mat-card-title>{{ (editing() ? 'attendance.punchFiles.editMapping' : 'attendance.punchFiles.newMapping') | translate }}</mat-card-title></mat-card-header>
      <mat-card-content>
        <form [formGroup]="form" (ngSubmit)="save()" class="grid">
          <mat-form-field><mat-label>{{ 'attendance.punchFiles.model' | translate }}</mat-label><input matInput formControlName="model" maxlength="128" />
            @if (form.controls.model.hasError('required')) { <mat-error>{{ 'attendance.punchFiles.required' | translate }}</mat-error> }</mat-form-field>
          <mat-form-field><mat-label>{{ 'attendance.punchFiles.delimiter' | translate }}</mat-label>
            <mat-select formControlName="delimiter">
              @for (d of delimiters; track d.value) { <mat-option [value]="d.value">{{ d.label }}</mat-option> }
            </mat-select></mat-form-field>
          <mat-form-field><mat-label>{{ 'attendance.punchFiles.headerRows' | translate }}</mat-label><input matInput type="number" formControlName="headerRows" min="0" max="20" />
            @if (form.controls.headerRows.invalid) { <mat-error>0–20</mat-error> }</mat-form-field>
          @for (f of columnFields; track f) {
            <mat-form-field><mat-label>{{ 'attendance.punchFiles.column.' + f | translate }}</mat-label><input matInput type="number" [formControlName]="f" min="1" max="100" />
              @if (form.get(f)?.invalid) { <mat-error>{{ 'attendance.punchFiles.columnRange' | translate }}</mat-error> }</mat-form-field>
          }
          <mat-form-field class="wide"><mat-label>{{ 'attendance.punchFiles.timeFormat' | translate }}</mat-label><input matInput formControlName="timeFormat" maxlength="32" />
            <mat-hint>yyyy-MM-dd HH:mm:ss · yyyy/M/d H:mm</mat-hint>
            @if (form.controls.timeFormat.invalid) { <mat-error>{{ 'attendance.punchFiles.timeFormatHint' | translate }}</mat-error> }</mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit" [disabled]="form.invalid || busy()">{{ 'common.save' | translate }}</button>
            @if (editing()) { <button mat-button type="button" (click)="reset()">{{ 'common.cancel' | translate }}</button> }
          </div>
        </form>
        <app-problem-alert [problem]="problem()" />
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h1 { font-size: 22px; } table { width: 100%; margin-bottom: 16px; } .empty { padding: 16px; text-align: center; }
    .grid { display: flex; flex-wrap: wrap; gap: 8px; } .grid mat-form-field { width: 180px; } .grid .wide { width: 280px; }
    .actions { display: flex; gap: 8px; align-items: center; width: 100%; }
  `,
})
export class PunchMappingsPage {
  private readonly api = inject(Api);
  protected readonly columns = ['model', 'columns', 'timeFormat', 'actions'];
  protected readonly columnFields = ['userIdColumn', 'timeColumn', 'verifyModeColumn', 'stateColumn', 'workCodeColumn', 'serialColumn'] as const;
  protected readonly delimiters = [{ value: ',', label: ', 逗号 comma' }, { value: ';', label: '; 分号 semicolon' }, { value: '|', label: '| 竖线 bar' }, { value: '\t', label: '⇥ Tab' }];
  protected readonly mappings = signal<PunchColumnMappingDto[]>([]);
  protected readonly editing = signal<PunchColumnMappingDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = new FormGroup({
    model: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(128)] }),
    delimiter: new FormControl(',', { nonNullable: true }),
    headerRows: new FormControl(1, { nonNullable: true, validators: [Validators.required, Validators.min(0), Validators.max(20)] }),
    userIdColumn: new FormControl<number | null>(1, [Validators.required, Validators.min(1), Validators.max(100)]),
    timeColumn: new FormControl<number | null>(2, [Validators.required, Validators.min(1), Validators.max(100)]),
    verifyModeColumn: column(),
    stateColumn: column(),
    workCodeColumn: column(),
    serialColumn: column(),
    timeFormat: new FormControl('yyyy-MM-dd HH:mm:ss', { nonNullable: true, validators: [Validators.required, Validators.maxLength(32), Validators.pattern(/y.*[Hh]/)] }),
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.mappings.set(await this.api.invoke(listPunchColumnMappings, {}));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  edit(m: PunchColumnMappingDto): void {
    this.editing.set(m);
    this.form.reset({ ...m });
    this.form.controls.model.disable();
  }

  reset(): void {
    this.editing.set(null);
    this.form.controls.model.enable();
    this.form.reset();
  }

  async save(): Promise<void> {
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const body: SavePunchColumnMappingInput = toMappingInput(this.form.getRawValue());
    try {
      const editing = this.editing();
      if (editing) await this.api.invoke(updatePunchColumnMapping, { id: editing.id, body });
      else await this.api.invoke(createPunchColumnMapping, { body });
      this.reset();
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  async remove(m: PunchColumnMappingDto): Promise<void> {
    this.problem.set(null);
    try {
      await this.api.invoke(deletePunchColumnMapping, { id: m.id });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }
}
