import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listBulletinKinds } from '../../../proxy/fn/bulletins/list-bulletin-kinds';
import { BulletinKindDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ScheduleCardComponent } from '../components/schedule-card.component';

/** 通报生成计划: per kind its cron (Asia/Shanghai) and switch, with the next runs; closed-period kinds are drafted at the close. */
@Component({
  selector: 'app-bulletin-schedules-page',
  imports: [TranslatePipe, ProblemAlertComponent, ScheduleCardComponent, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'bulletins.schedules.title' | translate }}</h1>
    <p class="intro">{{ 'bulletins.schedules.intro' | translate }}</p>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="problem()" />
    <div class="cards">
      @for (k of kinds(); track k.code) { <app-bulletin-schedule-card [kind]="k" (changed)="replace($event)" /> }
    </div>
  `,
  styles: `h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, .7); max-width: 880px; } .cards { display: grid; gap: 16px; max-width: 880px; }`,
})
export class BulletinSchedulesPage {
  private readonly api = inject(Api);
  protected readonly kinds = signal<BulletinKindDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    this.api.invoke(listBulletinKinds).then(
      (k) => this.kinds.set(k),
      (e) => this.problem.set(toProblem(e)),
    ).finally(() => this.loading.set(false));
  }

  protected replace(updated: BulletinKindDto): void {
    this.kinds.update((all) => all.map((k) => (k.code === updated.code ? updated : k)));
  }
}
