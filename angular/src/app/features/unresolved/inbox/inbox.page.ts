import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { formatBeijing } from '../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { DueChipComponent } from '../cases/components/due-chip.component';
import { minTextCheck } from '../unresolved-rules';
import { attachmentProblem } from './inbox-rules';
import { InboxApi, MAX_ATTACHMENTS, TransferDetailDto, TransferRowDto } from './inbox.api';

const DEFAULTS = { sort: 'dueOn asc', size: 20 };

/**
 * 联络员收件箱: the cases transferred to the receivers the caller is a liaison of — the complainant's contact (to call
 * them directly; 已隐去 when the receiver is the unit complained about), the due day — and, opened, what could not be
 * done, the note, and the answer with its files. To answer first; answered ones under their own toggle.
 */
@Component({
  selector: 'app-unresolved-inbox-page',
  imports: [
    ReactiveFormsModule, TranslatePipe, ProblemAlertComponent, DueChipComponent, MatButtonModule, MatButtonToggleModule, MatCardModule, MatFormFieldModule,
    MatIconModule, MatInputModule, MatPaginatorModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.inbox.title' | translate }}</h1>
    <p class="intro">{{ 'unresolved.inbox.intro' | translate }}</p>
    <mat-button-toggle-group [value]="table.state()['view'] || 'open'" (change)="table.go({ view: $event.value === 'open' ? '' : $event.value, page: 0 })"
                             [attr.aria-label]="'unresolved.inbox.view' | translate">
      <mat-button-toggle value="open" data-testid="inbox-open">{{ 'unresolved.inbox.open' | translate }}</mat-button-toggle>
      <mat-button-toggle value="answered" data-testid="inbox-answered">{{ 'unresolved.inbox.answered' | translate }}</mat-button-toggle>
    </mat-button-toggle-group>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    @if (table.page() && !table.page()!.items.length) { <p class="empty">{{ 'unresolved.inbox.none' | translate }}</p> }
    @for (t of table.page()?.items ?? []; track t.id) {
      <mat-card appearance="outlined" class="item" data-testid="inbox-item" [attr.data-number]="t.caseNumber">
        <mat-card-header>
          <mat-card-title>{{ t.caseNumber }} · {{ t.matter }}</mat-card-title>
          <mat-card-subtitle>{{ t.receiverName }} · {{ t.hallName }}@if (t.unitName) { · {{ t.unitName }} } · {{ at(t.transferredAt) }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content>
          <p class="due">{{ 'unresolved.inbox.answerBy' | translate: { date: t.dueOn } }} <app-due-chip [dueOn]="t.dueOn" [metAt]="t.answeredAt" /></p>
          <dl>
            <dt>{{ 'unresolved.cases.name' | translate }}</dt><dd data-testid="inbox-complainant-name">{{ t.complainantName }}@if (t.enterpriseName) { （{{ t.enterpriseName }}） }</dd>
            <dt>{{ 'unresolved.cases.contact' | translate }}</dt>
            <dd><span data-testid="inbox-complainant-contact">{{ t.complainantContact }}</span>
              @if (!t.complainantHidden) { <a mat-icon-button [href]="'tel:' + t.complainantContact" [attr.aria-label]="'unresolved.cases.call' | translate"><mat-icon>call</mat-icon></a> }</dd>
          </dl>
          @if (t.complainantHidden) { <p class="hidden-note">{{ 'unresolved.hiddenViaSupervision' | translate }}</p> }
          <a mat-stroked-button [href]="api.slipUrl(t.id)" target="_blank" rel="noopener" data-testid="inbox-slip"><mat-icon>picture_as_pdf</mat-icon>{{ 'unresolved.cases.transferSlip' | translate }}</a>
          @if (opened()?.transfer?.id === t.id) {
            @let d = opened()!;
            <p class="description" data-testid="inbox-description">{{ d.description }}</p>
            @if (d.note) { <p class="note">{{ 'unresolved.inbox.noteBy' | translate: { by: d.transferredByName } }}{{ d.note }}</p> }
            @if (d.answer) {
              <p class="answer" data-testid="inbox-answer">{{ 'unresolved.inbox.yourAnswer' | translate: { at: at(d.transfer.answeredAt), by: d.answeredByName } }}：{{ d.answer }}</p>
              @for (f of d.attachments; track f.fileId) {
                <a mat-button [href]="api.attachmentUrl(d.transfer.id, f.fileId)" target="_blank" rel="noopener" data-testid="inbox-attachment"><mat-icon>attach_file</mat-icon>{{ f.fileName }}</a>
              }
            } @else if (d.canAnswer) {
              <div class="form">
                <mat-form-field class="full">
                  <mat-label>{{ 'unresolved.inbox.answer' | translate }}</mat-label>
                  <textarea matInput rows="5" [formControl]="text" maxlength="2000" data-testid="inbox-answer-text"></textarea>
                  <mat-hint>{{ 'unresolved.inbox.answerHint' | translate }}</mat-hint>
                  @if (text.hasError('required')) { <mat-error>{{ 'validation.required' | translate }}</mat-error> }
                  @if (text.hasError('minText')) { <mat-error>{{ 'validation.minLength' | translate: { n: 2 } }}</mat-error> }
                </mat-form-field>
                <label class="files">
                  <span>{{ 'unresolved.inbox.files' | translate: { n: max } }}</span>
                  <input type="file" multiple (change)="pick($event)" data-testid="inbox-answer-files" />
                </label>
                @for (f of files(); track f.name) { <div class="file"><mat-icon aria-hidden="true">attach_file</mat-icon>{{ f.name }}</div> }
                @if (fileProblem(); as p) { <p class="error" role="alert">{{ 'unresolved.inbox.fileProblems.' + p | translate: { n: max } }}</p> }
                <div class="buttons">
                  <button mat-button type="button" (click)="opened.set(null)">{{ 'common.cancel' | translate }}</button>
                  <button mat-flat-button type="button" (click)="send(d)" [disabled]="busy()" data-testid="inbox-answer-send">{{ 'unresolved.inbox.send' | translate }}</button>
                </div>
              </div>
            }
          } @else {
            <button mat-flat-button type="button" (click)="open(t)" data-testid="inbox-open-item">
              {{ (t.answeredAt ? 'unresolved.inbox.show' : 'unresolved.inbox.answerAction') | translate }}</button>
          }
          @if (openedId() === t.id) { <app-problem-alert [problem]="problem()" /> }
        </mat-card-content>
      </mat-card>
    }
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .intro, .empty { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .item { margin: 12px 0; max-width: 820px; }
    .description, .answer { white-space: pre-wrap; } .note { background: #f5f5f5; padding: 6px 8px; border-radius: 4px; white-space: pre-wrap; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; align-items: center; } dt { color: rgba(0, 0, 0, 0.6); } dd { margin: 0; }
    .hidden-note { background: #fff8e1; padding: 8px; border-radius: 4px; font-size: 13px; }
    .full { width: 100%; } .files { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; }
    .file { display: flex; align-items: center; gap: 4px; font-size: 13px; } .error { color: #b00020; }
    .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; } .buttons button, mat-card-content > button { min-height: 44px; }
  `,
})
export class UnresolvedInboxPage {
  protected readonly api = inject(InboxApi);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly max = MAX_ATTACHMENTS;
  protected readonly at = formatBeijing;
  protected readonly opened = signal<TransferDetailDto | null>(null);
  protected readonly openedId = signal<string | null>(null);
  protected readonly files = signal<File[]>([]);
  protected readonly fileProblem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly text = new FormControl('', { nonNullable: true, validators: [Validators.required, minTextCheck, Validators.maxLength(2000)] });
  protected readonly table = new ServerTable<TransferRowDto>(DEFAULTS, ['view'], (s) =>
    this.api.list(s['view'] === 'answered', { skip: s.page * s.size, take: s.size, sorting: s.sort }));

  protected async open(t: TransferRowDto): Promise<void> {
    this.openedId.set(t.id);
    this.problem.set(null);
    this.text.reset('');
    this.files.set([]);
    this.fileProblem.set(null);
    try {
      this.opened.set(await this.api.get(t.id));
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected pick(e: Event): void {
    const files = Array.from((e.target as HTMLInputElement).files ?? []);
    this.fileProblem.set(attachmentProblem(files));
    this.files.set(files);
  }

  protected async send(d: TransferDetailDto): Promise<void> {
    this.text.markAsDirty();
    if (this.text.invalid || this.fileProblem() || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      // Shown answered (with its files) until the list is asked for again.
      this.opened.set(await this.api.answer(d.transfer.id, d.caseVersion, this.text.value.trim(), this.files()));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
