import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import type { LedgerState, Mark } from '../ledger.api';
import type { LedgerDueView } from '../ledger-rules';

const DUE_ICONS = { Open: 'schedule', DueToday: 'alarm', Overdue: 'error', Done: 'event_available' } as const;

/** A ledger item's deadline: working days left; amber on the day, red and 拖而不改 past it (the word too, not the colour alone). */
@Component({
  selector: 'app-ledger-due-chip',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = due();
    <span [class]="'chip ' + d.status" [attr.data-status]="d.status" data-testid="ledger-due">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      @switch (d.status) {
        @case ('Done') { {{ 'supervision.ledger.due.done' | translate: { date: d.date } }} }
        @case ('Overdue') {
          {{ (d.daysLeft === null ? 'supervision.ledger.due.overdueOn' : 'supervision.ledger.due.overdue') | translate: { date: d.date, days: -(d.daysLeft ?? 0) } }}
        }
        @case ('DueToday') { {{ 'supervision.ledger.due.today' | translate: { date: d.date } }} }
        @default { {{ (d.daysLeft === null ? 'supervision.ledger.due.by' : 'supervision.ledger.due.left') | translate: { date: d.date, days: d.daysLeft } }} }
      }
    </span>
  `,
  styles: `
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 12px; font-size: 13px; white-space: nowrap; }
    mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .Open { background: #e3f2fd; color: #0d47a1; } .DueToday { background: #fff4e5; color: #7a4100; } .Overdue { background: #fdecea; color: #8c1d18; font-weight: 500; }
    .Done { background: #eceff1; color: #37474f; }
  `,
})
export class LedgerDueChipComponent {
  readonly due = input.required<LedgerDueView>();
  protected readonly icon = computed(() => DUE_ICONS[this.due().status]);
}

/** A ledger item's state (待整改, 整改中, 待验收, 已验收, 已退回). */
@Component({
  selector: 'app-ledger-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + state()" [attr.data-state]="state()" data-testid="ledger-state">{{ 'supervision.ledgerStates.' + state() | translate }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font-size: 13px; white-space: nowrap; }
    .Open { background: #e3f2fd; color: #0d47a1; } .InProgress { background: #ede7f6; color: #4527a0; } .Rectified { background: #fff4e5; color: #7a4100; }
    .Accepted { background: #e8f5e9; color: #1b5e20; } .SentBack { background: #fdecea; color: #8c1d18; }
  `,
})
export class LedgerStateChipComponent {
  readonly state = input.required<LedgerState>();
}

/** The mark of a send-back: 虚假整改 or 敷衍整改, as a badge with an icon (not the colour alone). */
@Component({
  selector: 'app-ledger-mark-badge',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [attr.data-mark]="mark()" data-testid="ledger-mark"><mat-icon aria-hidden="true">flag</mat-icon>{{ 'supervision.marks.' + mark() | translate }}</span>`,
  styles: `
    .badge { display: inline-flex; align-items: center; gap: 2px; padding: 1px 8px 1px 4px; border-radius: 4px; font-size: 12px; font-weight: 500;
      background: #8c1d18; color: #fff; white-space: nowrap; }
    mat-icon { font-size: 14px; width: 14px; height: 14px; }
  `,
})
export class LedgerMarkBadgeComponent {
  readonly mark = input.required<Mark>();
}
