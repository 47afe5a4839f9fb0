import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Problem, toProblem } from '../../../core/problem';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

export function passwordsMatch(group: AbstractControl): ValidationErrors | null {
  const a = group.get('newPassword')?.value;
  const b = group.get('confirm')?.value;
  return a && b && a !== b ? { mismatch: true } : null;
}

@Component({
  selector: 'app-change-password-page',
  imports: [ReactiveFormsModule, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <mat-card class="card" appearance="outlined">
        <mat-card-header><mat-card-title><h1>{{ 'password.title' | translate }}</h1></mat-card-title></mat-card-header>
        <mat-card-content>
          @if (auth.user()?.mustChangePassword) { <p role="note">{{ 'password.forced' | translate }}</p> }
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field class="full">
              <mat-label>{{ 'password.current' | translate }}</mat-label>
              <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" />
              @if (form.controls.currentPassword.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            </mat-form-field>
            <mat-form-field class="full">
              <mat-label>{{ 'password.new' | translate }}</mat-label>
              <input matInput type="password" formControlName="newPassword" autocomplete="new-password" />
              @if (form.controls.newPassword.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
              @if (form.controls.newPassword.hasError('minlength')) { <mat-error>{{ 'validation.minLength' | translate: { n: 8 } }}</mat-error> }
            </mat-form-field>
            <mat-form-field class="full">
              <mat-label>{{ 'password.confirm' | translate }}</mat-label>
              <input matInput type="password" formControlName="confirm" autocomplete="new-password" />
            </mat-form-field>
            @if (form.hasError('mismatch') && form.controls.confirm.dirty) { <p class="err" role="alert">{{ 'password.mismatch' | translate }}</p> }
            <app-problem-alert [problem]="problem()" />
            <button mat-flat-button type="submit" [disabled]="busy()">{{ 'common.save' | translate }}</button>
            @if (!auth.user()?.mustChangePassword) { <button mat-button type="button" (click)="cancel()">{{ 'common.cancel' | translate }}</button> }
          </form>
        </mat-card-content>
      </mat-card>
    </main>
  `,
  styles: `
    .page { min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #eef2f7; padding: 16px; box-sizing: border-box; }
    .card { width: 100%; max-width: 420px; } h1 { font-size: 20px; margin: 0; } .full { width: 100%; }
    form { display: flex; flex-direction: column; gap: 4px; margin-top: 16px; } .err { color: #b00020; margin: 0 0 8px; }
  `,
})
export class ChangePasswordPage {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, Validators.minLength(8)]],
      confirm: ['', Validators.required],
    },
    { validators: passwordsMatch },
  );

  constructor() {
    if (!this.auth.user()) void this.router.navigate(['/login']);
  }

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const v = this.form.getRawValue();
      await this.auth.changePassword(v.currentPassword, v.newPassword);
      await this.router.navigateByUrl('/');
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }

  cancel(): void {
    void this.router.navigateByUrl('/');
  }
}
