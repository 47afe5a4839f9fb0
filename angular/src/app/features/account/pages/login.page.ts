import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../core/problem';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';

@Component({
  selector: 'app-login-page',
  imports: [ReactiveFormsModule, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <mat-card class="card" appearance="outlined">
        <mat-card-header>
          <mat-card-title><h1>{{ 'app.title' | translate }}</h1></mat-card-title>
          <mat-card-subtitle>{{ 'login.subtitle' | translate }}</mat-card-subtitle>
        </mat-card-header>
        @if (busy()) { <mat-progress-bar mode="indeterminate" /> }
        <mat-card-content>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field class="full">
              <mat-label>{{ 'login.userName' | translate }}</mat-label>
              <input matInput formControlName="userName" autocomplete="username" data-testid="login-user" />
              @if (form.controls.userName.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            </mat-form-field>
            <mat-form-field class="full">
              <mat-label>{{ 'login.password' | translate }}</mat-label>
              <input matInput type="password" formControlName="password" autocomplete="current-password" data-testid="login-password" />
              @if (form.controls.password.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
            </mat-form-field>
            <app-problem-alert [problem]="problem()" />
            <button mat-flat-button class="full" type="submit" [disabled]="busy()" data-testid="login-submit">{{ 'login.submit' | translate }}</button>
          </form>
        </mat-card-content>
        <mat-card-actions align="end">
          <button mat-button type="button" (click)="lang.toggle()" data-testid="language-switch">
            <mat-icon aria-hidden="true">translate</mat-icon> <span [attr.lang]="lang.current() === 'en' ? 'zh-Hans' : 'en'">{{ lang.current() === 'en' ? '中文' : 'English' }}</span>
          </button>
        </mat-card-actions>
      </mat-card>
    </main>
  `,
  styles: `
    .page { min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #eef2f7; padding: 16px; box-sizing: border-box; }
    .card { width: 100%; max-width: 400px; }
    h1 { font-size: 22px; margin: 0; }
    .full { width: 100%; }
    form { display: flex; flex-direction: column; gap: 4px; margin-top: 16px; }
  `,
})
export class LoginPage {
  readonly returnUrl = input<string>();
  protected readonly lang = inject(LanguageService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    userName: ['', Validators.required],
    password: ['', Validators.required],
  });

  async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const { userName, password } = this.form.getRawValue();
      const user = await this.auth.login(userName.trim(), password);
      const target = user.mustChangePassword ? '/change-password' : this.returnUrl() || '/';
      await this.router.navigateByUrl(target);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
