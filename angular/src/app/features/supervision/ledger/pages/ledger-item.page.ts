import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../../../core/i18n/language.service';
import { toProblem } from '../../../../core/problem';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { LedgerDueChipComponent, LedgerMarkBadgeComponent, LedgerStateChipComponent } from '../components/ledger-chips.component';
import { LedgerProgressFormComponent } from '../components/progress-form.component';
import { LedgerReviewFormComponent } from '../components/review-form.component';
import { LedgerApi, LedgerDetailDto } from '../ledger.api';
import { fileSize, ledgerDue, shownMark, sourceLink, timeline } from '../ledger-rules';

/**
 * One ledger item: the problem and where it came from (a link to the inspection), its deadline, a timeline of the
 * progress reports (evidence to download) and reviews (outcome, mark, reason, new deadline), and what the caller may do:
 * report progress (the responsible unit), accept / send back / 回头看 (reviewers). A 409 reads the item again and says so.
 */
@Component({
  selector: 'app-ledger-item-page',
  imports: [
    RouterLink, TranslatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, ProblemAlertComponent, LedgerDueChipComponent,
    LedgerStateChipComponent, LedgerMarkBadgeComponent, LedgerProgressFormComponent, LedgerReviewFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/supervision/ledger"><mat-icon>arrow_back</mat-icon>{{ 'supervision.ledger.item.back' | translate }}</a>
    @if (detail.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (detail.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (conflict()) { <p class="conflict" role="alert" data-testid="ledger-conflict">{{ 'supervision.ledger.conflict' | translate }}</p> }
    @if (detail.value(); as d) {
      @let i = d.item;
      <header>
        <h1 data-testid="ledger-item-title">{{ i.title }}</h1>
        <app-ledger-state-chip [state]="i.state" />
        @if (mark(); as m) { <app-ledger-mark-badge [mark]="m" /> }
      </header>
      <div class="grid">
        <section data-testid="ledger-item-problem">
          <h2>{{ 'supervision.ledger.item.problem' | translate }}</h2>
          <dl>
            <dt>{{ 'supervision.ledger.item.unit' | translate }}</dt><dd>{{ i.unitName }}</dd>
            <dt>{{ 'supervision.ledger.item.responsible' | translate }}</dt><dd>{{ i.responsiblePerson || '—' }}</dd>
            <dt>{{ 'supervision.ledger.item.requirement' | translate }}</dt><dd class="pre">{{ d.requirement || '—' }}</dd>
            <dt>{{ 'supervision.ledger.item.openedOn' | translate }}</dt><dd>{{ 'supervision.ledger.item.openedBy' | translate: { date: i.openedOn, name: d.openedByName } }}</dd>
          </dl>
        </section>
        <section data-testid="ledger-item-source">
          <h2>{{ 'supervision.ledger.item.source' | translate }}</h2>
          @let o = d.origin;
          <dl>
            <dt>{{ 'supervision.ledger.columns.source' | translate }}</dt><dd>{{ 'supervision.ledgerSources.' + i.source | translate }}</dd>
            @if (i.source === 'Finding') {
              @if (o.itemNameZh) { <dt>{{ 'supervision.ledger.item.problem' | translate }}</dt><dd>{{ itemName(d) }}@if (o.category) { · {{ 'supervision.categories.' + o.category | translate }} }</dd> }
              @if (o.target) {
                <dt>{{ 'supervision.ledger.item.origin.target' | translate }}</dt>
                <dd>{{ 'supervision.targets.' + o.target | translate }} · {{ o.target === 'Person' ? (o.staffName ?? '—') : (o.windowName ?? '—') }}</dd>
              }
              @if (o.findingDate) { <dt>{{ 'supervision.ledger.item.origin.foundOn' | translate }}</dt><dd>{{ o.findingDate }}</dd> }
              @if (o.findingNote) { <dt>{{ 'supervision.ledger.item.origin.note' | translate }}</dt><dd class="pre">{{ o.findingNote }}</dd> }
            } @else if (i.source === 'WalkThrough') {
              @if (o.stepOrder !== null) { <dt>{{ 'supervision.inspectionKinds.WalkThrough' | translate }}</dt><dd>{{ 'supervision.ledger.item.origin.walkStep' | translate: { n: o.stepOrder } }}@if (o.walkMode) { · {{ 'supervision.walkModes.' + o.walkMode | translate }} }</dd> }
              @if (o.stepDescription) { <dt></dt><dd class="pre">{{ o.stepDescription }}</dd> }
            } @else {
              <dt></dt><dd>{{ 'supervision.ledger.item.origin.selfCheck' | translate }}</dd>
            }
            @if (o.inspectionTitle) {
              <dt>{{ o.inspectionKind ? ('supervision.inspectionKinds.' + o.inspectionKind | translate) : '' }}</dt>
              <dd>{{ o.inspectionTitle }}@if (o.inspectionDate) { · {{ o.inspectionDate }} }</dd>
            }
          </dl>
          @if (source(); as link) { <a mat-stroked-button [routerLink]="link" data-testid="ledger-source-link"><mat-icon>open_in_new</mat-icon>{{ 'supervision.ledger.item.origin.inspection' | translate }}</a> }
        </section>
        <section data-testid="ledger-item-deadline">
          <h2>{{ 'supervision.ledger.item.deadline' | translate }}</h2>
          <app-ledger-due-chip [due]="due()!" />
          <dl class="dates">
            @if (d.wentOverdueOn) { <dt></dt><dd class="late">{{ 'supervision.ledger.item.wentOverdue' | translate: { date: d.wentOverdueOn } }}</dd> }
            @if (i.rectifiedOn) { <dt>{{ 'supervision.ledger.item.rectifiedOn' | translate }}</dt><dd>{{ i.rectifiedOn }}</dd> }
            @if (d.acceptedOn) { <dt>{{ 'supervision.ledger.item.acceptedOn' | translate }}</dt><dd>{{ d.acceptedOn }}</dd> }
            @if (i.recheckDueOn) { <dt>{{ 'supervision.ledger.item.recheckDueOn' | translate }}</dt><dd>{{ i.recheckDueOn }}</dd> }
          </dl>
        </section>
      </div>

      <section>
        <h2>{{ 'supervision.ledger.item.timeline' | translate }}</h2>
        <ol class="timeline" data-testid="ledger-timeline">
          @for (e of entries(); track $index) {
            @switch (e.kind) {
              @case ('opened') {
                <li data-kind="opened"><mat-icon aria-hidden="true">flag_circle</mat-icon>
                  <div><div class="step">{{ 'supervision.ledger.item.opened' | translate }}<span class="at"> · {{ e.at }} · {{ e.byName }}</span></div></div></li>
              }
              @case ('progress') {
                @let p = e.progress;
                <li data-kind="progress" [attr.data-final]="p.final" data-testid="ledger-progress-entry">
                  <mat-icon aria-hidden="true">{{ p.final ? 'task_alt' : 'pending_actions' }}</mat-icon>
                  <div>
                    <div class="step">{{ (p.final ? 'supervision.ledger.item.finalProgress' : 'supervision.ledger.item.progress') | translate }}
                      <span class="at"> · {{ time(p.at) }} · {{ p.byName }}</span></div>
                    <p class="note">{{ p.note }}</p>
                    @if (p.evidence.length) {
                      <ul class="files" [attr.aria-label]="'supervision.ledger.item.evidence' | translate">
                        @for (f of p.evidence; track f.fileId) {
                          <li><a [href]="api.evidenceUrl(i.id, f.fileId)" download data-testid="ledger-evidence-link">
                            <mat-icon aria-hidden="true" inline>download</mat-icon>{{ f.fileName }}</a><span class="at size">{{ size(f.size) }}</span></li>
                        }
                      </ul>
                    }
                  </div>
                </li>
              }
              @case ('review') {
                @let r = e.review;
                <li data-kind="review" [attr.data-outcome]="r.outcome" [class.bad]="r.outcome === 'SentBack' || r.outcome === 'Reopened'" data-testid="ledger-review-entry">
                  <mat-icon aria-hidden="true">{{ r.outcome === 'Accepted' || r.outcome === 'Confirmed' ? 'verified' : 'undo' }}</mat-icon>
                  <div>
                    <div class="step">{{ 'supervision.reviewOutcomes.' + r.outcome | translate }}
                      @if (r.mark) { <app-ledger-mark-badge [mark]="r.mark" /> }
                      <span class="at"> · {{ time(r.at) }} · {{ r.byName }}</span></div>
                    <p class="note">{{ r.reason || ('supervision.ledger.item.noReason' | translate) }}</p>
                    @if (r.newDueOn) { <div class="at">{{ 'supervision.ledger.item.newDue' | translate: { date: r.newDueOn } }}</div> }
                  </div>
                </li>
              }
            }
          }
        </ol>
      </section>

      @if (d.actions.reportProgress) { <app-ledger-progress-form [detail]="d" (changed)="changed($event)" /> }
      @if (d.actions.accept || d.actions.sendBack || d.actions.recheck) { <app-ledger-review-form [detail]="d" (changed)="changed($event)" /> }
      @if (i.state === 'Accepted' && i.recheckDueOn && !d.actions.recheck) {
        <p class="hint" data-testid="ledger-recheck-not-due">{{ 'supervision.ledger.review.recheckNotDue' | translate: { date: i.recheckDueOn } }}</p>
      }
    }
  `,
  styles: `
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    h1 { font-size: 22px; margin: 8px 8px 8px 0; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; margin: 8px 0 16px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
    dl.dates { margin-top: 8px; }
    dt { color: rgba(0, 0, 0, 0.6); }
    dd { margin: 0; }
    .pre, .note { white-space: pre-wrap; }
    .late { color: #8c1d18; font-weight: 500; }
    .conflict { background: #fff4e5; color: #5f4300; padding: 8px 12px; border-radius: 4px; }
    .timeline { list-style: none; padding: 0; margin: 0 0 16px; }
    .timeline > li { display: flex; gap: 8px; padding: 8px 0; border-bottom: 1px solid rgba(0, 0, 0, 0.06); }
    .timeline > li mat-icon { color: #2e7d32; flex: none; }
    .timeline > li.bad mat-icon { color: #c62828; }
    .step { font-weight: 500; display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
    .at { font-weight: 400; font-size: 13px; color: rgba(0, 0, 0, 0.6); }
    .note { margin: 4px 0 0; }
    .files { list-style: none; padding: 0; margin: 4px 0 0; }
    .size { margin-left: 8px; }
    .files a { display: inline-flex; align-items: center; gap: 4px; min-height: 32px; }
    .hint { font-size: 13px; color: rgba(0, 0, 0, 0.6); }
  `,
})
export class LedgerItemPage {
  protected readonly api = inject(LedgerApi);
  private readonly language = inject(LanguageService);
  readonly id = input.required<string>();
  protected readonly detail = resource({ params: () => ({ id: this.id() }), loader: ({ params }) => this.api.get(params.id) });
  protected readonly conflict = signal(false);
  protected readonly entries = computed(() => (this.detail.value() ? timeline(this.detail.value()!) : []));
  protected readonly due = computed(() => (this.detail.value() ? ledgerDue(this.detail.value()!.item) : null));
  protected readonly mark = computed(() => (this.detail.value() ? shownMark(this.detail.value()!.item) : null));
  protected readonly source = computed(() => (this.detail.value() ? sourceLink(this.detail.value()!) : null));
  protected readonly time = formatBeijing;
  protected readonly size = fileSize;
  protected readonly problemOf = toProblem;

  protected itemName(d: LedgerDetailDto): string {
    const o = d.origin;
    return (this.language.current() === 'en' ? o.itemNameEn : o.itemNameZh) ?? o.itemNameZh ?? '';
  }

  /** After an action: the item as the server answered; after a 409, the item read again with the reason said. */
  changed(updated: LedgerDetailDto | null): void {
    this.conflict.set(updated === null);
    if (updated) this.detail.set(updated);
    else this.detail.reload();
  }
}
