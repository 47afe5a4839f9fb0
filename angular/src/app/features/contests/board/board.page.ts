import { ChangeDetectionStrategy, Component, OnInit, Injector, inject, input, runInInjectionContext, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { BoardChartsComponent } from './board-charts.component';
import { BoardTableComponent } from './board-table.component';
import { BoardApi } from './board.api';
import { BoardStream } from './board-stream';

/**
 * A contest's live leaderboard for people in its scope: the board as JSON first, then kept current by its event stream
 * (a new score shows within a second); names only when the server sends them; one's own number marked; the spread.
 */
@Component({
  selector: 'app-board-page',
  imports: [RouterLink, TranslatePipe, ProblemAlertComponent, BoardTableComponent, BoardChartsComponent, MatButtonModule, MatIconModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-button [routerLink]="['/contests', id()]"><mat-icon>arrow_back</mat-icon>{{ 'contests.board.back' | translate }}</a>
    @if (actions.busy()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="actions.problem()" />
    @if (stream(); as s) {
      @if (s.current(); as b) {
        <h1>{{ b.title }} · {{ 'contests.board.title' | translate }}</h1>
        <p class="live" data-testid="board-live" [class.on]="s.live()">{{ (s.live() ? 'contests.board.live' : 'contests.board.offline') | translate }}
          · {{ 'contests.states.' + b.state | translate }}@if (!b.namesShown) { · {{ 'contests.board.namesHidden' | translate }} }</p>
        <app-board-table [board]="b" />
        <app-board-charts [board]="b" [totalLabel]="'contests.board.total' | translate" />
      }
    }
  `,
  styles: `h1 { font-size: 22px; } .live { color: rgba(0, 0, 0, 0.6); } .live.on { color: #2e7d32; }`,
})
export class BoardPage implements OnInit {
  readonly id = input.required<string>();
  private readonly api = inject(BoardApi);
  private readonly injector = inject(Injector);
  protected readonly actions = new ActionRunner();
  protected readonly stream = signal<BoardStream | null>(null);

  async ngOnInit(): Promise<void> {
    const first = await this.actions.run(() => this.api.board(this.id()));
    if (!first) return;
    this.stream.set(runInInjectionContext(this.injector, () => new BoardStream(this.api.streamUrl(this.id()), first)));
  }
}
