import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { EntriesApi, MyAwardCertificateDto, MyEntryDto } from '../entries.api';

/** 我的比赛: the contests one has entered (number, state, the written round's exam) and one's award certificates. */
@Component({
  selector: 'app-my-contests-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'contests.my.listTitle' | translate }}</h1>
    @if (actions.busy()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="actions.problem()" />
    <div class="cards">
      @for (e of entries(); track e.entryId) {
        <mat-card appearance="outlined" data-testid="my-contest" [attr.data-contest]="e.contestTitle">
          <mat-card-header>
            <mat-card-title>{{ e.contestTitle }}</mat-card-title>
            <mat-card-subtitle>{{ 'contests.states.' + e.contestState | translate }} · {{ 'contests.entryStates.' + e.state | translate }}
              @if (!e.confirmed && e.state === 'Entered') { · {{ 'contests.my.unconfirmed' | translate }} }</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (e.drawNumber) { <strong data-testid="my-draw-number">{{ 'contests.my.drawNumber' | translate: { n: e.drawNumber } }}</strong> }
            @else { <span class="sub">{{ 'contests.my.drawLater' | translate }}</span> }
          </mat-card-content>
          <mat-card-actions>
            <a mat-flat-button [routerLink]="['/contests', e.contestId]" data-testid="my-contest-open">{{ 'contests.my.open' | translate }}</a>
            @if (e.writtenExamId && e.state === 'Entered') { <a mat-button routerLink="/my-learning/exams">{{ 'contests.my.takeExam' | translate }}</a> }
          </mat-card-actions>
        </mat-card>
      } @empty {
        @if (!actions.busy()) { <p>{{ 'contests.my.none' | translate }}</p> }
      }
    </div>
    @if (certificates().length) {
      <h2>{{ 'contests.my.certificates' | translate }}</h2>
      <ul class="certs">
        @for (c of certificates(); track c.awardId) {
          <li data-testid="my-certificate">{{ c.contestTitle }} · {{ 'contests.tiers.' + c.tier | translate }} · {{ c.publishedOn }} ·
            <span class="sub">{{ 'contests.my.code' | translate }}：{{ c.verificationCode }}</span>
            <a mat-button [href]="api.certificateUrl(c.awardId)" target="_blank" rel="noopener"><mat-icon>download</mat-icon>PDF</a></li>
        }
      </ul>
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; } .sub { color: rgba(0, 0, 0, 0.6); font-size: 13px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
  `,
})
export class MyContestsPage implements OnInit {
  protected readonly api = inject(EntriesApi);
  protected readonly actions = new ActionRunner();
  protected readonly entries = signal<MyEntryDto[]>([]);
  protected readonly certificates = signal<MyAwardCertificateDto[]>([]);

  async ngOnInit(): Promise<void> {
    const entries = await this.actions.run(() => this.api.mine());
    if (!entries) return;
    this.entries.set(entries);
    // Certificates exist only once a contest is published: they come second and their absence does not hide the entries.
    this.certificates.set((await this.actions.run(() => this.api.certificates())) ?? []);
  }
}
