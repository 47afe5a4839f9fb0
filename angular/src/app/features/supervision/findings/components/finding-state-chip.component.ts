import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FindingState } from '../findings.api';

/** A finding's state as a coloured chip: counting (recorded, upheld), waiting (disputed), never counting (withdrawn). */
@Component({
  selector: 'app-finding-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [class]="'chip ' + state()" data-testid="finding-state">{{ 'supervision.findingStates.' + state() | translate }}</span>`,
  styles: `
    .chip { display: inline-block; padding: 1px 8px; border-radius: 12px; font-size: 12px; white-space: nowrap; }
    .Recorded { background: #e3f2fd; color: #0d47a1; }
    .Disputed { background: #fff8e1; color: #7a4f01; }
    .Upheld { background: #ffebee; color: #b71c1c; }
    .Withdrawn { background: #eceff1; color: #455a64; text-decoration: line-through; }
  `,
})
export class FindingStateChipComponent {
  readonly state = input.required<FindingState>();
}
