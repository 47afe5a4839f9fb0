import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom, map } from 'rxjs';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { beijingToday } from '../../../../shared/beijing-time';
import { DATEPICKER_INTL } from '../../../../shared/datepicker-intl';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { LedgerDueChipComponent, LedgerMarkBadgeComponent, LedgerStateChipComponent } from '../components/ledger-chips.component';
import { SelfCheckDialogComponent, SelfCheckDialogData } from '../components/self-check-dialog.component';
import { LEDGER_SOURCES, LEDGER_STATES, LedgerApi, LedgerCountsDto, LedgerDetailDto, LedgerRowDto, SEND_BACK_MARKS } from '../ledger.api';
import { BOARD_KEYS, activeFilterCount, boardChips, boardQuery, ledgerDue, selfCheckUnits, shownMark } from '../ledger-rules';

const DEFAULTS = { sort: 'dueOn asc', size: 20 };
const PHONE = '(max-width: 599px)';

/**
 * 问题整改台账: the items in the caller's scope (a lead: their unit's), nearest deadline first, with header chips of the
 * counts per state and 拖而不改 (a chip filters), the filters in the URL, and 对照自查 for those who report. Cards on a phone.
 */
@Component({
  selector: 'app-ledger-board-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, MatCheckboxModule, MatDatepickerModule, MatIconModule, MatButtonModule, MatProgressBarModule, LedgerDueChipComponent, LedgerStateChipComponent,
    LedgerMarkBadgeComponent,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }, ...DATEPICKER_INTL],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'supervision.ledger.title' | translate }}</h1>
      @if (canReport && units().length) {
        <button mat-flat-button type="button" (click)="selfCheck()" data-testid="ledger-self-check">
          <mat-icon>playlist_add_check</mat-icon>{{ 'supervision.ledger.selfCheck.button' | translate }}
        </button>
      }
    </div>
    <p class="intro">{{ 'supervision.ledger.intro' | translate }}</p>
    @if (counts(); as c) {
      <div class="chips" role="group" [attr.aria-label]="'supervision.ledger.chipsLabel' | translate" data-testid="ledger-chips">
        @for (chip of chips(); track chip.key) {
          <button type="button" class="count-chip" [class.active]="chip.active" [class.alarm]="chip.key === 'Overdue' && chip.count > 0"
                  [attr.aria-pressed]="chip.active" (click)="table.go(chip.change)" [attr.data-testid]="'ledger-chip-' + chip.key">
            <span>{{ (chip.key === 'Overdue' ? 'supervision.overdue' : 'supervision.ledgerStates.' + chip.key) | translate }}</span>
            <strong>{{ chip.count }}</strong>
          </button>
        }
      </div>
    }
    @if (narrow()) {
      <button mat-stroked-button type="button" class="filters-toggle" (click)="showFilters.set(!showFilters())" [attr.aria-expanded]="showFilters()"
              aria-controls="ledger-filters" data-testid="ledger-filters-toggle">
        <mat-icon>filter_list</mat-icon>{{ 'supervision.ledger.filters.toggle' | translate: { n: activeFilters() } }}
      </button>
    }
    <div class="filters" role="search" id="ledger-filters" [class.folded]="narrow() && !showFilters()">
      @if (units().length > 1) {
        <mat-form-field>
          <mat-label>{{ 'supervision.ledger.filters.unit' | translate }}</mat-label>
          <mat-select [value]="s()['unit']" (selectionChange)="table.go({ unit: $event.value, page: 0 })" data-testid="ledger-unit-filter">
            <mat-option value="">{{ 'supervision.ledger.allUnits' | translate }}</mat-option>
            @for (u of units(); track u.id) { <mat-option [value]="u.id">{{ u.label }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'supervision.ledger.filters.state' | translate }}</mat-label>
        <mat-select [value]="s()['state']" (selectionChange)="table.go({ state: $event.value, page: 0 })" data-testid="ledger-state-filter">
          <mat-option value="">{{ 'supervision.ledger.all' | translate }}</mat-option>
          @for (st of states; track st) { <mat-option [value]="st">{{ 'supervision.ledgerStates.' + st | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.ledger.filters.source' | translate }}</mat-label>
        <mat-select [value]="s()['source']" (selectionChange)="table.go({ source: $event.value, page: 0 })" data-testid="ledger-source-filter">
          <mat-option value="">{{ 'supervision.ledger.all' | translate }}</mat-option>
          @for (so of sources; track so) { <mat-option [value]="so">{{ 'supervision.ledgerSources.' + so | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.ledger.filters.mark' | translate }}</mat-label>
        <mat-select [value]="s()['mark']" (selectionChange)="table.go({ mark: $event.value, page: 0 })" data-testid="ledger-mark-filter">
          <mat-option value="">{{ 'supervision.ledger.all' | translate }}</mat-option>
          @for (m of marks; track m) { <mat-option [value]="m">{{ 'supervision.marks.' + m | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.ledger.filters.dueFrom' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="s()['dueFrom'] || null" (dateChange)="table.go({ dueFrom: $event.value ?? '', page: 0 })"
               data-testid="ledger-due-from" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.ledger.filters.dueTo' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="s()['dueTo'] || null" (dateChange)="table.go({ dueTo: $event.value ?? '', page: 0 })"
               data-testid="ledger-due-to" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
      </mat-form-field>
      <mat-form-field class="text">
        <mat-label>{{ 'supervision.ledger.filters.text' | translate }}</mat-label>
        <input matInput [value]="s().filter" maxlength="100" (change)="table.go({ filter: $any($event.target).value.trim(), page: 0 })" data-testid="ledger-text-filter" />
      </mat-form-field>
      <mat-checkbox [checked]="s()['overdue'] === '1'" (change)="table.go({ overdue: $event.checked ? '1' : '', page: 0 })" data-testid="ledger-overdue-filter">
        {{ 'supervision.ledger.filters.overdue' | translate }}</mat-checkbox>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />

    @if (narrow()) {
      <ul class="cards" data-testid="ledger-cards">
        @for (r of rows(); track r.id) {
          <li class="card" [class.overdue]="r.overdue" data-testid="ledger-row">
            <a [routerLink]="['/supervision/ledger', r.id]" class="title" data-testid="ledger-link">{{ r.title }}</a>
            <div class="line">{{ r.unitName }} · {{ 'supervision.ledgerSources.' + r.source | translate }}</div>
            <div class="line chips-line">
              <app-ledger-state-chip [state]="r.state" />
              @if (mark(r); as m) { <app-ledger-mark-badge [mark]="m" /> }
            </div>
            <app-ledger-due-chip [due]="due(r)" />
          </li>
        } @empty { <li class="empty">{{ 'supervision.ledger.none' | translate }}</li> }
      </ul>
    } @else {
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'supervision.ledger.title' | translate">
        <table mat-table [dataSource]="rows()" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
               (matSortChange)="table.sort($event)" matSortDisableClear data-testid="ledger-table">
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.ledger.columns.title' | translate }}</th>
            <td mat-cell *matCellDef="let r" class="title-cell">
              <a [routerLink]="['/supervision/ledger', r.id]" data-testid="ledger-link">{{ r.title }}</a>
              @if (r.responsiblePerson) { <div class="sub">{{ 'supervision.ledger.columns.responsible' | translate }}：{{ r.responsiblePerson }}</div> }
            </td>
          </ng-container>
          <ng-container matColumnDef="unit">
            <th mat-header-cell *matHeaderCellDef>{{ 'supervision.ledger.columns.unit' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ r.unitName }}</td>
          </ng-container>
          <ng-container matColumnDef="source">
            <th mat-header-cell *matHeaderCellDef>{{ 'supervision.ledger.columns.source' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ 'supervision.ledgerSources.' + r.source | translate }}<div class="sub">{{ r.openedOn }}</div></td>
          </ng-container>
          <ng-container matColumnDef="dueOn">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.ledger.columns.dueOn' | translate }}</th>
            <td mat-cell *matCellDef="let r"><app-ledger-due-chip [due]="due(r)" /></td>
          </ng-container>
          <ng-container matColumnDef="state">
            <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.ledger.columns.state' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              <app-ledger-state-chip [state]="r.state" />
              @if (r.recheckDueOn && r.state === 'Accepted') { <div class="sub">{{ 'supervision.ledger.recheckDue' | translate: { date: r.recheckDueOn } }}</div> }
            </td>
          </ng-container>
          <ng-container matColumnDef="mark">
            <th mat-header-cell *matHeaderCellDef>{{ 'supervision.ledger.columns.mark' | translate }}</th>
            <td mat-cell *matCellDef="let r">
              @if (mark(r); as m) { <app-ledger-mark-badge [mark]="m" /> }
              @if (r.sentBackCount) { <div class="sub">{{ 'supervision.ledger.sentBackCount' | translate: { n: r.sentBackCount } }}</div> }
              @if (r.reopenedCount) { <div class="sub">{{ 'supervision.ledger.reopenedCount' | translate: { n: r.reopenedCount } }}</div> }
            </td>
          </ng-container>
          <ng-container matColumnDef="progress">
            <th mat-header-cell *matHeaderCellDef>{{ 'supervision.ledger.columns.progress' | translate }}</th>
            <td mat-cell *matCellDef="let r">{{ 'supervision.ledger.progressCount' | translate: { n: r.progressCount } }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [class.overdue]="row.overdue" data-testid="ledger-row"></tr>
          <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'supervision.ledger.none' | translate }}</td></tr>
        </table>
      </div>
    }
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="s().page" [pageSize]="s().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .chips { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .count-chip { display: inline-flex; gap: 8px; align-items: baseline; border: 1px solid rgba(0, 0, 0, 0.2); background: #fff; border-radius: 16px;
      padding: 6px 14px; font: inherit; cursor: pointer; min-height: 36px; }
    .count-chip strong { font-size: 16px; }
    .count-chip.active { background: #0d47a1; color: #fff; border-color: #0d47a1; }
    .count-chip.alarm:not(.active) { border-color: #c62828; color: #8c1d18; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .filters mat-form-field { width: 170px; }
    .filters .text { width: 240px; }
    .filters.folded { display: none; }
    .filters-toggle { margin-bottom: 8px; min-height: 44px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    .title-cell { min-width: 14em; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    tr.overdue td:first-child { box-shadow: inset 3px 0 0 #c62828; }
    .empty { padding: 16px; text-align: center; }
    .cards { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 8px; }
    .card { border: 1px solid rgba(0, 0, 0, 0.12); border-radius: 8px; padding: 10px 12px; display: flex; flex-direction: column; gap: 6px; }
    .card.overdue { border-left: 4px solid #c62828; }
    .card .title { font-weight: 500; font-size: 16px; padding: 4px 0; }
    .line { font-size: 13px; color: rgba(0, 0, 0, 0.7); }
    .chips-line { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
    @media (max-width: 599px) { .filters mat-form-field, .filters .text { width: 100%; } }
  `,
})
export class LedgerBoardPage {
  private readonly api = inject(LedgerApi);
  private readonly auth = inject(AuthService);
  private readonly tree = inject(OrganizationTreeService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly breakpoints = inject(BreakpointObserver);
  protected readonly canReport = this.auth.has(Permissions.Supervision.Ledger.Report);
  protected readonly states = LEDGER_STATES;
  protected readonly sources = LEDGER_SOURCES;
  protected readonly marks = SEND_BACK_MARKS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['title', 'unit', 'source', 'dueOn', 'state', 'mark', 'progress'];
  protected readonly counts = signal<LedgerCountsDto | null>(null);
  protected readonly table = new ServerTable<LedgerRowDto>(DEFAULTS, BOARD_KEYS, async (s) => {
    const board = await this.api.list(boardQuery(s));
    this.counts.set(board.counts);
    return board;
  });
  protected readonly s = this.table.state;
  protected readonly rows = computed(() => this.table.page()?.items ?? []);
  protected readonly chips = computed(() => (this.counts() ? boardChips(this.counts()!, this.s()) : []));
  /** The units of the caller's scope: the filter's choices, and where a self-check may be recorded. */
  protected readonly units = computed(() => selfCheckUnits(this.tree.tree(), this.auth.user()?.scope));
  protected readonly narrow = toSignal(this.breakpoints.observe(PHONE).pipe(map((r) => r.matches)), { initialValue: this.breakpoints.isMatched(PHONE) });
  /** On a phone the filters fold away behind a button that counts those set (the chips stay). */
  protected readonly showFilters = signal(false);
  protected readonly activeFilters = computed(() => activeFilterCount(this.s()));
  protected readonly due = ledgerDue;
  protected readonly mark = shownMark;

  constructor() {
    void this.tree.load();
  }

  async selfCheck(): Promise<void> {
    const data: SelfCheckDialogData = { units: this.units(), today: beijingToday() };
    const ref = this.dialog.open<SelfCheckDialogComponent, SelfCheckDialogData, LedgerDetailDto>(SelfCheckDialogComponent, { data, autoFocus: 'first-tabbable' });
    const item = await firstValueFrom(ref.afterClosed());
    if (item) await this.router.navigate(['/supervision/ledger', item.item.id]);
  }
}
