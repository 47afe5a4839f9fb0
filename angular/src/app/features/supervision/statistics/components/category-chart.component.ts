import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../../core/i18n/language.service';
import { BarChartComponent, BarSeries } from '../../../../shared/bar-chart.component';
import type { Chart } from '../statistics-rules';

/** One chart of the statistics, stacked by category, with the same numbers as a table under it (readable without the picture). */
@Component({
  selector: 'app-category-chart',
  imports: [MatCardModule, TranslatePipe, BarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = chart();
    <mat-card appearance="outlined">
      <mat-card-header><mat-card-title><h2>{{ heading() | translate }}</h2></mat-card-title></mat-card-header>
      <mat-card-content>
        @if (c.rows.length && c.series.length) {
          <app-bar-chart class="chart" [categories]="c.categories" [series]="series()" [stacked]="true" [label]="heading() | translate" />
          <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="heading() | translate">
            <table class="data" [attr.data-testid]="testId() + '-table'">
              <thead><tr>
                <th scope="col">{{ rowHeader() | translate }}</th>
                @for (s of c.series; track s.key) { <th scope="col" class="num">{{ 'supervision.categories.' + s.key | translate }}</th> }
                <th scope="col" class="num">{{ 'supervision.statistics.total' | translate }}</th>
              </tr></thead>
              <tbody>
                @for (r of c.rows; track $index) {
                  <tr><th scope="row">{{ r.label }}</th>@for (n of r.cells; track $index) { <td class="num">{{ n }}</td> }<td class="num total">{{ r.total }}</td></tr>
                }
              </tbody>
            </table>
          </div>
        } @else { <p class="empty">{{ 'supervision.statistics.empty' | translate }}</p> }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 { font-size: 16px; margin: 0; }
    .chart { height: 300px; }
    .table-wrap { overflow-x: auto; margin-top: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid rgba(0, 0, 0, 0.08); text-align: left; white-space: nowrap; }
    .num { text-align: right; }
    .total { font-weight: 500; }
    .empty { color: rgba(0, 0, 0, 0.6); }
  `,
})
export class CategoryChartComponent {
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  /** The chart's heading (a text key); not "title", which would also be the host's tooltip attribute. */
  readonly heading = input.required<string>();
  readonly chart = input.required<Chart>();
  /** The table's first column: month or unit. */
  readonly rowHeader = input.required<string>();
  readonly testId = input.required<string>();
  /** The legend in the UI language (read again when it is switched). */
  protected readonly series = computed((): BarSeries[] => {
    this.language.current();
    return this.chart().series.map((s) => ({ name: this.translate.instant(`supervision.categories.${s.key}`) as string, values: s.values }));
  });
}
