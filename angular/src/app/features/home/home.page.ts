import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink, UrlTree } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map, startWith } from 'rxjs';
import { AuthService } from '../../core/auth.service';
import { Problem, toProblem } from '../../core/problem';
import { Api } from '../../proxy/api';
import { getHome } from '../../proxy/fn/home/get-home';
import { HomeItemDto, HomeItemSeverity } from '../../proxy/models';
import { BarChartComponent, BarSeries } from '../../shared/bar-chart.component';

const SEVERITY_ORDER: Record<HomeItemSeverity, number> = { Urgent: 0, Warning: 1, Info: 2 };
const SEVERITY_ICON: Record<HomeItemSeverity, string> = { Urgent: 'error', Warning: 'warning', Info: 'task_alt' };

/** An item as the page shows it: its texts' keys, the parameters for them, and where its button goes. */
export interface HomeCard {
  item: HomeItemDto;
  key: string;
  params: Record<string, string | number>;
  link: UrlTree;
  icon: string;
  /** For a share (numerator / denominator in args): the percentages to chart. */
  shares?: { label: string; value: number }[];
}

/** To-dos and notices first, most urgent first (server order otherwise); figures apart. */
export function groupHomeItems(items: HomeItemDto[]): { todo: HomeItemDto[]; figures: HomeItemDto[] } {
  const todo = items.filter((i) => i.kind !== 'Figure')
    .map((item, order) => ({ item, order }))
    .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.order - b.order)
    .map((x) => x.item);
  return { todo, figures: items.filter((i) => i.kind === 'Figure') };
}

function percent(numerator: string | undefined, denominator: string | undefined): number | null {
  const n = Number(numerator), d = Number(denominator);
  return Number.isFinite(n) && Number.isFinite(d) && d > 0 ? Math.round((n / d) * 1000) / 10 : null;
}

/**
 * The landing page for everyone: what to do first (each item a button to where it is done) and the figures of one's
 * scope. Every module contributes items on the server (IHomeItemProvider); the page only translates `home.items.<key>`.
 */
