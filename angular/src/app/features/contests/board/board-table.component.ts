import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { BoardDto, BoardRowDto } from './board.api';
import { formatScore } from './board-rules';

/**
 * The leaderboard's table: rank, draw number (names only when the server sends them), each round's normalised score
 * with the rule it came from (trimmed or plain mean, or the exam), the total; one's own entry marked. Large on `big`.
 */
@Component({
  selector: 'app-board-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (board(); as b) {
      <div class="table-wrap">
        <table [class.big]="big()" data-testid="board-table">
          <thead>
            <tr>
              <th scope="col">{{ 'contests.board.rank' | translate }}</th>
              <th scope="col">{{ 'contests.board.number' | translate }}</th>
              @if (names()) { <th scope="col">{{ 'contests.board.names' | translate }}</th> }
              @for (r of b.rounds; track r.roundId) { <th scope="col">{{ r.title }}<div class="sub">{{ 'contests.board.weight' | translate: { n: r.weight } }}</div></th> }
              <th scope="col">{{ 'contests.board.total' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of b.rows; track row.entryId) {
              <tr [class.mine]="row.isMine" data-testid="board-row" [attr.data-draw]="row.drawNumber">
                <td data-testid="board-rank">{{ row.rank ?? '—' }}</td>
                <td data-testid="board-number">{{ row.drawNumber }}@if (row.isMine) { <span class="me">{{ 'contests.board.mine' | translate }}</span> }</td>
                @if (names()) { <td data-testid="board-names">{{ row.names?.join('、') }}</td> }
                @for (r of b.rounds; track r.roundId) {
                  <td [attr.data-testid]="'board-round-' + r.order">{{ score(row, r.roundId) }}
                    @if (rule(row, r.roundId); as rule) { <div class="rule" data-testid="board-rule">{{ 'contests.rules.' + rule | translate }}@if (judges(row, r.roundId); as n) { · {{ 'contests.board.judges' | translate: { n } }} }</div> }
                  </td>
                }
                <td class="total" data-testid="board-total">{{ total(row) }}</td>
              </tr>
            } @empty {
              <tr><td class="empty" [attr.colspan]="columns()">{{ 'contests.board.none' | translate }}</td></tr>
            }
          </tbody>
        </table>
      </div>
      <p class="tie" data-testid="board-tie-rule">{{ 'contests.board.tieRule' | translate }}：{{ b.tieRule }}</p>
    }
  `,
  styles: `
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { padding: 6px 10px; border-bottom: 1px solid rgba(0, 0, 0, 0.12); text-align: left; vertical-align: top; }
    .big th, .big td { font-size: 28px; padding: 12px 16px; } .big .rule, .big .sub { font-size: 16px; }
    .sub, .rule { font-size: 12px; color: rgba(0, 0, 0, 0.6); font-weight: normal; }
    .total { font-weight: 600; }
    .mine { background: #fff8e1; } .me { margin-left: 6px; font-size: 12px; color: #e65100; }
    .tie { font-size: 13px; color: rgba(0, 0, 0, 0.65); }
    .empty { text-align: center; padding: 16px; }
  `,
})
export class BoardTableComponent {
  readonly board = input.required<BoardDto | null>();
  readonly big = input(false);
  /** Names when the server sends them: published, shown by the contest's setting, or to its organisers. */
  protected readonly names = computed(() => !!this.board()?.namesShown || !!this.board()?.rows.some((r) => r.names?.length));
  protected readonly columns = computed(() => 3 + (this.board()?.rounds.length ?? 0) + (this.names() ? 1 : 0));

  protected score(row: BoardRowDto, roundId: string): string {
    return formatScore(row.rounds.find((s) => s.roundId === roundId)?.score);
  }

  protected rule(row: BoardRowDto, roundId: string): string | null {
    return row.rounds.find((s) => s.roundId === roundId)?.rule ?? null;
  }

  protected judges(row: BoardRowDto, roundId: string): number {
    const s = row.rounds.find((x) => x.roundId === roundId);
    return s && s.rule !== 'Exam' ? s.judges : 0;
  }

  protected total(row: BoardRowDto): string {
    return formatScore(row.total);
  }
}
