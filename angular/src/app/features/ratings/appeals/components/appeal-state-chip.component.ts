import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AppealState } from '../appeals.api';

/** An appeal's state as a label: pending amber, approved (the rating excluded) green, rejected grey. */
@Component({
  selector: 'app-appeal-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + state()" data-testid="appeal-state">{{ 'ratings.appeals.states.' + state() | translate }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font-size: 13px; white-space: nowrap; }
    .Pending { background: #fff4e5; color: #7a4100; } .Approved { background: #e8f5e9; color: #1b5e20; } .Rejected { background: #eceff1; color: #37474f; }
  `,
})
export class AppealStateChipComponent {
  readonly state = input.required<AppealState>();
}
