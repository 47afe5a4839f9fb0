import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { LanguageService } from '../../../core/i18n/language.service';
import { Permissions } from '../../../core/permissions.generated';
import { Api } from '../../../proxy/api';
import { listBulletinKinds } from '../../../proxy/fn/bulletins/list-bulletin-kinds';
import { listBulletins } from '../../../proxy/fn/bulletins/list-bulletins';
import { BulletinDto, BulletinKindDto, BulletinState } from '../../../proxy/models';
import { TranslatedPaginatorIntl } from '../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { ServerTable } from '../../../shared/server-table';
import { PAGE_SIZES } from '../../../shared/url-state';
import { recentYears } from '../bulletin-logic';
import { GenerateDialogComponent, GenerateDialogData } from '../components/generate-dialog.component';
import { BulletinStateChipComponent } from '../components/state-chip.component';

const DEFAULTS = { sort: 'createdAt desc', size: 20 };
const EXTRA = ['kind', 'year', 'state'];

/** 通报: the bulletins the caller reaches (the server filters: staff get the published ones of their scope), paged and sorted on the server. */
@Component({
  selector: 'app-bulletin-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, BulletinStateChipComponent, MatTableModule, MatSortModule, MatPaginatorModule,
    MatFormFieldModule, MatSelectModule, MatButtonModule, MatIconModule, MatProgressBarModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'bulletins.list.title' | translate }}</h1>
      @if (canManage) {
        <button mat-flat-button type="button" (click)="generate()" [disabled]="kinds().length === 0" data-testid="bulletin-generate">
          <mat-icon>bolt</mat-icon>{{ 'bulletins.list.generate' | translate }}</button>
      }
    </div>
    <p class="intro">{{ 'bulletins.list.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'bulletins.list.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })" data-testid="bulletin-kind-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds(); track k.code) { <mat-option [value]="k.code">{{ kindName(k) }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'bulletins.list.year' | translate }}</mat-label>
        <mat-select [value]="table.state()['year']" (selectionChange)="table.go({ year: $event.value, page: 0 })" data-testid="bulletin-year-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (y of years; track y) { <mat-option [value]="'' + y">{{ y }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (canManage) {
        <mat-form-field>
          <mat-label>{{ 'bulletins.list.state' | translate }}</mat-label>
          <mat-select [value]="table.state()['state']" (selectionChange)="table.go({ state: $event.value, page: 0 })" data-testid="bulletin-state-filter">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (s of states; track s) { <mat-option [value]="s">{{ 'enums.BulletinState.' + s | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="bulletin-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'bulletins.list.number' | translate }}</th>
          <td mat-cell *matCellDef="let b" class="nowrap">{{ b.numberText ?? ('bulletins.list.noNumber' | translate) }}</td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'bulletins.list.name' | translate }}</th>
          <td mat-cell *matCellDef="let b"><a [routerLink]="[b.id]" (click)="$event.stopPropagation()" data-testid="bulletin-link">{{ b.title }}</a>
            @if (b.hallName) { <div class="muted">{{ b.hallName }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'bulletins.list.kind' | translate }}</th>
          <td mat-cell *matCellDef="let b" class="wide">{{ lang.current() === 'en' ? b.kindNameEn : b.kindNameZhHans }}</td>
        </ng-container>
        <ng-container matColumnDef="year">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'bulletins.list.period' | translate }}</th>
          <td mat-cell *matCellDef="let b" class="nowrap">{{ lang.current() === 'en' ? b.periodLabelEn : b.periodLabelZhHans }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'bulletins.list.state' | translate }}</th>
          <td mat-cell *matCellDef="let b"><app-bulletin-state-chip [state]="b.state" /></td>
        </ng-container>
        <ng-container matColumnDef="publishedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header class="wide">{{ 'bulletins.list.issuedOn' | translate }}</th>
          <td mat-cell *matCellDef="let b" class="wide nowrap">{{ b.issuedOn }}</td>
        </ng-container>
        <ng-container matColumnDef="pages">
          <th mat-header-cell *matHeaderCellDef class="wide num">{{ 'bulletins.list.pages' | translate }}</th>
          <td mat-cell *matCellDef="let b" class="wide num">{{ b.pageCount }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" class="clickable" (click)="open(row)" [attr.data-state]="row.state" data-testid="bulletin-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'common.empty' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size" [pageSizeOptions]="pageSizes"
                   (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; } h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, .7); margin-top: 0; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; } .filters mat-form-field { width: 200px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; } .empty { padding: 16px; text-align: center; }
    .clickable { cursor: pointer; } .clickable:hover { background: rgba(0, 0, 0, .03); }
    .muted { color: rgba(0, 0, 0, .6); font-size: 12px; } .nowrap { white-space: nowrap; } .num { text-align: right; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class BulletinListPage {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService);
  protected readonly canManage = inject(AuthService).has(Permissions.Bulletins.Bulletins.Manage);
  protected readonly columns = ['number', 'title', 'kind', 'year', 'state', 'publishedAt', 'pages'];
  protected readonly states: BulletinState[] = ['Rendering', 'Draft', 'Failed', 'Published', 'Withdrawn'];
  protected readonly years = recentYears();
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly kinds = signal<BulletinKindDto[]>([]);
  protected readonly table = new ServerTable<BulletinDto>(DEFAULTS, EXTRA, (s) => this.api.invoke(listBulletins, {
    Kind: (s['kind'] as string) || undefined,
    Year: s['year'] ? Number(s['year']) : undefined,
    State: (s['state'] as BulletinState) || undefined,
    SkipCount: s.page * s.size,
    MaxResultCount: s.size,
    Sorting: s.sort,
  }));

  constructor() {
    this.api.invoke(listBulletinKinds).then((k) => this.kinds.set(k), () => undefined);
  }

  protected kindName(k: BulletinKindDto): string {
    return this.lang.current() === 'en' ? k.nameEn : k.nameZhHans;
  }

  protected open(b: BulletinDto): void {
    void this.router.navigate(['/bulletins', b.id]);
  }

  protected generate(): void {
    const data: GenerateDialogData = { kinds: this.kinds() };
    this.dialog.open(GenerateDialogComponent, { data, autoFocus: 'first-tabbable' }).afterClosed().subscribe((created?: BulletinDto) => {
      if (created) void this.router.navigate(['/bulletins', created.id]);
    });
  }
}
