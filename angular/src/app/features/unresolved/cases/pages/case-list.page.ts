import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { formatBeijing } from '../../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { isDay } from '../../../supervision/inspections/scope-halls';
import { ReceiverDto, UnresolvedAdminApi } from '../../admin/admin.api';
import { CASE_CATEGORIES, CASE_STATES, CaseCategory, CaseRowDto, CaseState, CasesApi } from '../cases.api';

/** The states of the URL's filter that are states (a link may name several, comma-separated). */
function statesOf(v: string | number): CaseState[] | undefined {
  const states = String(v).split(',').filter((s): s is CaseState => CASE_STATES.includes(s as CaseState));
  return states.length ? states : undefined;
}

const DEFAULTS = { sort: 'receivedAt desc', size: 20 };
const FILTERS = ['states', 'category', 'unit', 'receiver', 'from', 'to', 'overdue'];

/**
 * 办不成事 cases in the caller's scope (the hall for guides and managers, a unit's own for its lead — with the
 * complainant hidden —, one's own recorded for window staff), filtered, sorted and paged on the server; all in the URL.
 */
@Component({
  selector: 'app-unresolved-case-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatSelectModule, MatIconModule,
    MatProgressBarModule, MatButtonModule, MatDatepickerModule, MatInputModule, MatCheckboxModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unresolved.cases.title' | translate }}</h1>
    <p class="intro">{{ 'unresolved.cases.intro' | translate }}</p>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.search' | translate }}</mat-label>
        <input matInput [value]="table.state().filter" (keyup.enter)="table.go({ filter: $any($event.target).value.trim(), page: 0 })" data-testid="case-search" />
        <mat-icon matSuffix aria-hidden="true">search</mat-icon>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.state' | translate }}</mat-label>
        <mat-select [value]="table.state()['states']" (selectionChange)="table.go({ states: $event.value, page: 0 })" data-testid="case-state-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (s of states; track s) { <mat-option [value]="s">{{ 'unresolved.states.' + s | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.category' | translate }}</mat-label>
        <mat-select [value]="table.state()['category']" (selectionChange)="table.go({ category: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (c of categories; track c) { <mat-option [value]="c">{{ 'unresolved.categories.' + c | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.unit' | translate }}</mat-label>
        <mat-select [value]="table.state()['unit']" (selectionChange)="table.go({ unit: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (receivers().length) {
        <mat-form-field>
          <mat-label>{{ 'unresolved.cases.receiver' | translate }}</mat-label>
          <mat-select [value]="table.state()['receiver']" (selectionChange)="table.go({ receiver: $event.value, page: 0 })">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (r of receivers(); track r.id) { <mat-option [value]="r.id">{{ r.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.from' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="table.state()['from'] || null" (dateChange)="table.go({ from: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'unresolved.cases.to' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="table.state()['to'] || null" (dateChange)="table.go({ to: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
      </mat-form-field>
      <mat-checkbox [checked]="table.state()['overdue'] === 'true'" (change)="table.go({ overdue: $event.checked ? 'true' : '', page: 0 })" data-testid="case-overdue-filter">
        {{ 'unresolved.cases.overdueOnly' | translate }}</mat-checkbox>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="cases-table">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'unresolved.cases.number' | translate }}</th>
          <td mat-cell *matCellDef="let c"><a [routerLink]="['/unresolved/cases', c.id]" data-testid="case-link">{{ c.number }}</a>
            <div class="sub">{{ at(c.receivedAt) }}</div></td>
        </ng-container>
        <ng-container matColumnDef="complainant">
          <th mat-header-cell *matHeaderCellDef>{{ 'unresolved.cases.complainant' | translate }}</th>
          <td mat-cell *matCellDef="let c" [class.hidden]="c.complainantHidden">{{ c.complainantName }}<div class="sub">{{ c.complainantContact }}</div></td>
        </ng-container>
        <ng-container matColumnDef="matter">
          <th mat-header-cell *matHeaderCellDef>{{ 'unresolved.cases.matter' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.matter }}<div class="sub">{{ c.unitName ?? ('unresolved.cases.notInHall' | translate) }}@if (c.windowName) { · {{ c.windowName }} }</div></td>
        </ng-container>
        <ng-container matColumnDef="category">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'unresolved.cases.category' | translate }}</th>
          <td mat-cell *matCellDef="let c">{{ c.category ? ('unresolved.categories.' + c.category | translate) : '—' }}</td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'unresolved.cases.state' | translate }}</th>
          <td mat-cell *matCellDef="let c"><span data-testid="case-row-state">{{ 'unresolved.states.' + c.state | translate }}</span>
            @if (c.overdue) { <div class="late" data-testid="case-row-overdue">{{ 'unresolved.due.overdue' | translate }}</div> }
            @else if (c.nextDueOn) { <div class="sub">{{ 'unresolved.due.open' | translate: { date: c.nextDueOn } }}</div> }</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="case-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'unresolved.cases.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; } .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; } .filters mat-form-field { width: 170px; }
    .table-wrap { overflow-x: auto; } table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); } .late { color: #b71c1c; font-weight: 500; font-size: 13px; }
    .hidden { color: rgba(0, 0, 0, 0.6); font-style: italic; } .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .filters mat-form-field { width: 100%; } }
  `,
})
export class UnresolvedCaseListPage {
  private readonly api = inject(CasesApi);
  private readonly admin = inject(UnresolvedAdminApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly states = CASE_STATES;
  protected readonly categories = CASE_CATEGORIES;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['number', 'complainant', 'matter', 'category', 'state'];
  protected readonly at = formatBeijing;
  protected readonly receivers = signal<ReceiverDto[]>([]);
  /** The units to filter by: a lead's own; the halls' in scope otherwise. */
  protected readonly units = computed(() => {
    const scope = this.auth.user()?.scope;
    const halls = (this.org.tree()?.halls ?? []).filter((h) => scope?.kind !== 'Halls' || scope.hallIds.includes(h.hall.id));
    const units = halls.flatMap((h) => h.units);
    return scope?.kind === 'Units' ? units.filter((u) => scope.unitIds.includes(u.unit.id)) : units;
  });
  protected readonly table = new ServerTable<CaseRowDto>(DEFAULTS, FILTERS, (s) => {
    const pick = <T extends string>(v: string | number, allowed: readonly T[]) => (allowed.includes(v as T) ? (v as T) : undefined);
    return this.api.list({
      // One state from the menu, or several from a link (?states=Escalated,Answered).
      states: statesOf(s['states']),
      category: pick<CaseCategory>(s['category'], CASE_CATEGORIES),
      unitId: (s['unit'] as string) || undefined,
      receiverId: (s['receiver'] as string) || undefined,
      from: isDay(s['from']) ? (s['from'] as string) : undefined,
      to: isDay(s['to']) ? (s['to'] as string) : undefined,
      overdueOnly: s['overdue'] === 'true' ? true : undefined,
      filter: s.filter || undefined,
    }, { skip: s.page * s.size, take: s.size, sorting: s.sort });
  });

  constructor() {
    void this.org.load();
    // Receivers to filter by, for those who may read them (managers and guides); others get no such filter.
    if (this.auth.has(Permissions.Unresolved.Receivers.Default)) this.admin.receivers().then((r) => this.receivers.set(r), () => this.receivers.set([]));
  }
}
