import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { Problem, fieldMessages } from '../core/problem';

/** Shows a server problem: its localized title, field messages and, for imports, the bad rows. */
@Component({
  selector: 'app-problem-alert',
  imports: [MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      <div class="problem" role="alert" data-testid="problem">
        <mat-icon aria-hidden="true">error_outline</mat-icon>
        <div>
          <div class="title">{{ p.title || (p.status === 0 ? 'errors.network' : 'errors.generic') | translate }}</div>
          @for (m of messages(); track $index) { <div class="field">{{ m }}</div> }
          @if (p.rows?.length) {
            <table class="rows" data-testid="problem-rows">
              <caption>{{ 'import.errorRows' | translate: { count: p.rows!.length } }}</caption>
              <thead><tr><th scope="col">{{ 'import.sheet' | translate }}</th><th scope="col">{{ 'import.row' | translate }}</th><th scope="col">{{ 'import.column' | translate }}</th><th scope="col">{{ 'import.message' | translate }}</th></tr></thead>
              <tbody>
                @for (r of p.rows; track $index) {
                  <tr><td>{{ r.sheet }}</td><td>{{ r.row }}</td><td>{{ r.column }}</td><td>{{ r.message }}</td></tr>
                }
              </tbody>
            </table>
          }
        </div>
      </div>
    }
  `,
  styles: `
    .problem { display: flex; gap: 8px; padding: 12px; margin: 8px 0; border-radius: 4px; background: #fdecea; color: #611a15; }
    .title { font-weight: 500; }
    .field { font-size: 13px; }
    .rows { border-collapse: collapse; margin-top: 8px; font-size: 13px; }
    .rows caption { text-align: left; }
    .rows th, .rows td { border: 1px solid #e0b4b4; padding: 2px 8px; text-align: left; }
  `,
})
export class ProblemAlertComponent {
  readonly problem = input<Problem | null>(null);
  protected readonly messages = computed(() => { const p = this.problem(); return p ? fieldMessages(p) : []; });
}
