import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../../core/problem';
import { formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { CaseAction, actionList } from '../case-actions';
import { CaseDetailDto, CasesApi } from '../cases.api';
import { CaseActionDialogComponent, CaseActionDialogData } from '../components/case-action-dialog.component';
import { DueChipComponent } from '../components/due-chip.component';

/**
 * One 办不成事 case: the complainant (已隐去 with the reason when the caller is the unit complained about), the matter and
 * the window, the deadlines with their state, the transfers with their answers and slips, the complaint check, the
 * history of steps (who and when), the registration form, and the actions the caller may take.
 */
@Component({
  selector: 'app-unresolved-case-detail-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, DueChipComponent, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/unresolved/cases"><mat-icon>arrow_back</mat-icon>{{ 'unresolved.cases.back' | translate }}</a>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    @if (d(); as d) {
      @let c = d.case;
      <h1><span data-testid="case-number">{{ c.number }}</span> · {{ c.matter }}</h1>
      <p class="chips">
        <span class="state" data-testid="case-state">{{ 'unresolved.states.' + c.state | translate }}</span>
        @if (c.category) { <span class="category" data-testid="case-category">{{ 'unresolved.categories.' + c.category | translate }}</span> }
        <span>{{ 'unresolved.channels.' + c.channel | translate }}</span>
      </p>
      @if (actions().length) {
        <div class="actions" data-testid="case-actions">
          @for (a of actions(); track a) {
            <button mat-flat-button (click)="open(a)" [attr.data-testid]="'case-action-' + a">{{ 'unresolved.actions.' + a | translate }}</button>
          }
        </div>
      }
      <div class="grid">
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ 'unresolved.cases.complainant' | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <dl>
              <dt>{{ 'unresolved.cases.kind' | translate }}</dt><dd>{{ 'unresolved.complainantKinds.' + c.complainantKind | translate }}</dd>
              <dt>{{ 'unresolved.cases.name' | translate }}</dt><dd data-testid="complainant-name">{{ c.complainantName }}</dd>
              @if (c.enterpriseName) { <dt>{{ 'unresolved.cases.enterprise' | translate }}</dt><dd>{{ c.enterpriseName }}</dd> }
              <dt>{{ 'unresolved.cases.contact' | translate }}</dt>
              <dd data-testid="complainant-contact">{{ c.complainantContact }}
                @if (!c.complainantHidden && c.complainantContact) { <a mat-icon-button [href]="'tel:' + c.complainantContact" [attr.aria-label]="'unresolved.cases.call' | translate"><mat-icon>call</mat-icon></a> }
              </dd>
            </dl>
            @if (c.complainantHidden) { <p class="hidden-note" data-testid="complainant-hidden-note"><mat-icon aria-hidden="true">lock</mat-icon>{{ 'unresolved.hiddenWhy' | translate }}</p> }
          </mat-card-content>
        </mat-card>
        <mat-card appearance="outlined">
          <mat-card-header><mat-card-title>{{ 'unresolved.cases.matterHeading' | translate }}</mat-card-title></mat-card-header>
          <mat-card-content>
            <dl>
              <dt>{{ 'unresolved.cases.unit' | translate }}</dt>
              <dd>{{ c.hallName }} · {{ c.unitName ?? ('unresolved.cases.notInHall' | translate) }}@if (c.windowName) { · {{ c.windowName }} }</dd>
              <dt>{{ 'unresolved.cases.received' | translate }}</dt><dd>{{ at(c.receivedAt) }} · {{ c.recordedByName }}</dd>
              <dt>{{ 'unresolved.cases.guide' | translate }}</dt><dd>{{ c.guideName ?? ('unresolved.cases.noGuide' | translate) }}</dd>
              @if (d.complaintCheckInspectionId) {
                <dt>{{ 'unresolved.cases.complaintCheck' | translate }}</dt>
                <dd><a [routerLink]="['/supervision/inspections', d.complaintCheckInspectionId]" data-testid="complaint-check-link">{{ 'unresolved.cases.openComplaintCheck' | translate }}</a></dd>
              }
              @if (d.outcome) { <dt>{{ 'unresolved.cases.outcome' | translate }}</dt><dd>{{ 'unresolved.outcomes.' + d.outcome | translate }}@if (d.closingText) { ：{{ d.closingText }} }</dd> }
            </dl>
            <p class="description" data-testid="case-description">{{ d.description }}</p>
            @if (d.notAcceptedReason) {
              <p class="not-accepted" data-testid="case-not-accepted">{{ 'unresolved.notAcceptedReasons.' + d.notAcceptedReason | translate }}：{{ d.notAcceptedExplanation }}</p>
            }
            <a mat-stroked-button [href]="api.registrationFormUrl(c.id)" target="_blank" rel="noopener" data-testid="registration-form">
              <mat-icon>picture_as_pdf</mat-icon>{{ 'unresolved.cases.registrationForm' | translate }}</a>
          </mat-card-content>
        </mat-card>
      </div>

      @if (d.deadlines.length) {
        <h2>{{ 'unresolved.cases.deadlines' | translate }}</h2>
        <ul class="deadlines" data-testid="case-deadlines">
          @for (d of d.deadlines; track $index) {
            <li data-testid="case-deadline" [attr.data-kind]="d.kind">
              <strong>{{ 'unresolved.deadlineKinds.' + d.kind | translate }}</strong>
              · {{ 'unresolved.owners.' + d.owner | translate }}@if (d.receiverName) { （{{ d.receiverName }}） }
              · {{ 'unresolved.cases.dueOn' | translate: { date: d.dueOn } }} <app-due-chip [dueOn]="d.dueOn" [metAt]="d.metAt" />
            </li>
          }
        </ul>
      }

      @if (d.transfers.length) {
        <h2>{{ 'unresolved.cases.transfers' | translate }}</h2>
        @for (t of d.transfers; track t.id) {
          <mat-card appearance="outlined" class="transfer" data-testid="case-transfer">
            <mat-card-content>
              <p><strong>{{ t.receiverName }}</strong> · {{ 'unresolved.cases.transferredAt' | translate: { at: at(t.transferredAt), by: t.transferredByName } }}
                · {{ 'unresolved.cases.dueOn' | translate: { date: t.dueOn } }} <app-due-chip [dueOn]="t.dueOn" [metAt]="t.answeredAt" /></p>
              @if (t.viaEfficiencySection) { <p class="hidden-note">{{ 'unresolved.hiddenViaSupervision' | translate }}</p> }
              @if (t.note) { <p class="text">{{ t.note }}</p> }
              @if (t.answeredAt) {
                <p class="answer" data-testid="transfer-answer">{{ 'unresolved.cases.answeredBy' | translate: { at: at(t.answeredAt), by: t.answeredByName } }}：{{ t.answer }}</p>
                @for (f of t.attachments; track f.fileId) {
                  <a mat-button [href]="api.attachmentUrl(c.id, f.fileId)" target="_blank" rel="noopener"><mat-icon>attach_file</mat-icon>{{ f.fileName }}</a>
                }
              }
              <a mat-stroked-button [href]="api.transferSlipUrl(c.id, t.id)" target="_blank" rel="noopener" data-testid="transfer-slip">
                <mat-icon>picture_as_pdf</mat-icon>{{ 'unresolved.cases.transferSlip' | translate }}</a>
            </mat-card-content>
          </mat-card>
        }
      }

      <h2>{{ 'unresolved.cases.history' | translate }}</h2>
      <ol class="steps" data-testid="case-steps">
        @for (s of d.steps; track $index) {
          <li data-testid="case-step" [attr.data-kind]="s.kind">
            <div class="when">{{ at(s.at) }} · {{ s.byName }}</div>
            <div><strong>{{ 'unresolved.stepKinds.' + s.kind | translate }}</strong>
              @if (s.receiverName) { → {{ s.receiverName }} }
              @if (s.satisfied === true) { · {{ 'unresolved.cases.satisfied' | translate }} }
              @if (s.satisfied === false) { · <span class="unsatisfied">{{ 'unresolved.cases.unsatisfied' | translate }}</span> }
              @if (s.category) { · {{ 'unresolved.categories.' + s.category | translate }} }
              @if (s.sections.length) { · {{ s.sections.join('、') }} }</div>
            @if (s.text) { <div class="text">{{ s.text }}</div> }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    h1 { font-size: 20px; } h2 { font-size: 16px; margin: 20px 0 8px; }
    .chips { display: flex; gap: 8px; flex-wrap: wrap; } .chips span { background: #eef2f7; padding: 2px 8px; border-radius: 12px; font-size: 13px; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0 16px; } .actions button { min-height: 44px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; } dt { color: rgba(0, 0, 0, 0.6); } dd { margin: 0; }
    .hidden-note { display: flex; gap: 4px; align-items: flex-start; background: #fff8e1; padding: 8px; border-radius: 4px; font-size: 13px; }
    .description, .text { white-space: pre-wrap; } .not-accepted { color: #6d4c00; }
    .deadlines { padding-left: 20px; } .deadlines li { margin-bottom: 6px; }
    .transfer { margin-bottom: 8px; } .answer { white-space: pre-wrap; }
    .steps { padding-left: 20px; } .steps li { margin-bottom: 10px; } .when { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .unsatisfied { color: #b71c1c; font-weight: 500; }
  `,
})
export class UnresolvedCaseDetailPage implements OnInit {
  readonly id = input.required<string>();
  protected readonly api = inject(CasesApi);
  private readonly dialog = inject(MatDialog);
  protected readonly d = signal<CaseDetailDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  /** What the server says the caller may do now. */
  protected readonly actions = computed(() => { const d = this.d(); return d ? actionList(d.actions) : []; });
  protected readonly at = formatBeijing;

  ngOnInit(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      this.d.set(await this.api.get(this.id()));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected open(action: CaseAction): void {
    const d = this.d();
    if (!d) return;
    const data: CaseActionDialogData = { action, case: d.case, sections: d.conferenceSections };
    this.dialog.open(CaseActionDialogComponent, { data, width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed()
      .subscribe((done?: CaseDetailDto) => { if (done) this.d.set(done); });
  }
}
