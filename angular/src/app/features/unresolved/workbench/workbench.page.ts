import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { Problem, toProblem } from '../../../core/problem';
import { beijingToday, formatBeijing } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { hallsInScope } from '../../supervision/inspections/scope-halls';
import { CaseAction, nextActions } from '../cases/case-actions';
import { CaseDetailDto, CaseRowDto, CasesApi, WorkbenchDto } from '../cases/cases.api';
import { CaseActionDialogComponent, CaseActionDialogData } from '../cases/components/case-action-dialog.component';
import { DueChipComponent } from '../cases/components/due-chip.component';

/**
 * 巡导员工作台: the cases received today in the guide's halls with the next action on each, and every open deadline,
 * overdue first (in red and with the word). An action opens its dialog here; the case page has the whole history.
 */
@Component({
  selector: 'app-unresolved-workbench-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, DueChipComponent, MatButtonModule, MatCardModule, MatFormFieldModule, MatIconModule, MatProgressBarModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.workbench.title' | translate }}</h1>
    @if (halls().length > 1) {
      <mat-form-field>
        <mat-label>{{ 'unresolved.workbench.hall' | translate }}</mat-label>
        <mat-select [value]="hallId()" (selectionChange)="hallChoice.set($event.value)" data-testid="workbench-hall">
          @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
    }
    <p class="intro">{{ 'unresolved.workbench.intro' | translate: { today: w()?.today ?? today } }}
      @if (w()?.guideOnDuty; as g) { {{ 'unresolved.workbench.onDuty' | translate: { name: g.name } }} }
      @else if (w()) { {{ 'unresolved.workbench.noGuide' | translate }} }</p>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />

    <h2>{{ 'unresolved.workbench.today' | translate: { n: w()?.todayCases?.length ?? 0 } }}</h2>
    @if (w() && !w()!.todayCases.length) { <p class="empty">{{ 'unresolved.workbench.noneToday' | translate }}</p> }
    <div class="cards">
      @for (c of w()?.todayCases ?? []; track c.id) {
        <mat-card appearance="outlined" data-testid="workbench-case" [attr.data-number]="c.number">
          <mat-card-header>
            <mat-card-title><a [routerLink]="['/unresolved/cases', c.id]" data-testid="workbench-case-link">{{ c.number }}</a></mat-card-title>
            <mat-card-subtitle>{{ at(c.receivedAt) }} · {{ 'unresolved.states.' + c.state | translate }}
              @if (c.category) { · {{ 'unresolved.categories.' + c.category | translate }} }</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            <p>{{ c.matter }}</p>
            <p class="sub">{{ c.unitName ?? ('unresolved.cases.notInHall' | translate) }} · {{ c.complainantName }} {{ c.complainantContact }}</p>
            @if (c.overdue) { <p class="late">{{ 'unresolved.due.overdue' | translate }}</p> }
          </mat-card-content>
          <mat-card-actions>
            @for (a of actions(c); track a) {
              <button mat-stroked-button (click)="open(a, c)" [attr.data-testid]="'workbench-action-' + a">{{ 'unresolved.actions.' + a | translate }}</button>
            }
          </mat-card-actions>
        </mat-card>
      }
    </div>

    <h2>{{ 'unresolved.workbench.deadlines' | translate: { n: deadlines().length, overdue: w()?.overdueCount ?? 0 } }}</h2>
    @if (w() && !deadlines().length) { <p class="empty">{{ 'unresolved.workbench.noDeadlines' | translate }}</p> }
    <ul class="deadlines" data-testid="workbench-deadlines">
      @for (d of deadlines(); track d.caseId + d.kind + d.dueOn) {
        <li data-testid="workbench-deadline" [attr.data-number]="d.number">
          <a [routerLink]="['/unresolved/cases', d.caseId]">{{ d.number }}</a>
          · {{ 'unresolved.deadlineKinds.' + d.kind | translate }} · {{ 'unresolved.owners.' + d.owner | translate }}@if (d.receiverName) { （{{ d.receiverName }}） }
          · <app-due-chip [dueOn]="d.dueOn" [attr.data-overdue]="d.overdue" />
          <div class="sub">{{ d.matter }}</div>
        </li>
      }
    </ul>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 17px; margin: 20px 0 8px; } .intro, .empty { color: rgba(0, 0, 0, 0.65); }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
    mat-card-actions { flex-wrap: wrap; gap: 4px; } mat-card-actions button { min-height: 40px; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .late { color: #b71c1c; font-weight: 500; }
    .deadlines { padding-left: 20px; } .deadlines li { margin-bottom: 8px; }
  `,
})
export class UnresolvedWorkbenchPage {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly org = inject(OrganizationTreeService);
  protected readonly today = beijingToday();
  protected readonly at = formatBeijing;
  protected readonly w = signal<WorkbenchDto | null>(null);
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  /** The hall of the home page's link (?hallId=), else the first in scope. */
  protected readonly hallChoice = signal(inject(ActivatedRoute).snapshot.queryParamMap.get('hallId') ?? '');
  /** The hall shown: the one chosen, else the first of the caller's scope. */
  protected readonly hallId = computed(() => this.hallChoice() || this.halls()[0]?.id || '');
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly rights = {
    handle: this.auth.has(Permissions.Unresolved.Cases.Handle),
    supervise: this.auth.has(Permissions.Unresolved.Cases.Supervise),
  };
  /** Earliest due first (overdue ones are the earliest). */
  protected readonly deadlines = computed(() => [...(this.w()?.openDeadlines ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn)));

  constructor() {
    void this.org.load();
    effect(() => { const hall = this.hallId(); if (hall) void this.load(hall); });
  }

  protected actions(c: CaseRowDto): CaseAction[] {
    return nextActions(c, this.rights);
  }

  protected open(action: CaseAction, c: CaseRowDto): void {
    // The conference sections are the hall's setting: the case page's detail carries them.
    this.api.get(c.id).then((detail) => {
      const data: CaseActionDialogData = { action, case: detail.case, sections: detail.conferenceSections };
      this.dialog.open(CaseActionDialogComponent, { data, width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed()
        .subscribe((done?: CaseDetailDto) => { if (done) void this.load(this.hallId()); });
    }, (e) => this.problem.set(toProblem(e)));
  }

  private async load(hallId: string): Promise<void> {
    this.loading.set(true);
    try {
      this.w.set(await this.api.workbench(hallId));
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
