import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { Problem, toProblem } from '../../core/problem';
import { Api } from '../../proxy/api';
import { verifyCertificate } from '../../proxy/fn/verification/verify-certificate';
import { verifyContestCertificate } from '../../proxy/fn/verification/verify-contest-certificate';
import { AwardCertificateVerificationDto, CertificateVerificationDto } from '../../proxy/models';
import { ProblemAlertComponent } from '../../shared/problem-alert.component';
import { CODE_PATTERN, formatCode } from './code';
import { DocumentResultComponent } from './document-result.component';
import { DocumentVerification, verifyDocument } from './document-verification';

type VerifyStatus = 'Valid' | 'Expired' | 'Revoked' | 'NotFound';
const ICONS: Record<VerifyStatus, string> = { Valid: 'verified', Expired: 'event_busy', Revoked: 'block', NotFound: 'help_outline' };

/**
 * Anyone checks a certificate or a document (a bulletin) by the verification code printed on it. Both kinds share one
 * code format, so both APIs are asked; whichever knows the code answers. A certificate reveals only a masked name, a
 * document nothing personal.
 */
@Component({
  selector: 'app-verify-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ProblemAlertComponent, DocumentResultComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule,
    MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <mat-card class="card" appearance="outlined">
        <mat-card-header>
          <mat-card-title><h1>{{ 'verify.title' | translate }}</h1></mat-card-title>
          <mat-card-subtitle>{{ 'app.title' | translate }}</mat-card-subtitle>
        </mat-card-header>
        @if (busy()) { <mat-progress-bar mode="indeterminate" /> }
        <mat-card-content>
          <p class="intro">{{ 'verify.intro' | translate }}</p>
          <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="form" role="search">
            <mat-form-field class="field">
              <mat-label>{{ 'verify.code' | translate }}</mat-label>
              <input matInput formControlName="code" autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="XXXX-XXXX-XXXX"
                     data-testid="verify-code" />
              <mat-hint>{{ 'verify.format' | translate }}</mat-hint>
              @if (code.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
              @else if (code.hasError('pattern')) { <mat-error data-testid="verify-format">{{ 'verify.format' | translate }}</mat-error> }
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="verify-submit"><mat-icon>search</mat-icon>{{ 'verify.submit' | translate }}</button>
          </form>
          <app-problem-alert [problem]="problem()" />
          <div aria-live="polite">
            @if (document(); as d) {
              <section class="result" [attr.data-status]="d.state === 'Withdrawn' ? 'Withdrawn' : 'Published'" data-kind="document" data-testid="verify-result"
                       [attr.aria-label]="'verify.result' | translate">
                <app-document-result [document]="d" />
                <p class="asked">{{ 'verify.code' | translate }}：<code>{{ asked() }}</code></p>
              </section>
            } @else if (award(); as a) {
              <section class="result" data-status="Valid" data-kind="contest-award" data-testid="verify-result" [attr.aria-label]="'verify.result' | translate">
                <div class="badge Valid" data-testid="verify-status"><mat-icon aria-hidden="true">verified</mat-icon>{{ 'verify.status.Valid' | translate }}</div>
                <dl>
                  <div><dt>{{ 'verify.award.contest' | translate }}</dt><dd data-testid="verify-contest">{{ a.contestTitle }}</dd></div>
                  <div><dt>{{ 'verify.award.tier' | translate }}</dt><dd data-testid="verify-tier">{{ 'contests.tiers.' + a.tier | translate }}</dd></div>
                  <div><dt>{{ 'verify.holder' | translate }}</dt><dd data-testid="verify-holder">{{ a.holderMasked }}</dd></div>
                  <div><dt>{{ 'verify.issued' | translate }}</dt><dd>{{ a.issuedOn }}</dd></div>
                </dl>
                <p class="asked">{{ 'verify.code' | translate }}：<code>{{ asked() }}</code></p>
              </section>
            } @else if (result(); as r) {
              <section class="result" [attr.data-status]="status()" data-kind="certificate" data-testid="verify-result" [attr.aria-label]="'verify.result' | translate">
                <div [class]="'badge ' + status()" data-testid="verify-status">
                  <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>{{ 'verify.status.' + status() | translate }}
                </div>
                @if (r.genuine) {
                  <dl>
                    <div><dt>{{ 'verify.certTitle' | translate }}</dt><dd>{{ r.title }}</dd></div>
                    <div><dt>{{ 'verify.holder' | translate }}</dt><dd data-testid="verify-holder">{{ r.holderMasked }}</dd></div>
                    <div><dt>{{ 'verify.issued' | translate }}</dt><dd>{{ r.issuedOn }}</dd></div>
                    <div><dt>{{ 'verify.expires' | translate }}</dt><dd>{{ r.expiresOn || ('verify.noExpiry' | translate) }}</dd></div>
                  </dl>
                } @else {
                  <p>{{ 'verify.notFoundText' | translate }}</p>
                }
                <p class="asked">{{ 'verify.code' | translate }}：<code>{{ asked() }}</code></p>
              </section>
            }
          </div>
        </mat-card-content>
        <mat-card-actions class="actions">
          <a mat-button routerLink="/login">{{ 'verify.signIn' | translate }}</a>
          <span class="spacer"></span>
          <button mat-button type="button" (click)="lang.toggle()" data-testid="language-switch">
            <mat-icon aria-hidden="true">translate</mat-icon> <span [attr.lang]="lang.current() === 'en' ? 'zh-Hans' : 'en'">{{ lang.current() === 'en' ? '中文' : 'English' }}</span>
          </button>
        </mat-card-actions>
      </mat-card>
    </main>
  `,
  styles: `
    .page { min-height: 100vh; display: flex; align-items: center; justify-content: center; background: #eef2f7; padding: 16px; box-sizing: border-box; }
    .card { width: 100%; max-width: 520px; }
    h1 { font-size: 22px; margin: 0; }
    .intro { color: #333; margin: 12px 0; }
    .form { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
    .field { flex: 1; min-width: 220px; } .form button { margin-top: 8px; }
    .result { margin-top: 16px; padding: 16px; border-radius: 8px; border: 1px solid #dde3ea; background: #fafbfd; }
    .badge { display: inline-flex; align-items: center; gap: 6px; font-size: 18px; font-weight: 500; padding: 4px 12px; border-radius: 16px; }
    .Valid { background: #e8f5e9; color: #1b5e20; } .Expired { background: #fff4e5; color: #7a4100; }
    .Revoked { background: #fdecea; color: #8c1d18; } .NotFound { background: #eceff1; color: #37474f; }
    dl { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin: 12px 0 0; }
    dt { font-size: 12px; color: #555; } dd { margin: 0; }
    .asked { font-size: 13px; color: #555; margin: 12px 0 0; } code { letter-spacing: 1px; }
    .actions { display: flex; padding: 0 8px 8px; } .spacer { flex: 1; }
    @media (max-width: 479px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class VerifyPage {
  /** The code from the URL (/verify/ABCD-EFGH-2345), when there is one. */
  readonly codeParam = input<string>(undefined, { alias: 'code' });
  protected readonly lang = inject(LanguageService);
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly code = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(CODE_PATTERN)] });
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly result = signal<CertificateVerificationDto | null>(null);
  protected readonly document = signal<DocumentVerification | null>(null);
  /** A skill contest's award certificate (Contests keeps its own codes). */
  protected readonly award = signal<AwardCertificateVerificationDto | null>(null);
  protected readonly asked = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly status = computed<VerifyStatus>(() => {
    const r = this.result();
    return r?.genuine && r.status ? r.status : 'NotFound';
  });
  protected readonly icon = computed(() => ICONS[this.status()]);

  constructor() {
    // Validated as typed: upper case, letters and digits, the dashes put in.
    this.code.valueChanges.pipe(takeUntilDestroyed()).subscribe((v) => {
      const formatted = formatCode(v);
      if (formatted !== v) this.code.setValue(formatted, { emitEvent: false });
    });
    effect(() => {
      const fromUrl = this.codeParam();
      untracked(() => {
        if (!fromUrl) return;
        this.code.setValue(formatCode(fromUrl), { emitEvent: false });
        this.code.markAsDirty();
        void this.lookup(fromUrl.trim().toUpperCase());
      });
    });
  }

  async submit(): Promise<void> {
    this.code.markAsDirty();
    this.code.updateValueAndValidity();
    if (this.code.invalid) return;
    const value = this.code.value;
    if (value === this.codeParam()?.trim().toUpperCase()) await this.lookup(value);
    else await this.router.navigate(['/verify', value]);
  }

  private async lookup(code: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.result.set(null);
    this.document.set(null);
    this.award.set(null);
    const [certificate, document, award] = await Promise.allSettled([
      this.api.invoke(verifyCertificate, { code }), verifyDocument(this.api, code), this.api.invoke(verifyContestCertificate, { code }),
    ]);
    this.busy.set(false);
    this.asked.set(code);
    // A found document or a genuine certificate is the answer even if the other query failed; "not found" needs both.
    if (document.status === 'fulfilled' && document.value.found) this.document.set(document.value);
    else if (award.status === 'fulfilled' && award.value.genuine) this.award.set(award.value);
    else if (certificate.status === 'fulfilled' && (certificate.value.genuine || document.status === 'fulfilled')) this.result.set(certificate.value);
    else {
      const p = toProblem(certificate.status === 'rejected' ? certificate.reason : (document as PromiseRejectedResult).reason);
      this.problem.set(p.status === 429 ? { ...p, title: this.translate.instant('verify.tooMany') } : p);
    }
  }
}
