import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { beijingToday } from '../../../../shared/beijing-time';
import { daysPast, dueStatus } from '../../unresolved-rules';

/** A deadline's state in words and colour (overdue in red with the word 已逾期, so it reads without colour too). */
@Component({
  selector: 'app-due-chip',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="due" [class]="status()" [attr.data-status]="status()" data-testid="due">
      @switch (status()) {
        @case ('overdue') { <mat-icon aria-hidden="true">error</mat-icon>{{ 'unresolved.due.overdueDays' | translate: { n: days(), date: dueOn() } }} }
        @case ('today') { <mat-icon aria-hidden="true">schedule</mat-icon>{{ 'unresolved.due.today' | translate }} }
        @case ('open') { {{ 'unresolved.due.notYet' | translate }} }
        @case ('met') { <mat-icon aria-hidden="true">check_circle</mat-icon>{{ 'unresolved.due.met' | translate }} }
        @case ('late') { <mat-icon aria-hidden="true">warning</mat-icon>{{ 'unresolved.due.late' | translate }} }
      }
    </span>
  `,
  styles: `
    .due { display: inline-flex; align-items: center; gap: 2px; font-size: 13px; }
    .due mat-icon { font-size: 16px; width: 16px; height: 16px; }
    .overdue, .late { color: #b71c1c; font-weight: 500; } .today { color: #8a5300; } .met { color: #1b5e20; }
  `,
})
export class DueChipComponent {
  readonly dueOn = input.required<string>();
  readonly metAt = input<string | null | undefined>(null);
  protected readonly status = computed(() => dueStatus({ dueOn: this.dueOn(), metAt: this.metAt() }, beijingToday()));
  protected readonly days = computed(() => daysPast(this.dueOn(), beijingToday()));
}
