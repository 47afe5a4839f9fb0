import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { deleteBulletinDraft } from '../../../proxy/fn/bulletins/delete-bulletin-draft';
import { generateBulletin } from '../../../proxy/fn/bulletins/generate-bulletin';
import { getBulletin } from '../../../proxy/fn/bulletins/get-bulletin';
import { getBulletinPdf } from '../../../proxy/fn/bulletins/get-bulletin-pdf';
import { publishBulletin } from '../../../proxy/fn/bulletins/publish-bulletin';
import { BulletinDto } from '../../../proxy/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';
import { PdfViewerComponent } from '../../../shared/pdf-viewer.component';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { POLL_MILLISECONDS, formatSize, isRendering, progressPercent } from '../bulletin-logic';
import { BulletinStateChipComponent } from '../components/state-chip.component';
import { WithdrawDialogComponent } from '../components/withdraw-dialog.component';

/**
 * One bulletin: its facts, the PDF previewed in the page and downloadable, and what its state allows — while rendering
 * the rows done (asked for every second), a draft is published (it takes its number then) or discarded, a published
 * one is withdrawn with a reason and can be verified by its code.
 */
@Component({
  selector: 'app-bulletin-detail-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, BulletinStateChipComponent, PdfViewerComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/bulletins" class="back"><mat-icon>arrow_back</mat-icon>{{ 'bulletins.detail.back' | translate }}</a>
    @if (loading() && !bulletin()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (bulletin(); as b) {
      <div class="head">
        <h1 data-testid="bulletin-title">{{ b.title }}</h1>
        <app-bulletin-state-chip [state]="b.state" />
      </div>
      <div class="actions">
        @if (hasFile()) {
          <a mat-stroked-button [href]="downloadUrl()" download data-testid="bulletin-download"><mat-icon>download</mat-icon>{{ 'bulletins.detail.download' | translate }}</a>
        }
        @if (b.state === 'Draft' && canPublish) {
          <button mat-flat-button type="button" (click)="publish(b)" [disabled]="busy()" data-testid="bulletin-publish"><mat-icon>publish</mat-icon>{{ 'bulletins.detail.publish' | translate }}</button>
        }
        @if (b.state === 'Failed' && canManage) {
          <button mat-flat-button type="button" (click)="regenerate(b)" [disabled]="busy()" data-testid="bulletin-regenerate"><mat-icon>refresh</mat-icon>{{ 'bulletins.detail.regenerate' | translate }}</button>
        }
        @if ((b.state === 'Draft' || b.state === 'Failed') && canManage) {
          <button mat-stroked-button type="button" (click)="discard()" [disabled]="busy()" data-testid="bulletin-delete"><mat-icon>delete</mat-icon>{{ 'bulletins.detail.deleteDraft' | translate }}</button>
        }
        @if (b.state === 'Published' && canPublish) {
          <button mat-stroked-button type="button" class="danger" (click)="withdraw(b)" [disabled]="busy()" data-testid="bulletin-withdraw"><mat-icon>block</mat-icon>{{ 'bulletins.detail.withdraw' | translate }}</button>
        }
      </div>
      <div aria-live="polite">
        @if (b.state === 'Rendering') {
          <section class="progress" data-testid="bulletin-progress" [attr.aria-label]="'bulletins.detail.rendering' | translate">
            <p>{{ 'bulletins.detail.rendering' | translate }} ·
              @if (b.progressTotal > 0) { <span data-testid="bulletin-progress-text">{{ 'bulletins.detail.progress' | translate: { done: b.progressDone, total: b.progressTotal } }}</span> }
              @else { {{ 'bulletins.detail.progressStarting' | translate }} }
            </p>
            <mat-progress-bar [mode]="percent() === null ? 'indeterminate' : 'determinate'" [value]="percent() ?? 0"
                              [attr.aria-label]="'bulletins.detail.rendering' | translate" />
          </section>
        }
        @if (b.state === 'Failed') {
          <div class="note failed" role="alert" data-testid="bulletin-failed"><mat-icon aria-hidden="true">error_outline</mat-icon>
            {{ 'bulletins.detail.failed' | translate }}@if (b.failureMessage) {：{{ b.failureMessage }}}</div>
        }
        @if (b.state === 'Draft') { <p class="note draft" data-testid="bulletin-draft-note">{{ 'bulletins.detail.draftNote' | translate }}</p> }
        @if (b.state === 'Withdrawn') { <p class="note withdrawn" data-testid="bulletin-withdrawn-note">{{ 'bulletins.detail.withdrawnNote' | translate }}</p> }
        @if (message(); as m) { <p class="note ok" data-testid="bulletin-message">{{ m.key | translate: m.params }}</p> }
      </div>
      <div class="layout">
        <section class="facts" [attr.aria-label]="'bulletins.detail.facts' | translate">
          <h2>{{ 'bulletins.detail.facts' | translate }}</h2>
          <dl>
            <div><dt>{{ 'bulletins.detail.number' | translate }}</dt><dd data-testid="bulletin-number">{{ b.numberText ?? ('bulletins.detail.noNumber' | translate) }}</dd></div>
            <div><dt>{{ 'bulletins.detail.kind' | translate }}</dt><dd>{{ lang.current() === 'en' ? b.kindNameEn : b.kindNameZhHans }}</dd></div>
            <div><dt>{{ 'bulletins.detail.scope' | translate }}</dt><dd>{{ b.hallName ?? ('bulletins.detail.city' | translate) }}</dd></div>
            <div><dt>{{ 'bulletins.detail.period' | translate }}</dt><dd>{{ lang.current() === 'en' ? b.periodLabelEn : b.periodLabelZhHans }}</dd></div>
            <div><dt>{{ 'bulletins.detail.issuingBody' | translate }}</dt><dd>{{ b.issuingBody }}</dd></div>
            @if (b.issuedOn) { <div><dt>{{ 'bulletins.detail.issuedOn' | translate }}</dt><dd>{{ b.issuedOn }}</dd></div> }
            @if (b.publishedAt) { <div><dt>{{ 'bulletins.detail.publishedAt' | translate }}</dt><dd>{{ when(b.publishedAt) }}</dd></div> }
            @if (b.withdrawnAt) { <div><dt>{{ 'bulletins.detail.withdrawnAt' | translate }}</dt><dd>{{ when(b.withdrawnAt) }}</dd></div> }
            @if (b.withdrawReason) { <div class="wide"><dt>{{ 'bulletins.detail.withdrawReason' | translate }}</dt><dd data-testid="bulletin-withdraw-reason">{{ b.withdrawReason }}</dd></div> }
            @if (b.pageCount) { <div><dt>{{ 'bulletins.detail.pages' | translate }}</dt><dd>{{ b.pageCount }}</dd></div> }
            @if (b.size) { <div><dt>{{ 'bulletins.detail.size' | translate }}</dt><dd>{{ size(b.size) }}</dd></div> }
            <div><dt>{{ 'bulletins.detail.createdAt' | translate }}</dt><dd>{{ when(b.createdAt) }}</dd></div>
            @if (b.verificationCode) {
              <div class="wide"><dt>{{ 'bulletins.detail.code' | translate }}</dt>
                <dd><code data-testid="bulletin-code">{{ b.verificationCode }}</code>
                  <a mat-button [routerLink]="['/verify', b.verificationCode]" target="_blank" data-testid="bulletin-verify"><mat-icon>open_in_new</mat-icon>{{ 'bulletins.detail.verify' | translate }}</a></dd></div>
            }
            @if (b.sha256 && hasFile()) { <div class="wide"><dt>{{ 'bulletins.detail.sha256' | translate }}</dt><dd><code class="hash">{{ b.sha256 }}</code></dd></div> }
          </dl>
        </section>
        @if (hasFile()) {
          <section class="preview" [attr.aria-label]="'bulletins.detail.preview' | translate">
            <app-pdf-viewer [src]="pdfUrl()" [label]="b.title" data-testid="bulletin-preview" />
          </section>
        }
      </div>
    }
  `,
  styles: `
    .back { margin-left: -8px; }
    .head { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; } h1 { font-size: 22px; margin: 8px 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; } .danger { color: #b3261e; }
    .progress { margin: 8px 0; max-width: 640px; } .progress p { margin: 0 0 4px; }
    .note { display: flex; align-items: center; gap: 6px; padding: 8px 12px; border-radius: 4px; margin: 8px 0; }
    .failed { background: #fdecea; color: #611a15; } .draft { background: #fff4e5; color: #5f3400; } .withdrawn { background: #eceff1; color: #37474f; }
    .ok { background: #e8f5e9; color: #1b5e20; }
    .layout { display: grid; grid-template-columns: minmax(260px, 340px) 1fr; gap: 16px; align-items: start; }
    h2 { font-size: 16px; margin: 8px 0; }
    dl { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin: 0; } .wide { grid-column: 1 / -1; }
    dt { font-size: 12px; color: rgba(0, 0, 0, .6); } dd { margin: 0; overflow-wrap: anywhere; }
    .hash { font-size: 12px; overflow-wrap: anywhere; }
    .preview app-pdf-viewer { height: calc(100vh - 160px); min-height: 480px; }
    @media (max-width: 959px) { .layout { grid-template-columns: 1fr; } .preview app-pdf-viewer { height: 80vh; } }
  `,
})
export class BulletinDetailPage {
  readonly id = input.required<string>();
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService);
  private readonly auth = inject(AuthService);
  protected readonly canManage = this.auth.has(Permissions.Bulletins.Bulletins.Manage);
  protected readonly canPublish = this.auth.has(Permissions.Bulletins.Bulletins.Publish);
  protected readonly bulletin = signal<BulletinDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly message = signal<{ key: string; params?: Record<string, string> } | null>(null);
  protected readonly percent = computed(() => { const b = this.bulletin(); return b ? progressPercent(b.progressDone, b.progressTotal) : null; });
  protected readonly hasFile = computed(() => { const b = this.bulletin(); return !!b && !isRendering(b.state) && b.state !== 'Failed' && !!b.sha256; });
  /** The preview's address changes with the file (a draft's, then the published one), so the viewer loads the new file. */
  protected readonly pdfUrl = computed(() => { const b = this.bulletin(); return b ? `${this.pdfPath(b.id)}?v=${b.sha256}` : null; });
  protected readonly downloadUrl = computed(() => { const b = this.bulletin(); return b ? `${this.pdfPath(b.id)}?download=true` : ''; });
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
    effect(() => {
      const id = this.id();
      untracked(() => { this.bulletin.set(null); void this.load(id); });
    });
  }

  protected when(utc: string | null | undefined): string {
    return formatBeijing(utc);
  }

  protected size(bytes: number): string {
    return formatSize(bytes);
  }

  private pdfPath(id: string): string {
    return getBulletinPdf.PATH.replace('{id}', id);
  }

  /** Reads the bulletin; while it renders, again after {@link POLL_MILLISECONDS}. */
  private async load(id: string): Promise<void> {
    clearTimeout(this.timer);
    this.loading.set(true);
    try {
      const b = await this.api.invoke(getBulletin, { id });
      if (id !== this.id()) return;
      this.bulletin.set(b);
      this.problem.set(null);
      if (isRendering(b.state)) this.timer = setTimeout(() => void this.load(id), POLL_MILLISECONDS);
    } catch (e) {
      this.problem.set(toProblem(e));
      // A lost connection while rendering: keep asking, a little slower.
      if (isRendering(this.bulletin()?.state)) this.timer = setTimeout(() => void this.load(id), POLL_MILLISECONDS * 3);
    } finally {
      this.loading.set(false);
    }
  }

  protected async publish(b: BulletinDto): Promise<void> {
    const data: ConfirmDialogData = {
      title: 'bulletins.detail.publishTitle', message: 'bulletins.detail.publishConfirm', params: { year: b.year, body: b.issuingBody },
      confirm: 'bulletins.detail.publish',
    };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()))) return;
    await this.act(async () => {
      const published = await this.api.invoke(publishBulletin, { id: b.id });
      this.bulletin.set(published);
      this.message.set({ key: 'bulletins.detail.published', params: { number: published.numberText ?? '' } });
    });
  }

  protected async discard(): Promise<void> {
    const data: ConfirmDialogData = { title: 'bulletins.detail.deleteTitle', message: 'bulletins.detail.deleteConfirm', confirm: 'bulletins.detail.deleteDraft' };
    if (!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()))) return;
    await this.act(async () => {
      await this.api.invoke(deleteBulletinDraft, { id: this.id() });
      await this.router.navigate(['/bulletins']);
    });
  }

  protected async regenerate(b: BulletinDto): Promise<void> {
    await this.act(async () => {
      const created = await this.api.invoke(generateBulletin, {
        body: { kind: b.kind, scope: b.scope, hallId: b.hallId ?? null, periodKind: b.periodKind, year: b.year, month: b.month ?? null },
      });
      await this.router.navigate(['/bulletins', created.id]);
    });
  }

  protected withdraw(b: BulletinDto): void {
    this.dialog.open(WithdrawDialogComponent, { data: b, autoFocus: 'first-tabbable' }).afterClosed().subscribe((withdrawn?: BulletinDto) => {
      if (withdrawn) { this.bulletin.set(withdrawn); this.message.set(null); }
    });
  }

  private async act(step: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.message.set(null);
    try {
      await step();
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
