import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listRoles } from '../../../proxy/fn/roles/list-roles';
import { createUser } from '../../../proxy/fn/users/create-user';
import { updateUser } from '../../../proxy/fn/users/update-user';
import { OneTimePasswordDto, RoleDto, UserDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

/** Creates (user = null) or edits a user; closes with the one-time password of a new user, or true after an edit. */
@Component({
  selector: 'app-user-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ (user ? 'users.edit' : 'users.create') | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'users.userName' | translate }}</mat-label>
          <input matInput formControlName="userName" />
          @if (form.controls.userName.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
          @if (form.controls.userName.hasError('pattern')) { <mat-error>{{ 'validation.code' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.displayName' | translate }}</mat-label>
          <input matInput formControlName="displayName" />
          @if (form.controls.displayName.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'users.roles' | translate }}</mat-label>
          <mat-select formControlName="roles" multiple>
            @for (r of roles(); track r.id) { <mat-option [value]="r.name">{{ r.displayName }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (user) { <mat-checkbox formControlName="isActive">{{ 'users.active' | translate }}</mat-checkbox> }
        <app-problem-alert [problem]="problem()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="dialog-cancel">{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; min-width: min(420px, 80vw); }`,
})
export class UserDialogComponent implements OnInit {
  protected readonly user = inject<UserDto | null>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<UserDialogComponent, OneTimePasswordDto | true>);
  private readonly api = inject(Api);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: [{ value: this.user?.userName ?? '', disabled: !!this.user }, [Validators.required, Validators.maxLength(64), Validators.pattern(/^[A-Za-z0-9._@-]+$/)]],
    displayName: [this.user?.displayName ?? '', [Validators.required, Validators.maxLength(64)]],
    roles: [this.user?.roles ?? ([] as string[])],
    isActive: [this.user?.isActive ?? true],
  });

  async ngOnInit(): Promise<void> {
    try { this.roles.set(await this.api.invoke(listRoles)); } catch (e) { this.problem.set(toProblem(e)); }
  }

  async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    const v = this.form.getRawValue();
    try {
      if (this.user) {
        await this.api.invoke(updateUser, { id: this.user.id, body: { displayName: v.displayName.trim(), isActive: v.isActive, roles: v.roles } });
        this.ref.close(true);
      } else {
        this.ref.close(await this.api.invoke(createUser, { body: { userName: v.userName.trim(), displayName: v.displayName.trim(), roles: v.roles } }));
      }
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
