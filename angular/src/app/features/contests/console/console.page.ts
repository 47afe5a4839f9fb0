import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { SecretDialogComponent, SecretDialogData } from '../../../shared/secret-dialog.component';
import { ActionRunner } from '../action-runner';
import { BoardApi } from '../board/board.api';
import { ContestDto, ContestsApi, RoundDto } from '../contests.api';
import { AwardsPanelComponent } from './awards-panel.component';
import { ConsoleContest } from './console-contest';
import { ContestFormComponent } from './contest-form.component';
import { EntriesPanelComponent } from './entries-panel.component';
import { ProgressPanelComponent } from './progress-panel.component';
import { RoundsEditorComponent } from './rounds-editor.component';
import { StaffEditorComponent } from './staff-editor.component';

const TABS = ['settings', 'people', 'rounds', 'entries', 'progress', 'awards'] as const;

/**
 * The organiser's console: a new contest's form, or one contest's settings, people, rounds, entries, judges' progress and
 * awards in tabs; the steps of its life (announce, close entry and draw the numbers, open and close each round, publish)
 * and the hall screen's display link (shown once). The contest shown is held in {@link ConsoleContest}, which outlives the
 * tabs: an editor's save lands there even when the organiser has already moved to another tab.
 */
@Component({
  selector: 'app-contest-console-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTabsModule, MatButtonModule, MatIconModule, MatProgressBarModule, ContestFormComponent,
    StaffEditorComponent, RoundsEditorComponent, EntriesPanelComponent, ProgressPanelComponent, AwardsPanelComponent,
  ],
  providers: [ConsoleContest],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!id()) {
      <a mat-button routerLink="/contests"><mat-icon>arrow_back</mat-icon>{{ 'contests.detail.back' | translate }}</a>
      <h1>{{ 'contests.console.new' | translate }}</h1>
      <app-contest-form (created)="created($event)" />
    } @else if (console.contest(); as c) {
      <a mat-button [routerLink]="['/contests', c.id]"><mat-icon>arrow_back</mat-icon>{{ 'contests.console.announcement' | translate }}</a>
      <h1>{{ c.title }} · {{ 'contests.console.title' | translate }}</h1>
      <p class="state" data-testid="console-state">{{ 'contests.states.' + c.state | translate }} · {{ 'contests.detail.entries' | translate }} {{ c.entryCount }}</p>
      <div class="steps">
        @if (c.state === 'Draft') { <button mat-flat-button (click)="announce(c)" [disabled]="actions.busy() || c.rounds.length === 0" data-testid="contest-announce"><mat-icon>campaign</mat-icon>{{ 'contests.console.announce' | translate }}</button> }
        @if (c.state === 'Announced') { <button mat-flat-button (click)="closeEntry(c)" [disabled]="actions.busy()" data-testid="contest-close-entry"><mat-icon>shuffle</mat-icon>{{ 'contests.console.closeEntry' | translate }}</button> }
        @if (c.state === 'Closed') {
          @for (r of c.rounds; track r.id) {
            @if (r.state === 'Pending') { <button mat-stroked-button (click)="openRound(c, r)" [disabled]="actions.busy() || running()" [attr.data-testid]="'round-open-' + r.order">{{ 'contests.console.openRound' | translate: { title: r.title } }}</button> }
            @if (r.state === 'Open') { <button mat-flat-button (click)="closeRound(c, r)" [disabled]="actions.busy()" [attr.data-testid]="'round-close-' + r.order">{{ 'contests.console.closeRound' | translate: { title: r.title } }}</button> }
          }
        }
        @if (c.state !== 'Draft') { <button mat-stroked-button (click)="displayLink(c)" [disabled]="actions.busy()" data-testid="display-link"><mat-icon>tv</mat-icon>{{ 'contests.console.displayLink' | translate }}</button> }
        <a mat-button [routerLink]="['/contests', c.id, 'board']"><mat-icon>leaderboard</mat-icon>{{ 'contests.detail.board' | translate }}</a>
      </div>
      <app-problem-alert [problem]="actions.problem()" />
      <mat-tab-group [selectedIndex]="tab()" (selectedIndexChange)="tab.set($event)" mat-stretch-tabs="false" dynamicHeight>
        <mat-tab [label]="'contests.console.tabs.settings' | translate"><ng-template matTabContent><app-contest-form [contest]="c" /></ng-template></mat-tab>
        <mat-tab [label]="'contests.console.tabs.people' | translate"><ng-template matTabContent><app-staff-editor [contest]="c" /></ng-template></mat-tab>
        <mat-tab [label]="'contests.console.tabs.rounds' | translate"><ng-template matTabContent><app-rounds-editor [contest]="c" /></ng-template></mat-tab>
        <mat-tab [label]="'contests.console.tabs.entries' | translate"><ng-template matTabContent><app-entries-panel [contest]="c" /></ng-template></mat-tab>
        <mat-tab [label]="'contests.console.tabs.progress' | translate"><ng-template matTabContent><app-progress-panel [contest]="c" /></ng-template></mat-tab>
        <mat-tab [label]="'contests.console.tabs.awards' | translate"><ng-template matTabContent><app-awards-panel [contest]="c" /></ng-template></mat-tab>
      </mat-tab-group>
    } @else {
      @if (actions.busy()) { <mat-progress-bar mode="indeterminate" /> }
      <app-problem-alert [problem]="actions.problem()" />
    }
  `,
  styles: `
    h1 { font-size: 22px; margin-bottom: 4px; } .state { color: rgba(0, 0, 0, 0.65); }
    .steps { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 12px; }
  `,
})
export class ContestConsolePage implements OnInit {
  readonly id = input<string>();
  private readonly api = inject(ContestsApi);
  private readonly board = inject(BoardApi);
  private readonly dialog = inject(MatDialog);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly router = inject(Router);
  protected readonly actions = new ActionRunner();
  protected readonly console = inject(ConsoleContest);
  protected readonly tab = signal(Math.max(0, TABS.indexOf(inject(ActivatedRoute).snapshot.data['tab'] ?? 'settings')));
  protected readonly running = computed(() => (this.console.contest()?.rounds ?? []).some((r) => r.state === 'Open'));

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (id) this.console.contest.set(await this.actions.run(() => this.api.get(id)));
  }

  protected created(c: ContestDto): void {
    void this.router.navigate(['/contests', c.id, 'console'], { replaceUrl: true });
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    return !!(await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed()));
  }

  protected async announce(c: ContestDto): Promise<void> {
    if (!(await this.confirm({ title: 'contests.console.announce', message: 'contests.console.announceConfirm', params: { title: c.title }, confirm: 'contests.console.announce' }))) return;
    const done = await this.actions.run(() => this.api.announce(c.id));
    if (!done) return;
    this.console.contest.set(done.contest);
    this.snack.open(this.translate.instant('contests.console.announced', { n: done.recipients }), undefined, { duration: 4000 });
  }

  protected async closeEntry(c: ContestDto): Promise<void> {
    if (!(await this.confirm({ title: 'contests.console.closeEntry', message: 'contests.console.closeEntryConfirm', params: { title: c.title }, confirm: 'contests.console.closeEntry' }))) return;
    const done = await this.actions.run(() => this.api.closeEntry(c.id));
    if (done) this.console.contest.set(done);
  }

  protected async openRound(c: ContestDto, r: RoundDto): Promise<void> {
    const done = await this.actions.run(() => this.api.openRound(c.id, r.id));
    if (done) this.console.contest.set(done);
  }

  protected async closeRound(c: ContestDto, r: RoundDto): Promise<void> {
    if (!(await this.confirm({ title: 'contests.console.closeRound', message: 'contests.console.closeRoundConfirm', params: { title: r.title }, confirm: 'contests.console.closeRoundShort' }))) return;
    const done = await this.actions.run(() => this.api.closeRound(c.id, r.id));
    if (done) this.console.contest.set(done);
  }

  /** A new link for the hall screen: shown once (the server keeps only its hash); the old link stops working. */
  protected async displayLink(c: ContestDto): Promise<void> {
    const t = await this.actions.run(() => this.board.newDisplayToken(c.id));
    if (!t) return;
    const url = `${location.origin}${t.path}`;
    const data: SecretDialogData = { title: 'contests.console.displayLink', lines: [{ label: 'contests.console.displayUrl', value: url }] };
    this.dialog.open(SecretDialogComponent, { data, width: '640px', maxWidth: '96vw' });
  }
}
