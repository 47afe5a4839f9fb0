import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
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
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { INSPECTION_KINDS, InspectionKind } from '../../findings/findings.api';
import { InspectionSummaryDto, InspectionsApi } from '../inspections.api';
import { hallsInScope, isDay } from '../scope-halls';

const DEFAULTS = { sort: 'date desc', size: 20 };

/** Inspections and walk-throughs in scope: filtered by kind, hall, dates and "mine", newest first; inspectors start a new one here. */
@Component({
  selector: 'app-inspection-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, MatTableModule, MatSortModule, MatPaginatorModule, MatFormFieldModule, MatSelectModule,
    MatIconModule, MatProgressBarModule, MatButtonModule, MatCheckboxModule, MatDatepickerModule, MatInputModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <h1>{{ 'supervision.inspections.title' | translate }}</h1>
      @if (canRecord) {
        <div class="actions">
          <a mat-stroked-button routerLink="/supervision/record"><mat-icon>phone_iphone</mat-icon>{{ 'supervision.record.title' | translate }}</a>
          <a mat-flat-button routerLink="/supervision/inspections/new" data-testid="inspection-new"><mat-icon>add</mat-icon>{{ 'supervision.inspections.new' | translate }}</a>
        </div>
      }
    </div>
    <div class="filters" role="search">
      <mat-form-field>
        <mat-label>{{ 'supervision.inspections.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })" data-testid="inspection-kind-filter">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'supervision.inspectionKinds.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      @if (halls().length > 1) {
        <mat-form-field>
          <mat-label>{{ 'supervision.inspections.hall' | translate }}</mat-label>
          <mat-select [value]="table.state()['hall']" (selectionChange)="table.go({ hall: $event.value, page: 0 })">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'supervision.inspections.from' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="table.state()['from'] || null" (dateChange)="table.go({ from: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.inspections.to' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="table.state()['to'] || null" (dateChange)="table.go({ to: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
      </mat-form-field>
      <mat-checkbox [checked]="table.state()['mine'] === '1'" (change)="table.go({ mine: $event.checked ? '1' : '', page: 0 })">{{ 'supervision.inspections.mine' | translate }}</mat-checkbox>
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="inspections-table">
        <ng-container matColumnDef="date">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.inspections.date' | translate }}</th>
          <td mat-cell *matCellDef="let i">{{ i.date }}</td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.inspections.kind' | translate }}</th>
          <td mat-cell *matCellDef="let i">{{ 'supervision.inspectionKinds.' + i.kind | translate }}
            @if (i.walkMode) { <div class="sub">{{ 'supervision.walkModes.' + i.walkMode | translate }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="title">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.inspections.inspectionTitle' | translate }}</th>
          <td mat-cell *matCellDef="let i"><a [routerLink]="['/supervision/inspections', i.id]" data-testid="inspection-link">{{ i.title }}</a>
            <div class="sub">{{ i.hallName }}</div></td>
        </ng-container>
        <ng-container matColumnDef="inspectors">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'supervision.inspections.inspectors' | translate }}</th>
          <td mat-cell *matCellDef="let i" class="wide">{{ i.inspectorNames.join('、') }}</td>
        </ng-container>
        <ng-container matColumnDef="findings">
          <th mat-header-cell *matHeaderCellDef>{{ 'supervision.inspections.findingCount' | translate }}</th>
          <td mat-cell *matCellDef="let i">{{ i.findingCount }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="inspection-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'supervision.inspections.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .filters mat-form-field { width: 180px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .empty { padding: 16px; text-align: center; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field { width: 100%; } }
  `,
})
export class InspectionListPage {
  private readonly api = inject(InspectionsApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  protected readonly canRecord = this.auth.has(Permissions.Supervision.Inspections.Record);
  protected readonly kinds = INSPECTION_KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['date', 'kind', 'title', 'inspectors', 'findings'];
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  protected readonly table = new ServerTable<InspectionSummaryDto>(DEFAULTS, ['kind', 'hall', 'from', 'to', 'mine'], (s) =>
    this.api.list(
      {
        kind: INSPECTION_KINDS.includes(s['kind'] as InspectionKind) ? (s['kind'] as InspectionKind) : undefined,
        hallId: (s['hall'] as string) || undefined,
        from: isDay(s['from']) ? (s['from'] as string) : undefined,
        to: isDay(s['to']) ? (s['to'] as string) : undefined,
        mine: s['mine'] === '1',
      },
      { skip: s.page * s.size, take: s.size, sorting: s.sort },
    ),
  );

  constructor() {
    void this.org.load();
  }
}
