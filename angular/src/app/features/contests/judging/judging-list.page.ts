import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { JudgeAssignmentDto, JudgingApi } from './judging.api';

/** 评委评分: the rounds one is assigned to judge (only those), each with how far one is, leading to its scoring page. */
@Component({
  selector: 'app-judging-list-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'contests.judging.title' | translate }}</h1>
    <p class="intro">{{ 'contests.judging.intro' | translate }}</p>
    @if (actions.busy()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="actions.problem()" />
    <div class="cards">
      @for (a of rounds(); track a.roundId) {
        <mat-card appearance="outlined" data-testid="judge-assignment" [attr.data-contest]="a.contestTitle">
          <mat-card-header>
            <mat-card-title>{{ a.contestTitle }}</mat-card-title>
            <mat-card-subtitle>{{ a.roundTitle }} · {{ 'contests.roundKinds.' + a.roundKind | translate }} · {{ 'contests.roundStates.' + a.roundState | translate }}
              @if (a.isChiefJudge) { · {{ 'contests.roles.ChiefJudge' | translate }} }</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>{{ 'contests.judging.progress' | translate: { done: a.submitted, of: a.entries - a.recused, recused: a.recused } }}</mat-card-content>
          <mat-card-actions>
            <a mat-flat-button [routerLink]="['/contests', a.contestId, 'rounds', a.roundId, 'judge']" data-testid="judge-open">{{ 'contests.judging.open' | translate }}</a>
          </mat-card-actions>
        </mat-card>
      } @empty {
        @if (!actions.busy()) { <p class="empty">{{ 'contests.judging.none' | translate }}</p> }
      }
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 12px; }
  `,
})
export class JudgingListPage implements OnInit {
  private readonly api = inject(JudgingApi);
  protected readonly actions = new ActionRunner();
  protected readonly rounds = signal<JudgeAssignmentDto[]>([]);

  async ngOnInit(): Promise<void> {
    this.rounds.set((await this.actions.run(() => this.api.mine())) ?? []);
  }
}
