import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { beijingToday } from '../../../../shared/beijing-time';
import { ImportPanelComponent } from '../../../../shared/import-panel.component';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { Api } from '../../../../proxy/api';
import { getRatingSurveyImportTemplate } from '../../../../proxy/fn/rating-surveys/get-rating-survey-import-template';
import { importRatingSurveys } from '../../../../proxy/fn/rating-surveys/import-rating-surveys';
import { listRatingSurveys } from '../../../../proxy/fn/rating-surveys/list-rating-surveys';
import { CatalogueImportResultDto, SurveyDto } from '../../../../proxy/models';
import { PERIODS, importUrl, periodOf } from '../catalogue-api';

const DEFAULTS = { sort: 'score desc', size: 20 };

/**
 * 第三方满意度调查: the bimonthly survey results per window unit for one period (year and period in the URL): overall score,
 * sample size, the score of every aspect and the suggestions collected; a hall's period imported from .xlsx.
 */
@Component({
  selector: 'app-surveys-page',
  imports: [TranslatePipe, ProblemAlertComponent, ImportPanelComponent, MatCardModule, MatFormFieldModule, MatInputModule, MatPaginatorModule, MatProgressBarModule,
    MatSelectModule],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'ratings.catalogue.surveys.title' | translate }}</h1>
    <div class="filters">
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.year' | translate }}</mat-label>
        <input matInput type="number" [value]="year()" min="2000" max="2100" (change)="table.go({ year: $any($event.target).value, page: 0 })" data-testid="surveys-year" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.surveys.period' | translate }}</mat-label>
        <mat-select [value]="period()" (selectionChange)="table.go({ period: $event.value, page: 0 })" data-testid="surveys-period">
          @for (p of periods; track p) { <mat-option [value]="p">{{ 'ratings.catalogue.surveys.periods.p' + p | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="surveys" data-testid="surveys-list">
      @for (s of table.page()?.items ?? []; track s.id) {
        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-card-title>{{ s.unitName }}</mat-card-title>
            <mat-card-subtitle>{{ 'ratings.catalogue.surveys.summary' | translate: { score: s.score, n: s.sampleSize } }}@if (s.provider) { · {{ s.provider }} }</mat-card-subtitle>
          </mat-card-header>
          <mat-card-content>
            @if (s.aspects.length) {
              <table class="aspects"><caption>{{ 'ratings.catalogue.surveys.aspects' | translate }}</caption>
                <tbody>@for (a of s.aspects; track a.aspect) { <tr><th scope="row">{{ a.aspect }}</th><td>{{ a.score }}</td></tr> }</tbody></table>
            }
            @if (s.suggestions) {
              <details><summary>{{ 'ratings.catalogue.surveys.suggestions' | translate }}</summary><p class="suggestions">{{ s.suggestions }}</p></details>
            }
          </mat-card-content>
        </mat-card>
      } @empty { @if (!table.loading()) { <p class="empty">{{ 'common.empty' | translate }}</p> } }
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />

    @if (canManage) {
      <h2>{{ 'ratings.catalogue.surveys.import' | translate }}</h2>
      <p class="hint">{{ 'ratings.catalogue.surveys.importIntro' | translate }}</p>
      <mat-form-field>
        <mat-label>{{ 'ratings.catalogue.importHall' | translate }}</mat-label>
        <mat-select [value]="importHall()" (selectionChange)="importHall.set($event.value)" data-testid="surveys-import-hall">
          @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (importHall()) {
        <app-import-panel [templateUrl]="templateUrl" [uploadUrl]="uploadUrl()" (picked)="result.set(null)" (imported)="imported($event)" />
      }
      @if (result(); as r) {
        <mat-card appearance="outlined" data-testid="import-result"><mat-card-content><p role="status">{{ 'ratings.catalogue.imported' | translate: r }}</p></mat-card-content></mat-card>
      }
    }
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 24px; } .hint { color: #555; } .filters { display: flex; flex-wrap: wrap; gap: 8px; }
    .surveys { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
    .aspects { border-collapse: collapse; margin: 8px 0; } .aspects caption { text-align: left; font-size: 13px; color: #555; }
    .aspects th, .aspects td { text-align: left; padding: 2px 12px 2px 0; font-weight: normal; font-size: 14px; }
    .suggestions { white-space: pre-wrap; font-size: 14px; } .empty { color: #555; }
  `,
})
export class SurveysPage implements OnInit {
  private readonly api = inject(Api);
  private readonly org = inject(OrganizationTreeService);
  protected readonly canManage = inject(AuthService).has(Permissions.Ratings.Catalogue.Manage);
  protected readonly periods = PERIODS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly templateUrl = getRatingSurveyImportTemplate.PATH;
  private readonly today = beijingToday();
  protected readonly table = new ServerTable<SurveyDto>(DEFAULTS, ['year', 'period'], (s) =>
    this.api.invoke(listRatingSurveys, { Year: yearOf(String(s['year']), this.today), Period: periodIn(String(s['period']), this.today), SkipCount: s.page * s.size, MaxResultCount: s.size, Sorting: s.sort }));
  protected readonly year = computed(() => yearOf(String(this.table.state()['year']), this.today));
  protected readonly period = computed(() => periodIn(String(this.table.state()['period']), this.today));
  protected readonly halls = computed(() => (this.org.tree()?.halls ?? []).map((h) => h.hall));
  protected readonly importHall = signal('');
  protected readonly uploadUrl = computed(() => importUrl(importRatingSurveys.PATH, this.importHall()));
  protected readonly result = signal<CatalogueImportResultDto | null>(null);

  async ngOnInit(): Promise<void> {
    const tree = await this.org.load();
    if (tree?.halls.length === 1) this.importHall.set(tree.halls[0].hall.id);
  }

  protected imported(r: CatalogueImportResultDto): void {
    this.result.set(r);
    this.table.reload();
  }
}

/** The URL's year, else this year. */
function yearOf(text: string, today: string): number {
  const y = Number(text);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : Number(today.slice(0, 4));
}

/** The URL's two-month period, else the current one. */
function periodIn(text: string, today: string): number {
  const p = Number(text);
  return PERIODS.includes(p) ? p : periodOf(Number(today.slice(5, 7)));
}
