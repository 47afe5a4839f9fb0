import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { DueView } from '../case-rules';

const ICONS = { Done: 'check_circle', Open: 'schedule', DueToday: 'alarm', Overdue: 'error', NotNeeded: 'remove' } as const;

/** One deadline (call back, rectify): its date and working days left; amber when due today, red when overdue, with the word too. */
@Component({
  selector: 'app-due-chip',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = due();
    <span [class]="'chip ' + d.status" [attr.data-status]="d.status" data-testid="due-chip">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      @switch (d.status) {
        @case ('NotNeeded') { {{ 'ratings.cases.due.notNeeded' | translate }} }
        @case ('Done') { {{ 'ratings.cases.due.done' | translate: { date: d.date } }} }
        @case ('Overdue') {
          {{ (d.daysLeft === null ? 'ratings.cases.due.overdueOn' : 'ratings.cases.due.overdue') | translate: { date: d.date, days: -(d.daysLeft ?? 0) } }}
        }
        @case ('DueToday') { {{ 'ratings.cases.due.today' | translate: { date: d.date } }} }
        @default { {{ (d.daysLeft === null ? 'ratings.cases.due.by' : 'ratings.cases.due.left') | translate: { date: d.date, days: d.daysLeft } }} }
      }
    </span>
  `,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 12px; font-size: 13px; white-space: nowrap; }
    mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .Open { background: #e3f2fd; color: #0d47a1; } .DueToday { background: #fff4e5; color: #7a4100; } .Overdue { background: #fdecea; color: #8c1d18; }
    .Done { background: #e8f5e9; color: #1b5e20; } .NotNeeded { background: #eceff1; color: #37474f; }
  `,
})
export class DueChipComponent {
  readonly due = input.required<DueView>();
  protected readonly icon = computed(() => ICONS[this.due().status]);
}
