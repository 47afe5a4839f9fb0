import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { CaseState, RatingLevel } from '../cases.api';

/** A case's step as a label (ratings.caseStates). */
@Component({
  selector: 'app-case-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + state()" data-testid="case-state">{{ 'ratings.caseStates.' + state() | translate }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font-size: 13px; white-space: nowrap; background: #fff4e5; color: #7a4100; }
    .Closed { background: #e8f5e9; color: #1b5e20; }
  `,
})
export class CaseStateChipComponent {
  readonly state = input.required<CaseState>();
}

/** A rating's level as a label; the two bad levels in red (ratings.levels). */
@Component({
  selector: 'app-level-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'chip ' + level()" data-testid="rating-level">{{ 'ratings.levels.' + level() | translate }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 2px 10px; border-radius: 12px; font-size: 13px; white-space: nowrap; background: #e8f5e9; color: #1b5e20; }
    .Dissatisfied, .VeryDissatisfied { background: #fdecea; color: #8c1d18; }
  `,
})
export class LevelChipComponent {
  readonly level = input.required<RatingLevel>();
}
