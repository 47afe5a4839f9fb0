import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { hashFile } from '../../shared/sha256';
import { HashCheck, compareSha256, groupSha256, normalizeSha256 } from './document-hash';
import { DocumentVerification } from './document-verification';

interface Checked { name: string; sha256: string; result: HashCheck }

/**
 * A document found by its verification code: what it is, who issued it, its SHA-256, and a check of a downloaded copy —
 * the visitor picks the file, its digest is computed here in the browser (never uploaded) and compared.
 */
@Component({
  selector: 'app-document-result',
  imports: [TranslatePipe, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = document();
    <div [class]="'badge ' + state()" data-testid="verify-status">
      <mat-icon aria-hidden="true">{{ state() === 'Withdrawn' ? 'block' : 'verified' }}</mat-icon>{{ 'verify.document.status.' + state() | translate }}
    </div>
    @if (state() === 'Withdrawn') { <p class="withdrawn" data-testid="verify-withdrawn">{{ 'verify.document.withdrawnText' | translate }}</p> }
    <dl>
      <div><dt>{{ 'verify.document.kind' | translate }}</dt><dd data-testid="verify-kind">{{ kindName() }}</dd></div>
      <div><dt>{{ 'verify.document.number' | translate }}</dt><dd data-testid="verify-number">{{ d.numberText }}</dd></div>
      <div class="wide"><dt>{{ 'verify.document.title' | translate }}</dt><dd data-testid="verify-title">{{ d.title }}</dd></div>
      <div><dt>{{ 'verify.document.issuingBody' | translate }}</dt><dd data-testid="verify-issuing-body">{{ d.issuingBody }}</dd></div>
      <div><dt>{{ 'verify.document.issuedOn' | translate }}</dt><dd>{{ d.issuedOn }}</dd></div>
      @if (state() === 'Withdrawn') {
        <div class="wide"><dt>{{ 'verify.document.withdrawReason' | translate }}</dt><dd data-testid="verify-withdraw-reason">{{ d.withdrawReason }}</dd></div>
      }
      @if (registered(); as hash) {
        <div class="wide"><dt>{{ 'verify.document.sha256' | translate }}</dt><dd><code class="hash" data-testid="verify-sha256">{{ group(hash) }}</code></dd></div>
      }
    </dl>
    @if (registered()) {
      <section class="check" [attr.aria-label]="'verify.check.title' | translate">
        <h2>{{ 'verify.check.title' | translate }}</h2>
        <p class="privacy"><mat-icon aria-hidden="true">lock</mat-icon>{{ 'verify.check.privacy' | translate }}</p>
        <input #picker type="file" accept="application/pdf,.pdf" hidden (change)="picked(picker)" data-testid="verify-file" />
        <button mat-stroked-button type="button" (click)="picker.click()" [disabled]="hashing() !== null" data-testid="verify-pick">
          <mat-icon>upload_file</mat-icon>{{ (checked() ? 'verify.check.pickAgain' : 'verify.check.pick') | translate }}
        </button>
        <div aria-live="polite">
          @if (hashing(); as h) {
            <p class="hashing">{{ 'verify.check.hashing' | translate: { name: h.name } }}</p>
            <mat-progress-bar mode="determinate" [value]="h.percent" [attr.aria-label]="'verify.check.hashing' | translate: { name: h.name }" />
          }
          @if (failed()) { <p class="bad" role="alert">{{ 'verify.check.failed' | translate }}</p> }
          @if (checked(); as c) {
            <div [class]="'outcome ' + c.result" data-testid="verify-file-result" [attr.data-match]="c.result === 'match'">
              <div class="verdict"><mat-icon aria-hidden="true">{{ c.result === 'match' ? 'check_circle' : 'cancel' }}</mat-icon>
                {{ 'verify.check.' + c.result | translate }}</div>
              <p>{{ 'verify.check.' + c.result + 'Text' | translate }}</p>
              <dl>
                <div class="wide"><dt>{{ 'verify.check.file' | translate }}</dt><dd>{{ c.name }}</dd></div>
                <div class="wide"><dt>{{ 'verify.check.yourHash' | translate }}</dt><dd><code class="hash" data-testid="verify-file-sha256">{{ group(c.sha256) }}</code></dd></div>
              </dl>
            </div>
          }
        </div>
      </section>
    }
  `,
  styles: `
    .badge { display: inline-flex; align-items: center; gap: 6px; font-size: 18px; font-weight: 500; padding: 4px 12px; border-radius: 16px; }
    .Published { background: #e8f5e9; color: #1b5e20; } .Withdrawn { background: #fdecea; color: #8c1d18; }
    .withdrawn { color: #8c1d18; margin: 8px 0 0; }
    dl { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin: 12px 0 0; }
    dt { font-size: 12px; color: #555; } dd { margin: 0; }
    .wide { grid-column: 1 / -1; }
    .hash { font-family: 'Roboto Mono', 'DejaVu Sans Mono', monospace; font-size: 13px; overflow-wrap: anywhere; }
    .check { margin-top: 16px; border-top: 1px solid #dde3ea; padding-top: 12px; }
    h2 { font-size: 16px; margin: 0 0 4px; }
    .privacy { display: flex; align-items: center; gap: 6px; font-size: 13px; color: #444; margin: 0 0 8px; }
    .privacy mat-icon { font-size: 18px; width: 18px; height: 18px; }
    .hashing { font-size: 13px; margin: 8px 0 4px; }
    .outcome { margin-top: 12px; padding: 12px; border-radius: 8px; }
    .outcome p { margin: 4px 0 0; }
    .match { background: #e8f5e9; color: #1b5e20; } .mismatch { background: #fdecea; color: #8c1d18; }
    .verdict { display: flex; align-items: center; gap: 6px; font-size: 18px; font-weight: 500; }
    .bad { color: #8c1d18; }
    @media (max-width: 479px) { dl { grid-template-columns: 1fr; } }
  `,
})
export class DocumentResultComponent {
  readonly document = input.required<DocumentVerification>();
  private readonly lang = inject(LanguageService);
  protected readonly state = computed(() => (this.document().state === 'Withdrawn' ? 'Withdrawn' : 'Published'));
  protected readonly kindName = computed(() => {
    const d = this.document();
    return (this.lang.current() === 'en' ? d.kindNameEn : d.kindNameZhHans) ?? d.kindNameZhHans ?? '';
  });
  protected readonly registered = computed(() => normalizeSha256(this.document().sha256));
  protected readonly hashing = signal<{ name: string; percent: number } | null>(null);
  protected readonly checked = signal<Checked | null>(null);
  protected readonly failed = signal(false);
  protected readonly group = groupSha256;

  protected async picked(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = ''; // the same file picked again is checked again
    if (!file) return;
    this.checked.set(null);
    this.failed.set(false);
    this.hashing.set({ name: file.name, percent: 0 });
    try {
      const sha256 = await hashFile(file, {
        onProgress: (done, total) => this.hashing.set({ name: file.name, percent: total ? Math.round((done / total) * 100) : 100 }),
      });
      this.checked.set({ name: file.name, sha256, result: compareSha256(this.registered(), sha256) });
    } catch {
      this.failed.set(true);
    } finally {
      this.hashing.set(null);
    }
  }
}
