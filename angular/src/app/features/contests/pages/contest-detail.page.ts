import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../../core/auth.service';
import { Permissions } from '../../../core/permissions.generated';
import { ConfirmDialogComponent, ConfirmDialogData } from '../../../shared/confirm-dialog.component';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { formatScore } from '../board/board-rules';
import { weightShares } from '../console/contest-form-rules';
import { ContestDto, ContestsApi } from '../contests.api';
import { EntriesApi, MyAwardCertificateDto, MyContestDto } from '../entries.api';

/**
 * A contest's announcement: its rules, window, rounds (weights as shares of the final score), tiers; entering and
 * withdrawing; for an entrant, their draw number, their rounds (the written one leads to the exam), their own criterion
 * scores (judges unnamed) with the rule used, total, rank, award and certificate.
 */
@Component({
  selector: 'app-contest-detail-page',
  imports: [DatePipe, RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!contest() && actions.busy()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="actions.problem()" />
    @if (contest(); as c) {
      <a mat-button routerLink="/contests"><mat-icon>arrow_back</mat-icon>{{ 'contests.detail.back' | translate }}</a>
      <h1 data-testid="contest-title">{{ c.title }}</h1>
      <p class="state" data-testid="contest-state">{{ 'contests.states.' + c.state | translate }}
        @if (c.isOpenForEntry) { · <span class="open">{{ 'contests.list.openNow' | translate }}</span> }</p>
      <div class="links">
        <a mat-stroked-button [routerLink]="['/contests', c.id, 'board']" data-testid="contest-board-link"><mat-icon>leaderboard</mat-icon>{{ 'contests.detail.board' | translate }}</a>
        @if (c.canManage) { <a mat-stroked-button [routerLink]="['/contests', c.id, 'console']" data-testid="contest-console-link"><mat-icon>settings</mat-icon>{{ 'contests.detail.console' | translate }}</a> }
        @if (judges()) { <a mat-stroked-button routerLink="/contests/judging" data-testid="contest-judging-link"><mat-icon>rate_review</mat-icon>{{ 'contests.detail.judging' | translate }}</a> }
      </div>
      @if (c.description) { <p class="announcement" data-testid="contest-description">{{ c.description }}</p> }
      <dl class="facts">
        <div><dt>{{ 'contests.detail.window' | translate }}</dt><dd>{{ c.entryOpensAt | date: 'yyyy-MM-dd HH:mm' }} – {{ c.entryClosesAt | date: 'yyyy-MM-dd HH:mm' }}</dd></div>
        <div><dt>{{ 'contests.detail.mode' | translate }}</dt><dd>{{ 'contests.entryModes.' + c.entryMode | translate }}
          @if (c.entryMode === 'Team') { {{ 'contests.detail.teamSize' | translate: { n: c.teamSize } }} }</dd></div>
        <div><dt>{{ 'contests.detail.scope' | translate }}</dt><dd>@for (h of c.scopeHalls; track h.id) { {{ h.name }}{{ $last ? '' : '、' }} } @empty { {{ 'contests.detail.city' | translate }} }</dd></div>
        <div><dt>{{ 'contests.detail.creditHours' | translate }}</dt><dd>{{ c.creditHours }}</dd></div>
        <div><dt>{{ 'contests.detail.entries' | translate }}</dt><dd>{{ c.entryCount }}</dd></div>
        <div><dt>{{ 'contests.detail.tiers' | translate }}</dt><dd>@for (t of c.awardTiers; track t.tier) {
          {{ 'contests.tiers.' + t.tier | translate }} {{ t.count != null ? ('contests.detail.tierCount' | translate: { n: t.count }) : ('contests.detail.tierShare' | translate: { n: t.sharePercent }) }}{{ $last ? '' : '；' }} }</dd></div>
      </dl>
      <h2>{{ 'contests.detail.rounds' | translate }}</h2>
      <ol class="rounds">
        @for (r of c.rounds; track r.id; let i = $index) {
          <li data-testid="contest-round">{{ r.title }} · {{ 'contests.roundKinds.' + r.kind | translate }} · {{ 'contests.detail.share' | translate: { n: shares()[i] } }}
            · {{ 'contests.roundStates.' + r.state | translate }}
            @if (r.criteria.length) { <div class="sub">@for (k of r.criteria; track $index) { {{ k.name }}（{{ 'contests.detail.maxPoints' | translate: { n: k.maxPoints } }}）{{ $last ? '' : '、' }} }</div> }
          </li>
        }
      </ol>

      <mat-card appearance="outlined" class="mine" data-testid="my-entry">
        <mat-card-header><mat-card-title>{{ 'contests.my.title' | translate }}</mat-card-title></mat-card-header>
        <mat-card-content>
          @if (c.myEntryId) {
            <p data-testid="entered">{{ 'contests.my.entered' | translate }}
              @if (mine()?.drawNumber; as n) { <strong data-testid="my-draw-number">{{ 'contests.my.drawNumber' | translate: { n } }}</strong> }
              @else { <span class="sub">{{ 'contests.my.drawLater' | translate }}</span> }</p>
            @if (writtenOpen()) {
              <a mat-flat-button routerLink="/my-learning/exams" data-testid="go-to-exam"><mat-icon>edit_note</mat-icon>{{ 'contests.my.takeExam' | translate }}</a>
            }
            @if (mine(); as m) {
              @for (r of m.rounds; track r.roundId) {
                <section class="my-round" data-testid="my-round" [attr.data-round]="r.title">
                  <h3>{{ r.title }} · {{ 'contests.roundKinds.' + r.kind | translate }} · {{ 'contests.roundStates.' + r.state | translate }}</h3>
                  <p data-testid="my-round-score">{{ 'contests.my.score' | translate }}：{{ score(r.score) }}
                    @if (r.rule) { <span class="rule">（{{ 'contests.rules.' + r.rule | translate }}）</span> }</p>
                  @for (k of r.criteria; track $index) {
                    <div class="sub" data-testid="my-criterion">{{ k.name }}（{{ 'contests.detail.maxPoints' | translate: { n: k.maxPoints } }}）：
                      @for (s of k.judgeScores; track $index) { {{ s }}{{ $last ? '' : ' / ' }} } @empty { — }</div>
                  }
                </section>
              }
              <p data-testid="my-total">{{ 'contests.my.total' | translate }}：{{ score(m.total) }}
                @if (m.rank) { · {{ 'contests.my.rank' | translate: { n: m.rank } }} }
                @if (m.award) { · <strong data-testid="my-award">{{ 'contests.tiers.' + m.award | translate }}</strong> }</p>
            }
            @for (cert of certificates(); track cert.awardId) {
              <a mat-flat-button [href]="entries.certificateUrl(cert.awardId)" download data-testid="certificate-download">
                <mat-icon>workspace_premium</mat-icon>{{ 'contests.my.certificate' | translate: { tier: ('contests.tiers.' + cert.tier | translate) } }}</a>
              <span class="sub" data-testid="certificate-code">{{ 'contests.my.code' | translate }}：{{ cert.verificationCode }}</span>
            }
            @if (c.mayWithdraw) { <button mat-stroked-button (click)="withdraw(c)" [disabled]="actions.busy()" data-testid="contest-withdraw">{{ 'contests.my.withdraw' | translate }}</button> }
          } @else if (c.isOpenForEntry && mayEnter) {
            <button mat-flat-button (click)="enter(c)" [disabled]="actions.busy()" data-testid="contest-enter"><mat-icon>how_to_reg</mat-icon>{{ 'contests.my.enter' | translate }}</button>
          } @else {
            <p class="sub">{{ 'contests.my.notEntered' | translate }}</p>
          }
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; } h3 { font-size: 15px; margin: 8px 0 4px; }
    .state { color: rgba(0, 0, 0, 0.65); } .open { color: #2e7d32; }
    .links { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
    .announcement { white-space: pre-wrap; max-width: 80ch; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; }
    dt { font-size: 12px; color: rgba(0, 0, 0, 0.6); } dd { margin: 0; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .rule { font-size: 13px; }
    .mine { margin-top: 16px; max-width: 720px; } .mine a, .mine button { margin: 4px 8px 4px 0; }
    .my-round { border-top: 1px solid rgba(0, 0, 0, 0.12); padding-top: 4px; }
  `,
})
export class ContestDetailPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(ContestsApi);
  protected readonly entries = inject(EntriesApi);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(AuthService);
  protected readonly mayEnter = this.auth.has(Permissions.Contests.Contests.Enter);
  protected readonly actions = new ActionRunner();
  protected readonly contest = signal<ContestDto | null>(null);
  protected readonly mine = signal<MyContestDto | null>(null);
  private readonly allCertificates = signal<MyAwardCertificateDto[]>([]);
  protected readonly certificates = computed(() => this.allCertificates().filter((c) => c.contestId === this.id()));
  protected readonly shares = computed(() => weightShares(this.contest()?.rounds.map((r) => r.weight) ?? []));
  /** The written round is running: the entrant takes it on Learning's exam pages (the exam is offered to entrants only). */
  protected readonly writtenOpen = computed(() => (this.contest()?.rounds ?? []).some((r) => r.kind === 'Written' && r.state === 'Open'));
  protected readonly judges = computed(() => (this.contest()?.myRoles ?? []).some((r) => r === 'Judge' || r === 'ChiefJudge'));

  ngOnInit(): void {
    void this.load();
  }

  protected score(v: number | null | undefined): string {
    return formatScore(v);
  }

  private async load(): Promise<void> {
    const c = await this.actions.run(() => this.api.get(this.id()));
    if (!c) return;
    this.contest.set(c);
    if (!c.myEntryId) { this.mine.set(null); return; }
    const [mine, certificates] = await Promise.all([this.entries.myContest(c.id).catch(() => null), this.entries.certificates().catch(() => [])]);
    this.mine.set(mine);
    this.allCertificates.set(certificates);
  }

  protected async enter(c: ContestDto): Promise<void> {
    if (await this.actions.run(() => this.entries.enter(c.id))) await this.load();
  }

  protected async withdraw(c: ContestDto): Promise<void> {
    const data: ConfirmDialogData = { title: 'contests.my.withdraw', message: 'contests.my.withdrawConfirm', params: { title: c.title }, confirm: 'contests.my.withdraw' };
    const ok = await firstValueFrom(this.dialog.open(ConfirmDialogComponent, { data }).afterClosed());
    if (ok && c.myEntryId && (await this.actions.run(() => this.entries.withdraw(c.id, c.myEntryId!)))) await this.load();
  }
}