@Component({
  selector: 'app-home-page',
  imports: [RouterLink, TranslatePipe, MatCardModule, MatButtonModule, MatIconModule, MatProgressBarModule, BarChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.title' | translate }}</h1>
    @if (name(); as n) { <p class="hello">{{ 'home.hello' | translate: { name: n } }}</p> }
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    @if (problem(); as p) { <p class="problem" role="alert">{{ p.title }}</p> }

    <section aria-labelledby="home-todo" data-testid="home-todo">
      <h2 id="home-todo">{{ 'home.todo' | translate }}</h2>
      @if (loaded() && todo().length === 0) { <p class="empty" data-testid="home-nothing">{{ 'home.nothingToDo' | translate }}</p> }
      <div class="grid">
        @for (c of todo(); track c.item.key) {
          <mat-card appearance="outlined" [class]="'item ' + c.item.severity" data-testid="home-item" [attr.data-key]="c.item.key"
                    [attr.data-severity]="c.item.severity">
            <mat-card-header>
              <mat-icon mat-card-avatar aria-hidden="true">{{ c.icon }}</mat-icon>
              <mat-card-title>{{ c.key + '.title' | translate: c.params }}</mat-card-title>
              <mat-card-subtitle>{{ 'home.severity.' + c.item.severity | translate }}</mat-card-subtitle>
            </mat-card-header>
            <mat-card-content>
              @if (has(c.key + '.text')) { <p>{{ c.key + '.text' | translate: c.params }}</p> }
              @if (c.item.args?.['course']; as course) { <p class="course">{{ 'home.course' | translate: { course } }}</p> }
            </mat-card-content>
            <mat-card-actions>
              <a [class.urgent]="c.item.severity === 'Urgent'" mat-flat-button [routerLink]="c.link" data-testid="home-item-link">
                {{ (has(c.key + '.action') ? c.key + '.action' : 'home.open') | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon>
              </a>
            </mat-card-actions>
          </mat-card>
        }
      </div>
    </section>

    @if (figures().length > 0) {
      <section aria-labelledby="home-figures" data-testid="home-figures">
        <h2 id="home-figures">{{ 'home.figures' | translate }}</h2>
        <div class="grid">
          @for (c of figures(); track c.item.key) {
            <mat-card appearance="outlined" class="figure" data-testid="home-figure" [attr.data-key]="c.item.key">
              <mat-card-header><mat-card-title>{{ c.key + '.title' | translate: c.params }}</mat-card-title></mat-card-header>
              <mat-card-content>
                @if (c.shares?.[0]; as first) { <p class="big" data-testid="home-figure-value">{{ first.value }}%</p> }
                @else if (c.item.count !== null) { <p class="big" data-testid="home-figure-value">{{ c.item.count }}</p> }
                @if (has(c.key + '.text')) { <p>{{ c.key + '.text' | translate: c.params }}</p> }
                @if (has(c.key + '.windows') && c.params['windowDenominator']) { <p>{{ c.key + '.windows' | translate: c.params }}</p> }
                @if (c.shares && c.shares.length > 1) {
                  <app-bar-chart class="chart" [categories]="shareLabels(c)" [series]="shareSeries(c)" unit="%" [max]="100"
                                 [label]="c.key + '.title' | translate" />
                }
              </mat-card-content>
              <mat-card-actions>
                <a mat-button [routerLink]="c.link" data-testid="home-item-link">
                  {{ (has(c.key + '.action') ? c.key + '.action' : 'home.open') | translate }}<mat-icon iconPositionEnd>chevron_right</mat-icon>
                </a>
              </mat-card-actions>
            </mat-card>
          }
        </div>
      </section>
    }
  `,
  styles: `
    h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin: 24px 0 12px; } .hello { color: #444; margin: 0 0 8px; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
    .empty { color: #444; } .problem { color: #8c1d18; }
    .item { border-left: 4px solid #1565c0; } .item.Warning { border-left-color: #b26a00; } .item.Urgent { border-left-color: #b3261e; background: #fff8f7; }
    .item mat-icon[mat-card-avatar] { font-size: 32px; width: 40px; height: 40px; color: #1565c0; }
    .item.Warning mat-icon[mat-card-avatar] { color: #b26a00; } .item.Urgent mat-icon[mat-card-avatar] { color: #b3261e; }
    mat-card-content p { margin: 8px 0 0; line-height: 1.6; } .course { font-weight: 500; }
    mat-card-actions { padding: 8px 16px 16px; } a.urgent { background: #b3261e; color: #fff; }
    .big { font-size: 34px; font-weight: 500; margin: 4px 0 0; color: #1b5e20; }
    .chart { height: 220px; margin-top: 8px; }
    @media (max-width: 599px) { .grid { grid-template-columns: 1fr; } }
  `,
})
export class HomePage implements OnInit {
  private readonly api = inject(Api);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly items = signal<HomeItemDto[]>([]);
  private readonly lang = toSignal(this.translate.onLangChange.pipe(map((e) => e.lang), startWith(this.translate.getCurrentLang())));
  private readonly auth = inject(AuthService);
  protected readonly name = computed(() => this.auth.user()?.displayName ?? null);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly todo = computed(() => groupHomeItems(this.items()).todo.map((i) => this.card(i)));
  protected readonly figures = computed(() => groupHomeItems(this.items()).figures.map((i) => this.card(i)));

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.items.set((await this.api.invoke(getHome)).items);
      this.loaded.set(true);
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.loading.set(false);
    }
  }

  /** Whether a text exists in the current language (an item's explanation and action are optional). */
  protected has(key: string): boolean {
    this.lang();
    const text = this.translate.instant(key);
    return typeof text === 'string' && text !== key && text !== '';
  }

  protected shareLabels(c: HomeCard): string[] {
    this.lang();
    return (c.shares ?? []).map((s) => this.translate.instant(`${c.key}.${s.label}`));
  }

  protected shareSeries(c: HomeCard): BarSeries[] {
    this.lang();
    return [{ name: this.translate.instant(`${c.key}.series`), values: (c.shares ?? []).map((s) => s.value) }];
  }

  private card(item: HomeItemDto): HomeCard {
    const args = item.args ?? {};
    const key = `home.items.${item.key}`;
    const shares = [
      { label: 'everyone', value: percent(args['numerator'], args['denominator']) },
      { label: 'atWindows', value: percent(args['windowNumerator'], args['windowDenominator']) },
    ].filter((s): s is { label: string; value: number } => s.value !== null);
    return {
      item, key: this.known(key) ? key : 'home.unknown', params: { ...args, count: item.count ?? 0 },
      link: this.router.parseUrl(item.link), icon: SEVERITY_ICON[item.severity], shares: shares.length ? shares : undefined,
    };
  }

  private known(key: string): boolean {
    const title = this.translate.instant(`${key}.title`);
    return typeof title === 'string' && title !== `${key}.title`;
  }
}
