import { ChangeDetectionStrategy, Component, Injector, OnInit, inject, input, runInInjectionContext, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { BoardChartsComponent } from './board-charts.component';
import { BoardTableComponent } from './board-table.component';
import { BoardApi } from './board.api';
import { BoardStream } from './board-stream';

/**
 * The hall screen's leaderboard (大屏): opened by the display link, no sign-in; large type, draw numbers, the rule per
 * entrant, kept current by the stream. The link's token is the only key; a new link replaces it.
 */
@Component({
  selector: 'app-board-display-page',
  imports: [TranslatePipe, ProblemAlertComponent, BoardTableComponent, BoardChartsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="screen" data-testid="board-display">
      <app-problem-alert [problem]="actions.problem()" />
      @if (stream(); as s) {
        @if (s.current(); as b) {
          <h1>{{ b.title }}</h1>
          <p class="sub">{{ 'contests.board.title' | translate }} · {{ 'contests.states.' + b.state | translate }} · {{ (s.live() ? 'contests.board.live' : 'contests.board.offline') | translate }}</p>
          <app-board-table [board]="b" [big]="true" />
          <app-board-charts [board]="b" [totalLabel]="'contests.board.total' | translate" />
        }
      }
    </main>
  `,
  styles: `.screen { padding: 24px 32px; } h1 { font-size: 40px; margin: 0; } .sub { font-size: 20px; color: rgba(0, 0, 0, 0.6); }`,
})
export class BoardDisplayPage implements OnInit {
  readonly token = input.required<string>();
  private readonly api = inject(BoardApi);
  private readonly injector = inject(Injector);
  protected readonly actions = new ActionRunner();
  protected readonly stream = signal<BoardStream | null>(null);

  async ngOnInit(): Promise<void> {
    const first = await this.actions.run(() => this.api.displayBoard(this.token()));
    if (!first) return;
    this.stream.set(runInInjectionContext(this.injector, () => new BoardStream(this.api.displayStreamUrl(this.token()), first)));
  }
}
