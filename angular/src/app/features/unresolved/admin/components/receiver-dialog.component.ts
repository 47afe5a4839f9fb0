import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { TranslatePipe } from '@ngx-translate/core';
import { Api } from '../../../../proxy/api';
import { listDepartments } from '../../../../proxy/fn/organization/list-departments';
import { listHalls } from '../../../../proxy/fn/organization/list-halls';
import type { DepartmentDto, HallDto } from '../../../../proxy/models';
import { Problem, toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { complainantPhoneCheck } from '../../unresolved-rules';
import { RECEIVER_KINDS, ReceiverDto, ReceiverKind, SaveReceiverInput, UnresolvedAdminApi } from '../admin.api';

/**
 * A receiver 承办单位 (a department, a township or the city convenience centre) and its liaisons 联络员 — each a user
 * account, by its user name, with their name and phone. A department receiver names its Organization department:
 * that is how a transfer to the unit complained about is recognised (and the complainant hidden from it).
 */
@Component({
  selector: 'app-receiver-dialog',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatSlideToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (data ? 'unresolved.receivers.edit' : 'unresolved.receivers.new') | translate }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate id="receiver-form">
        <mat-form-field class="full">
          <mat-label>{{ 'unresolved.receivers.kind' | translate }}</mat-label>
          <mat-select formControlName="kind" data-testid="receiver-kind">
            @for (k of kinds; track k) { <mat-option [value]="k">{{ 'unresolved.receiverKinds.' + k | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>{{ 'unresolved.receivers.name' | translate }}</mat-label>
          <input matInput formControlName="name" maxlength="100" data-testid="receiver-name" />
          @if (form.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        @if (form.controls.kind.value === 'Department') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.receivers.department' | translate }}</mat-label>
            <mat-select formControlName="departmentId" data-testid="receiver-department">
              <mat-option value="">{{ 'common.none' | translate }}</mat-option>
              @for (d of departments(); track d.id) { <mat-option [value]="d.id">{{ d.name }}</mat-option> }
            </mat-select>
            <mat-hint>{{ 'unresolved.receivers.departmentHint' | translate }}</mat-hint>
          </mat-form-field>
        }
        @if (form.controls.kind.value === 'Township') {
          <mat-form-field class="full">
            <mat-label>{{ 'unresolved.receivers.townshipHall' | translate }}</mat-label>
            <mat-select formControlName="townshipHallId">
              <mat-option value="">{{ 'common.none' | translate }}</mat-option>
              @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        <mat-slide-toggle formControlName="isActive">{{ 'unresolved.receivers.active' | translate }}</mat-slide-toggle>
        <h3>{{ 'unresolved.receivers.liaisons' | translate }}</h3>
        <div formArrayName="liaisons">
          @for (l of liaisons.controls; track $index; let i = $index) {
            <div class="liaison" [formGroupName]="i">
              <mat-form-field><mat-label>{{ 'unresolved.receivers.userName' | translate }}</mat-label>
                <input matInput formControlName="userName" [attr.data-testid]="'liaison-user-' + i" />
                @if (l.controls.userName.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }</mat-form-field>
              <mat-form-field><mat-label>{{ 'unresolved.receivers.liaisonName' | translate }}</mat-label>
                <input matInput formControlName="name" />
                @if (l.controls.name.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }</mat-form-field>
              <mat-form-field><mat-label>{{ 'unresolved.receivers.phone' | translate }}</mat-label>
                <input matInput formControlName="phone" type="tel" />
                @if (l.controls.phone.hasError('phone')) { <mat-error>{{ 'validation.phone' | translate }}</mat-error> }</mat-form-field>
              <button mat-icon-button type="button" (click)="liaisons.removeAt(i)" [attr.aria-label]="'unresolved.receivers.removeLiaison' | translate"><mat-icon>delete</mat-icon></button>
            </div>
          }
        </div>
        <button mat-stroked-button type="button" (click)="addLiaison()"><mat-icon>person_add</mat-icon>{{ 'unresolved.receivers.addLiaison' | translate }}</button>
      </form>
      <app-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="submit" form="receiver-form" [disabled]="busy()" data-testid="receiver-save">{{ 'common.save' | translate }}</button>
    </mat-dialog-actions>
  `,
  styles: `.full { width: 100%; } .liaison { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; } .liaison mat-form-field { flex: 1 1 140px; } h3 { font-size: 15px; margin: 12px 0 4px; }`,
})
export class ReceiverDialogComponent {
  protected readonly data = inject<ReceiverDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<ReceiverDialogComponent, ReceiverDto>);
  private readonly api = inject(UnresolvedAdminApi);
  private readonly http = inject(Api);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly kinds = RECEIVER_KINDS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** Organization's departments (a department owns window units in the halls and may have none there). */
  protected readonly departments = signal<DepartmentDto[]>([]);
  /** A township receiver names its 便民服务中心 (a hall of Organization). */
  protected readonly halls = signal<HallDto[]>([]);

  protected readonly form = this.fb.group({
    kind: [(this.data?.kind ?? 'Department') as ReceiverKind, Validators.required],
    name: [this.data?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    departmentId: [this.data?.departmentId ?? ''],
    townshipHallId: [this.data?.townshipHallId ?? ''],
    isActive: [this.data?.isActive ?? true],
    liaisons: this.fb.array((this.data?.liaisons ?? []).map((l) => this.liaison(l.userName, l.name, l.phone ?? ''))),
  });
  protected readonly liaisons = this.form.controls.liaisons as FormArray<ReturnType<ReceiverDialogComponent['liaison']>>;

  constructor() {
    this.http.invoke(listDepartments).then((d) => this.departments.set(d), (e) => this.problem.set(toProblem(e)));
    this.http.invoke(listHalls).then((h) => this.halls.set(h), (e) => this.problem.set(toProblem(e)));
  }

  private liaison(userName = '', name = '', phone = '') {
    return this.fb.group({
      userName: [userName, Validators.required],
      name: [name, Validators.required],
      phone: [phone, complainantPhoneCheck],
    });
  }

  protected addLiaison(): void {
    this.liaisons.push(this.liaison());
  }

  protected async save(): Promise<void> {
    this.form.markAllAsDirty();
    if (this.form.invalid || this.busy()) return;
    const v = this.form.getRawValue();
    const input: SaveReceiverInput = {
      kind: v.kind, name: v.name.trim(), departmentId: v.kind === 'Department' ? v.departmentId || null : null,
      townshipHallId: v.kind === 'Township' ? v.townshipHallId || null : null, isActive: v.isActive,
      liaisons: v.liaisons.map((l) => ({ userName: l.userName.trim(), name: l.name.trim(), phone: l.phone.trim() || null })),
      version: this.data?.version ?? 0,
    };
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.ref.close(this.data ? await this.api.updateReceiver(this.data.id, input) : await this.api.createReceiver(input));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
