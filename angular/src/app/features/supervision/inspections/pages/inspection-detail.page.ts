import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { Permissions } from '../../../../core/permissions.generated';
import { toProblem } from '../../../../core/problem';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { nameIn, uiLang } from '../../catalogue/lang';
import { FindingStateChipComponent } from '../../findings/components/finding-state-chip.component';
import { FindingDto } from '../../findings/findings.api';
import { InspectionsApi } from '../inspections.api';
import { fromDto, hoursAndMinutes, walkSummary } from '../walk/walk-rules';

/** One inspection: what, when, who; the places visited; a walk-through's steps; its findings; the ledger items it opened (part of the ledger board). */
@Component({
  selector: 'app-inspection-detail-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, FindingStateChipComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button routerLink="/supervision/inspections"><mat-icon>arrow_back</mat-icon>{{ 'supervision.inspections.back' | translate }}</a>
    @if (inspection.isLoading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (inspection.error(); as e) { <app-problem-alert [problem]="problemOf(e)" /> }
    @if (inspection.value(); as i) {
      <h1>{{ i.title }}</h1>
      <dl>
        <dt>{{ 'supervision.inspections.kind' | translate }}</dt>
        <dd>{{ 'supervision.inspectionKinds.' + i.kind | translate }}@if (i.walkMode) { · {{ 'supervision.walkModes.' + i.walkMode | translate }} }
          @if (i.backwardSource) { · {{ 'supervision.backwardSources.' + i.backwardSource | translate }} {{ i.sourceReference }} }</dd>
        <dt>{{ 'supervision.inspections.date' | translate }}</dt><dd>{{ i.date }}</dd>
        <dt>{{ 'supervision.inspections.hall' | translate }}</dt><dd>{{ i.hallName }}</dd>
        <dt>{{ 'supervision.inspections.inspectors' | translate }}</dt><dd>{{ inspectorNames() }}</dd>
        @if (i.summary) { <dt>{{ 'supervision.inspections.summary' | translate }}</dt><dd class="pre">{{ i.summary }}</dd> }
      </dl>

      <h2>{{ 'supervision.inspections.places' | translate }}</h2>
      <ul class="plain" data-testid="inspection-places">
        @for (p of i.places; track $index) {
          <li>{{ p.hallName }}@if (p.unitName) { · {{ p.unitName }} }@if (p.windowName) { · {{ p.windowCode }} {{ p.windowName }} }</li>
        } @empty { <li class="muted">{{ 'supervision.inspections.noPlaces' | translate }}</li> }
      </ul>

      @if (i.kind === 'WalkThrough') {
        <div class="head">
          <h2>{{ 'supervision.walk.title' | translate }}</h2>
          @if (canRecord) { <a mat-stroked-button [routerLink]="['/supervision/inspections', i.id, 'walk']" data-testid="walk-open"><mat-icon>route</mat-icon>{{ 'supervision.walk.record' | translate }}</a> }
        </div>
        @if (summary(); as s) {
          <p data-testid="walk-summary">{{ 'supervision.walk.summary' | translate: { steps: i.steps.length, h: s.time.h, m: s.time.m, stalls: s.stalls } }}</p>
        }
        <ol class="steps">
          @for (s of i.steps; track s.id) {
            <li [class.stalled]="s.stalled">
              <b>{{ s.description }}</b>
              <small>{{ 'supervision.channels.' + s.channel | translate }} · {{ 'supervision.walk.minutesShort' | translate: { n: s.minutes } }}
                @if (s.unitName) { · {{ s.unitName }} }@if (s.windowName) { · {{ s.windowName }} }</small>
              @if (s.stalled) { <div class="stall">{{ 'supervision.walk.stalledAt' | translate }}：{{ s.stallNote }}</div> }
            </li>
          } @empty { <li class="muted">{{ 'supervision.walk.noSteps' | translate }}</li> }
        </ol>
      }

      <div class="head">
        <h2>{{ 'supervision.inspections.findings' | translate: { n: i.findings.length } }}</h2>
        @if (i.findings.length) { <a mat-button routerLink="/supervision/findings" [queryParams]="{ inspection: i.id }">{{ 'supervision.inspections.allFindings' | translate }}</a> }
      </div>
      <ul class="plain" data-testid="inspection-findings">
        @for (f of i.findings; track f.id) {
          <li>
            <app-finding-state-chip [state]="f.state" />
            <b>{{ who(f) }}</b> · {{ item(f) }} <small>{{ 'supervision.categories.' + f.category | translate }}</small>
            @if (f.note) { <div class="muted">{{ f.note }}</div> }
          </li>
        } @empty { <li class="muted">{{ 'supervision.inspections.noFindings' | translate }}</li> }
      </ul>

      <h2>{{ 'supervision.inspections.ledger' | translate: { n: i.ledgerItems.length } }}</h2>
      <ul class="plain" data-testid="inspection-ledger">
        @for (l of i.ledgerItems; track l.id) {
          <li><a [routerLink]="['/supervision/ledger', l.id]" data-testid="ledger-link">{{ l.title }}</a>
            <small>{{ l.unitName }} · {{ 'supervision.ledgerStates.' + l.state | translate }} · {{ 'supervision.inspections.dueOn' | translate: { date: l.dueOn } }}
              · {{ 'supervision.ledgerSources.' + l.source | translate }}</small></li>
        } @empty { <li class="muted">{{ 'supervision.inspections.noLedger' | translate }}</li> }
      </ul>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 16px; margin: 16px 0 6px; }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; max-width: 860px; }
    dt { color: rgba(0, 0, 0, 0.6); } dd { margin: 0; } .pre { white-space: pre-wrap; }
    .plain { list-style: none; padding: 0; margin: 0; }
    .plain li, .steps li { padding: 6px 0; border-bottom: 1px solid rgba(0, 0, 0, 0.06); }
    small { color: rgba(0, 0, 0, 0.6); margin-left: 4px; }
    .steps li small { display: block; margin: 0; }
    .stalled { border-left: 3px solid #c62828; padding-left: 8px; }
    .stall { color: #c62828; }
    .muted { color: rgba(0, 0, 0, 0.6); }
  `,
})
export class InspectionDetailPage {
  private readonly api = inject(InspectionsApi);
  readonly id = input.required<string>();
  protected readonly canRecord = inject(AuthService).has(Permissions.Supervision.Inspections.Record);
  protected readonly lang = uiLang();
  protected readonly inspection = resource({ params: () => ({ id: this.id() }), loader: ({ params }) => this.api.get(params.id) });
  protected readonly inspectorNames = computed(() => (this.inspection.value()?.inspectors ?? []).map((p) => p.name).join('、'));
  protected readonly summary = computed(() => {
    const steps = (this.inspection.value()?.steps ?? []).map(fromDto);
    const s = walkSummary(steps);
    return { time: hoursAndMinutes(s.minutes), stalls: s.stalls.length };
  });
  protected readonly problemOf = toProblem;

  protected who(f: FindingDto): string {
    return f.target === 'Person' ? `${f.staffName ?? ''}（${f.staffNumber ?? ''}）` : `${f.windowCode ?? ''} ${f.windowName ?? f.unitName}`;
  }

  protected item(f: FindingDto): string {
    return nameIn(this.lang(), f);
  }
}
