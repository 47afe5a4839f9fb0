import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../../core/i18n/language.service';
import { Problem, toProblem } from '../../../core/problem';
import { BarChartComponent } from '../../../shared/bar-chart.component';
import { beijingToday } from '../../../shared/beijing-time';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { addMonths, monthDays, percent } from '../dashboard/rating-filters';
import { DisclosureCountsDto, DisclosureDto, PublicHallDto, PublicRatingsApi } from './public-api';

/**
 * 好差评公示: a hall's month for anyone — counts and satisfaction per unit and window (with a chart), and every bad rating
 * with its reply and the case's step. No person is named. Hall and month sit in the URL so a link shows the same month.
 */
@Component({
  selector: 'app-disclosure-page',
  imports: [TranslatePipe, ProblemAlertComponent, BarChartComponent, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main class="page">
      <h1>{{ 'ratings.public.disclosure.title' | translate }}</h1>
      <div class="filters" role="search">
        <mat-form-field>
          <mat-label>{{ 'ratings.public.disclosure.hall' | translate }}</mat-label>
          <mat-select [value]="hallId()" (selectionChange)="go({ hall: $event.value })" data-testid="disclosure-hall">
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'ratings.public.disclosure.month' | translate }}</mat-label>
          <input matInput type="month" [value]="month()" [max]="thisMonth" (change)="pickMonth($any($event.target).value)" data-testid="disclosure-month" />
        </mat-form-field>
      </div>
      @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
      <app-problem-alert [problem]="problem()" />

      @if (data(); as d) {
        <section class="totals" data-testid="disclosure-totals">
          <div><span class="label">{{ 'ratings.public.disclosure.ratings' | translate }}</span><span class="value">{{ d.hall.total }}</span></div>
          <div><span class="label">{{ 'ratings.public.disclosure.satisfaction' | translate }}</span><span class="value">{{ percent(d.hall.satisfactionRate) }}</span></div>
          <div><span class="label">{{ 'ratings.public.disclosure.bad' | translate }}</span><span class="value">{{ d.hall.bad }}</span></div>
        </section>

        @if (d.units.length) {
          <app-bar-chart class="chart" [categories]="unitNames()" [series]="unitSeries()" unit="%" [max]="100" [label]="'ratings.public.disclosure.chart' | translate" />
        }
        @for (t of tables(d); track t.key) {
          <h2>{{ 'ratings.public.disclosure.' + t.key | translate }}</h2>
          <div class="table-wrap">
            <table class="data" [attr.data-testid]="'disclosure-' + t.key">
              <thead><tr>
                <th scope="col">{{ 'ratings.public.disclosure.' + t.key + 'Name' | translate }}</th><th scope="col" class="num">{{ 'ratings.public.disclosure.ratings' | translate }}</th>
                <th scope="col" class="num">{{ 'ratings.public.disclosure.good' | translate }}</th><th scope="col" class="num">{{ 'ratings.levels.Basic' | translate }}</th>
                <th scope="col" class="num">{{ 'ratings.public.disclosure.bad' | translate }}</th><th scope="col" class="num">{{ 'ratings.public.disclosure.satisfaction' | translate }}</th>
              </tr></thead>
              <tbody>
                @for (r of t.rows; track $index) {
                  <tr><th scope="row">{{ r.name }}</th><td class="num">{{ r.total }}</td><td class="num">{{ r.good }}</td><td class="num">{{ r.basic }}</td>
                    <td class="num">{{ r.bad }}</td><td class="num">{{ percent(r.satisfactionRate) }}</td></tr>
                } @empty { <tr><td colspan="6" class="empty">{{ 'common.empty' | translate }}</td></tr> }
              </tbody>
            </table>
          </div>
        }

        <h2>{{ 'ratings.public.disclosure.badRatings' | translate }}</h2>
        <ul class="bad-list" data-testid="disclosure-bad">
          @for (b of d.badRatings; track $index) {
            <li>
              <div class="line"><span class="chip">{{ 'ratings.levels.' + b.level | translate }}</span> {{ b.date }} · {{ b.unitName }} · {{ b.windowName }}（{{ b.windowCode }}）
                @if (b.excluded) { <span class="state excluded">{{ 'ratings.excluded' | translate }}</span> }
                @else if (b.caseState) { <span class="state">{{ 'ratings.caseStates.' + b.caseState | translate }}</span> }</div>
              @if (b.comment) { <div class="comment">{{ b.comment }}</div> }
              <div class="reply"><span class="label">{{ 'ratings.public.disclosure.reply' | translate }}</span>{{ b.reply || ('ratings.public.disclosure.noReply' | translate) }}</div>
            </li>
          } @empty { <li class="empty">{{ 'ratings.public.disclosure.noBad' | translate }}</li> }
        </ul>
      }
    </main>
  `,
  styles: `
    .page { max-width: 960px; margin: 0 auto; padding: 12px 16px 32px; box-sizing: border-box; } h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 24px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 240px; }
    .totals { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: 8px 0 16px; }
    .totals div { display: flex; flex-direction: column; padding: 12px; border: 1px solid #dde3ea; border-radius: 8px; background: #fafbfd; }
    .label { font-size: 13px; color: #555; } .value { font-size: 24px; font-weight: 500; }
    .chart { height: 280px; } .table-wrap { overflow-x: auto; } table.data { border-collapse: collapse; width: 100%; margin-top: 8px; }
    table.data th, table.data td { border-bottom: 1px solid #e0e0e0; padding: 6px 8px; text-align: left; font-size: 14px; }
    tr.window th { padding-left: 24px; font-weight: normal; } .num { text-align: right !important; } .empty { padding: 16px; text-align: center; color: #555; }
    .bad-list { list-style: none; padding: 0; } .bad-list li { border: 1px solid #e0e0e0; border-radius: 8px; padding: 10px 12px; margin-bottom: 8px; }
    .chip { display: inline-block; padding: 1px 8px; border-radius: 12px; font-size: 12px; background: #fdecea; color: #b3261e; }
    .state { float: right; font-size: 13px; color: #1b5e20; } .state.excluded { color: #37474f; } .comment { font-size: 13px; color: #444; margin-top: 4px; }
    .reply { margin-top: 6px; font-size: 14px; } .reply .label { margin-right: 6px; }
    @media (max-width: 599px) { .filters mat-form-field { width: 100%; } .state { float: none; display: block; } }
  `,
})
export class DisclosurePage implements OnInit {
  private readonly api = inject(PublicRatingsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translate = inject(TranslateService);
  private readonly lang = inject(LanguageService).current;
  protected readonly percent = percent;
  /** The disclosure is of a month that has ended or is under way; last month by default (a full month). */
  protected readonly thisMonth = beijingToday().slice(0, 7);
  protected readonly halls = signal<PublicHallDto[]>([]);
  protected readonly data = signal<DisclosureDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private readonly query = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly hallId = computed(() => this.query().get('hall') ?? this.halls()[0]?.id ?? '');
  protected readonly month = computed(() => {
    const m = this.query().get('month') ?? '';
    return monthDays(m) && m <= this.thisMonth ? m : addMonths(this.thisMonth, -1);
  });
  protected readonly unitNames = computed(() => this.data()?.units.map((u) => u.name) ?? []);
  protected readonly unitSeries = computed(() => {
    this.lang();
    return [{ name: this.translate.instant('ratings.public.disclosure.satisfaction'), values: this.data()?.units.map((u) => Math.round((u.satisfactionRate ?? 0) * 1000) / 10) ?? [] }];
  });

  constructor() {
    effect(() => { const hall = this.hallId(); if (hall) void this.load(hall, this.month()); });
  }

  async ngOnInit(): Promise<void> {
    try {
      this.halls.set(await this.api.halls());
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  protected tables(d: DisclosureDto): { key: 'units' | 'windows'; rows: DisclosureCountsDto[] }[] {
    return [{ key: 'units', rows: d.units }, { key: 'windows', rows: d.windows }];
  }

  protected go(change: Record<string, string>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }

  protected pickMonth(value: string): void {
    if (monthDays(value) && value <= this.thisMonth) this.go({ month: value });
  }

  private async load(hallId: string, month: string): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const [year, m] = month.split('-').map(Number);
      this.data.set(await this.api.disclosure(hallId, year, m));
    } catch (e) {
      this.data.set(null);
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }
}
