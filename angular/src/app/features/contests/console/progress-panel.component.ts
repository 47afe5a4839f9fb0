import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ActionRunner } from '../action-runner';
import { ContestDto } from '../contests.api';
import { JudgeProgressDto, JudgingApi } from '../judging/judging.api';

/** Each judge's progress on each judged round (organisers): submitted, saved only, recused, still to do. */
@Component({
  selector: 'app-progress-panel',
  imports: [TranslatePipe, ProblemAlertComponent, MatProgressBarModule, MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-button (click)="load()" [disabled]="actions.busy()"><mat-icon>refresh</mat-icon>{{ 'contests.progress.refresh' | translate }}</button>
    <app-problem-alert [problem]="actions.problem()" />
    @for (r of rounds(); track r.id) {
      <h3>{{ r.title }}</h3>
      <table class="progress" [attr.data-round]="r.title" data-testid="judge-progress">
        <thead><tr>
          <th scope="col">{{ 'contests.progress.judge' | translate }}</th><th scope="col">{{ 'contests.progress.submitted' | translate }}</th>
          <th scope="col">{{ 'contests.progress.saved' | translate }}</th><th scope="col">{{ 'contests.progress.recused' | translate }}</th>
          <th scope="col">{{ 'contests.progress.toDo' | translate }}</th><th scope="col"></th>
        </tr></thead>
        <tbody>
          @for (p of byRound()[r.id] ?? []; track p.judgeStaffId) {
            <tr data-testid="judge-progress-row">
              <td>{{ p.judgeName }}</td><td>{{ p.submitted }}</td><td>{{ p.saved }}</td><td>{{ p.recused }}</td><td>{{ p.toDo }}</td>
              <td class="bar"><mat-progress-bar mode="determinate" [value]="percent(p)" [attr.aria-label]="p.judgeName" /></td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    h3 { font-size: 15px; } .progress { border-collapse: collapse; width: 100%; max-width: 760px; }
    th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid rgba(0, 0, 0, 0.12); } .bar { width: 160px; }
  `,
})
export class ProgressPanelComponent implements OnInit {
  readonly contest = input.required<ContestDto>();
  private readonly api = inject(JudgingApi);
  protected readonly actions = new ActionRunner();
  protected readonly byRound = signal<Partial<Record<string, JudgeProgressDto[]>>>({}); // a round shows none until its list came

  protected rounds() {
    return this.contest().rounds.filter((r) => r.kind !== 'Written');
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected async load(): Promise<void> {
    const c = this.contest();
    const lists = await this.actions.run(() => Promise.all(this.rounds().map((r) => this.api.progress(c.id, r.id))));
    if (lists) this.byRound.set(Object.fromEntries(this.rounds().map((r, i) => [r.id, lists[i]])));
  }

  protected percent(p: JudgeProgressDto): number {
    const of = p.submitted + p.saved + p.toDo;
    return of ? Math.round((p.submitted / of) * 100) : 100;
  }
}
