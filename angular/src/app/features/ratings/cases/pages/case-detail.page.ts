import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { toProblem } from '../../../../core/problem';
import { beijingToday, formatBeijing } from '../../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { callbackDue, caseSteps, rectifyDue } from '../case-rules';
import { CaseDetailDto, CasesApi, raterView } from '../cases.api';
import { CaseActionComponent } from '../components/case-action.component';
import { CaseStateChipComponent, LevelChipComponent } from '../components/case-state-chip.component';
import { DueChipComponent } from '../components/due-chip.component';
import { WorkCalendar } from '../work-days';

/**
 * One bad-rating case: the rating, the rater (phone in full with a 拨打 link only for the case's handler; masked for
 * everyone else, and the page says why), the deadlines, a timeline of the steps and the action of the current step.
 */
@Component({
  selector: 'app-case-detail-page',
  imports: [
    RouterLink, TranslatePipe, MatButtonModule, MatIconModule, MatProgressBarModule, ProblemAlertComponent, CaseActionComponent, CaseStateChipComponent,
    LevelChipComponent, DueChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/ratings/cases"><mat-icon>arrow_back</mat-icon>{{ 'ratings.cases.back' | translate }}</a>
    @if (detail.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (detail.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (detail.value(); as d) {
      @let c = d.case;
      @let r = c.rating;
      <header>
        <h1>{{ 'ratings.cases.detailTitle' | translate: { number: r.caseNumber } }}</h1>
        <app-level-chip [level]="r.level" />
        <app-case-state-chip [state]="c.state" />
        @if (r.excluded) { <span class="excluded" data-testid="excluded">{{ 'ratings.excluded' | translate }}</span> }
      </header>
      <div class="grid">
        <section data-testid="case-rating">
          <h2>{{ 'ratings.cases.rating' | translate }}</h2>
          <dl>
            <dt>{{ 'ratings.cases.window' | translate }}</dt><dd>{{ r.windowCode }} {{ r.windowName }} · {{ r.unitName }}</dd>
            <dt>{{ 'ratings.cases.staff' | translate }}</dt><dd>{{ r.staffName ? r.staffName + ' (' + r.staffNumber + ')' : ('ratings.cases.noStaff' | translate) }}</dd>
            <dt>{{ 'ratings.cases.ratedAt' | translate }}</dt><dd>{{ time(r.ratedAt) }} · {{ 'ratings.channels.' + r.channel | translate }}</dd>
            <dt>{{ 'ratings.cases.comment' | translate }}</dt><dd>{{ r.comment || '—' }}</dd>
          </dl>
        </section>
        <section data-testid="case-rater">
          <h2>{{ 'ratings.cases.rater' | translate }}</h2>
          @if (rater(); as p) {
            @if (p.removed) {
              <p>{{ 'ratings.cases.raterRemoved' | translate }}</p>
            } @else {
              <dl>
                @if (p.kind === 'Enterprise') {
                  <dt>{{ 'ratings.cases.enterprise' | translate }}</dt><dd data-testid="rater-enterprise">{{ p.enterpriseName ?? '—' }}</dd>
                  <dt>{{ 'ratings.cases.creditCode' | translate }}</dt><dd>{{ p.creditCode ?? '—' }}</dd>
                }
                <dt>{{ 'ratings.cases.raterName' | translate }}</dt><dd data-testid="rater-name">{{ p.name ?? '—' }}</dd>
                <dt>{{ 'ratings.cases.phone' | translate }}</dt>
                <dd>
                  <span data-testid="rater-phone">{{ p.phone ?? '—' }}</span>
                  @if (!p.masked && p.phone) {
                    <a mat-stroked-button [href]="'tel:' + p.phone" data-testid="call-rater"><mat-icon>call</mat-icon>{{ 'ratings.cases.call' | translate }}</a>
                  }
                </dd>
              </dl>
              @if (p.masked) {
                <p class="why" role="note" data-testid="masked-why">
                  <mat-icon aria-hidden="true">lock</mat-icon>{{ (canHandle && !c.isMine && c.state !== 'Closed' ? 'ratings.cases.maskedTake' : 'ratings.cases.masked') | translate }}
                </p>
              }
            }
          } @else {
            <p data-testid="rater-anonymous">{{ 'ratings.cases.anonymous' | translate }}</p>
          }
        </section>
        <section>
          <h2>{{ 'ratings.cases.deadlines' | translate }}</h2>
          <dl>
            <dt>{{ 'ratings.cases.callbackDue' | translate }}</dt>
            <dd><app-due-chip [due]="callback()!" data-testid="callback-due" /></dd>
            <dt>{{ 'ratings.cases.rectifyDue' | translate }}</dt>
            <dd><app-due-chip [due]="rectify()!" data-testid="rectify-due" /></dd>
            <dt>{{ 'ratings.cases.handler' | translate }}</dt><dd data-testid="case-handler">{{ c.handlerName ?? ('ratings.cases.untaken' | translate) }}</dd>
          </dl>
        </section>
      </div>
      <section>
        <h2>{{ 'ratings.cases.timeline' | translate }}</h2>
        <ol class="timeline" data-testid="case-timeline">
          @for (s of steps(); track s.state) {
            <li [class.done]="s.done" [class.current]="s.current" [attr.data-step]="s.state">
              <mat-icon aria-hidden="true">{{ s.done ? 'check_circle' : s.current ? 'radio_button_checked' : 'radio_button_unchecked' }}</mat-icon>
              <div>
                <div class="step">{{ 'ratings.cases.steps.' + s.state | translate }}@if (s.at) { <span class="at"> · {{ time(s.at) }}</span> }</div>
                @if (s.state === 'Verifying' && c.verdict) { <div>{{ 'ratings.verdicts.' + c.verdict | translate }}</div> }
                @if (s.state === 'FollowingUp' && d.followUp; as f) {
                  <div>{{ 'ratings.levels.' + f.level | translate }} · {{ 'ratings.cases.followUpSources.' + f.source | translate }}</div>
                }
                @if (s.note) { <p class="note">{{ s.note }}</p> }
              </div>
            </li>
          }
        </ol>
      </section>
      @if (d.appeal; as a) {
        <p class="appeal" data-testid="case-appeal">
          {{ 'ratings.cases.appeal' | translate: { state: ('ratings.cases.appealStates.' + a.state | translate), name: a.requestedByName, at: time(a.requestedAt) } }}
        </p>
      }
      @if (canHandle) { <app-case-action [detail]="d" (changed)="changed($event)" /> }
    }
  `,
  styles: `
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    h1 { font-size: 22px; margin: 8px 8px 8px 0; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 16px; margin: 8px 0 16px; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
    dt { color: rgba(0, 0, 0, 0.6); }
    dd { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .why { display: flex; gap: 6px; align-items: flex-start; font-size: 13px; color: #5f4300; background: #fff8e1; padding: 6px 8px; border-radius: 4px; }
    .appeal { background: #eceff1; padding: 6px 8px; border-radius: 4px; }
    .excluded { padding: 2px 10px; border-radius: 12px; background: #eceff1; color: #37474f; font-size: 13px; }
    .timeline { list-style: none; padding: 0; margin: 0 0 16px; }
    .timeline li { display: flex; gap: 8px; padding: 6px 0; color: rgba(0, 0, 0, 0.55); }
    .timeline li.done, .timeline li.current { color: inherit; }
    .timeline li.done mat-icon { color: #2e7d32; }
    .timeline li.current mat-icon { color: #e65100; }
    .step { font-weight: 500; }
    .at { font-weight: 400; color: rgba(0, 0, 0, 0.6); }
    .note { margin: 4px 0 0; white-space: pre-wrap; }
  `,
})
export class CaseDetailPage {
  private readonly api = inject(CasesApi);
  private readonly calendar = inject(WorkCalendar);
  readonly id = input.required<string>();
  protected readonly canHandle = inject(AuthService).has(Permissions.Ratings.Cases.Handle);
  protected readonly detail = resource({ params: () => ({ id: this.id() }), loader: ({ params }) => this.api.get(params.id) });
  /** In full for the handler (raterInFull), masked for everyone else (the rating's rater). */
  protected readonly rater = computed(() => {
    const d = this.detail.value();
    return raterView(d?.raterInFull ?? d?.case.rating.rater ?? null);
  });
  protected readonly steps = computed(() => (this.detail.value() ? caseSteps(this.detail.value()!) : []));
  private readonly today = beijingToday();
  protected readonly callback = computed(() => {
    const d = this.detail.value();
    return d ? callbackDue(d.case, this.today, this.calendar.daysLeft()) : null;
  });
  protected readonly rectify = computed(() => {
    const d = this.detail.value();
    return d ? rectifyDue(d.case, this.today, this.calendar.daysLeft()) : null;
  });
  protected readonly time = formatBeijing;
  protected readonly problemOf = toProblem;

  constructor() {
    effect(() => {
      const c = this.detail.value()?.case;
      if (c) this.calendar.load([this.today, c.callbackDue, c.rectifyDue]);
    });
  }

  changed(updated: CaseDetailDto | null): void {
    if (updated) this.detail.set(updated);
    else this.detail.reload();
  }
}
