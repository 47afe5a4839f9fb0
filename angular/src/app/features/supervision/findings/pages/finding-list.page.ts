import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
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
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../../core/auth.service';
import { OrganizationTreeService } from '../../../../core/organization-tree.service';
import { Permissions } from '../../../../core/permissions.generated';
import { StaffListItemDto } from '../../../../proxy/models';
import { beijingToday } from '../../../../shared/beijing-time';
import { TranslatedPaginatorIntl } from '../../../../shared/paginator-intl';
import { ProblemAlertComponent } from '../../../../shared/problem-alert.component';
import { ServerTable } from '../../../../shared/server-table';
import { StaffPickerComponent } from '../../../../shared/staff-picker.component';
import { PAGE_SIZES } from '../../../../shared/url-state';
import { CATEGORIES, CatalogueCategory, CatalogueKind, KINDS } from '../../catalogue/catalogue.api';
import { nameIn, uiLang } from '../../catalogue/lang';
import { hallsInScope, isDay } from '../../inspections/scope-halls';
import { FindingReasonDialogComponent, FindingReasonDialogData } from '../components/finding-reason-dialog.component';
import { FindingStateChipComponent } from '../components/finding-state-chip.component';
import { canDecide, canDispute, daysLeft } from '../finding-rules';
import { FINDING_STATES, FindingDto, FindingFilters, FindingState, FindingsApi } from '../findings.api';

const DEFAULTS = { sort: 'date desc', size: 20 };
const FILTERS = ['hall', 'unit', 'window', 'staff', 'staffName', 'category', 'kind', 'state', 'from', 'to', 'inspection'];

/**
 * 督查问题 in scope (the hall for managers and inspectors, the unit for a lead, one's own for staff) or, as 我的督查记录,
 * one's own: filtered by place, person, category, kind, state, dates and inspection (all in the URL), with state chips,
 * photos, the dispute deadline; a dispute for the person or their lead, a decision for the hall manager.
 */
@Component({
  selector: 'app-finding-list-page',
  imports: [
    RouterLink, TranslatePipe, ProblemAlertComponent, StaffPickerComponent, FindingStateChipComponent, MatTableModule, MatSortModule, MatPaginatorModule,
    MatFormFieldModule, MatSelectModule, MatIconModule, MatProgressBarModule, MatButtonModule, MatChipsModule, MatDatepickerModule, MatInputModule,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ (mine() ? 'supervision.findings.myTitle' : 'supervision.findings.title') | translate }}</h1>
    <p class="intro">{{ (mine() ? 'supervision.findings.myIntro' : 'supervision.findings.intro') | translate }}</p>
    <mat-chip-listbox class="states" [value]="table.state()['state']" (change)="table.go({ state: $event.value ?? '', page: 0 })"
                      [attr.aria-label]="'supervision.findings.state' | translate" data-testid="finding-state-chips">
      @for (s of states; track s) { <mat-chip-option [value]="s">{{ 'supervision.findingStates.' + s | translate }}</mat-chip-option> }
    </mat-chip-listbox>
    <div class="filters" role="search">
      @if (!mine()) {
        @if (halls().length > 1) {
          <mat-form-field>
            <mat-label>{{ 'supervision.findings.hall' | translate }}</mat-label>
            <mat-select [value]="table.state()['hall']" (selectionChange)="table.go({ hall: $event.value, unit: '', window: '', page: 0 })">
              <mat-option value="">{{ 'common.all' | translate }}</mat-option>
              @for (h of halls(); track h.id) { <mat-option [value]="h.id">{{ h.name }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'supervision.findings.unit' | translate }}</mat-label>
          <mat-select [value]="table.state()['unit']" (selectionChange)="table.go({ unit: $event.value, window: '', page: 0 })" data-testid="finding-unit-filter">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (u of units(); track u.unit.id) { <mat-option [value]="u.unit.id">{{ u.unit.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'supervision.findings.window' | translate }}</mat-label>
          <mat-select [value]="table.state()['window']" (selectionChange)="table.go({ window: $event.value, page: 0 })" [disabled]="!table.state()['unit']">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (w of windows(); track w.id) { <mat-option [value]="w.id">{{ w.code }} {{ w.name }}</mat-option> }
          </mat-select>
        </mat-form-field>
        @if (table.state()['staff']) {
          <mat-chip-set><mat-chip (removed)="table.go({ staff: '', staffName: '', page: 0 })">{{ table.state()['staffName'] || ('supervision.findings.person' | translate) }}
            <button matChipRemove [attr.aria-label]="'supervision.findings.clear' | translate"><mat-icon>cancel</mat-icon></button></mat-chip></mat-chip-set>
        } @else {
          <div class="person"><app-staff-picker [label]="'supervision.findings.person' | translate" testId="finding-person-filter" (picked)="pickPerson($event)" /></div>
        }
        <mat-form-field>
          <mat-label>{{ 'supervision.findings.category' | translate }}</mat-label>
          <mat-select [value]="table.state()['category']" (selectionChange)="table.go({ category: $event.value, page: 0 })">
            <mat-option value="">{{ 'common.all' | translate }}</mat-option>
            @for (c of categories; track c) { <mat-option [value]="c">{{ 'supervision.categories.' + c | translate }}</mat-option> }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field>
        <mat-label>{{ 'supervision.findings.kind' | translate }}</mat-label>
        <mat-select [value]="table.state()['kind']" (selectionChange)="table.go({ kind: $event.value, page: 0 })">
          <mat-option value="">{{ 'common.all' | translate }}</mat-option>
          @for (k of kinds; track k) { <mat-option [value]="k">{{ 'supervision.kinds.' + k | translate }}</mat-option> }
        </mat-select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.findings.from' | translate }}</mat-label>
        <input matInput [matDatepicker]="fromPicker" [value]="table.state()['from'] || null" (dateChange)="table.go({ from: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="fromPicker" /><mat-datepicker #fromPicker />
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'supervision.findings.to' | translate }}</mat-label>
        <input matInput [matDatepicker]="toPicker" [value]="table.state()['to'] || null" (dateChange)="table.go({ to: $event.value ?? '', page: 0 })" />
        <mat-datepicker-toggle matIconSuffix [for]="toPicker" /><mat-datepicker #toPicker />
      </mat-form-field>
      @if (table.state()['inspection']) {
        <mat-chip-set><mat-chip (removed)="table.go({ inspection: '', page: 0 })">{{ 'supervision.findings.oneInspection' | translate }}
          <button matChipRemove [attr.aria-label]="'supervision.findings.clear' | translate"><mat-icon>cancel</mat-icon></button></mat-chip></mat-chip-set>
      }
    </div>
    @if (table.loading()) { <mat-progress-bar mode="indeterminate" /> }
    <app-problem-alert [problem]="table.problem()" />
    <div class="table-wrap">
      <table mat-table [dataSource]="table.page()?.items ?? []" matSort [matSortActive]="table.sortField()" [matSortDirection]="table.sortDir()"
             (matSortChange)="table.sort($event)" matSortDisableClear data-testid="findings-table">
        <ng-container matColumnDef="date">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.findings.date' | translate }}</th>
          <td mat-cell *matCellDef="let f">{{ f.date }}<div class="sub wide-inline">{{ 'supervision.inspectionKinds.' + f.inspectionKind | translate }}</div></td>
        </ng-container>
        <ng-container matColumnDef="who">
          <th mat-header-cell *matHeaderCellDef>{{ 'supervision.findings.who' | translate }}</th>
          <td mat-cell *matCellDef="let f">{{ who(f) }}<div class="sub">{{ f.unitName }}@if (f.windowCode) { · {{ f.windowCode }} }</div></td>
        </ng-container>
        <ng-container matColumnDef="item">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="category">{{ 'supervision.findings.item' | translate }}</th>
          <td mat-cell *matCellDef="let f">{{ item(f) }}
            <div class="sub">{{ 'supervision.categories.' + f.category | translate }} · {{ f.itemCode }} v{{ f.itemVersion }} ·
              {{ 'supervision.findings.points' | translate: { person: f.personPoints, unit: f.unitPoints } }}</div>
            @if (f.note) { <div class="note">{{ f.note }}</div> }</td>
        </ng-container>
        <ng-container matColumnDef="photos">
          <th mat-header-cell *matHeaderCellDef class="wide">{{ 'supervision.findings.photos' | translate }}</th>
          <td mat-cell *matCellDef="let f" class="wide">
            <div class="thumbs">
              @for (p of f.photos; track p.fileId) {
                <a [href]="api.photoUrl(f.id, p.fileId)" target="_blank" rel="noopener" [attr.aria-label]="'supervision.findings.openPhoto' | translate: { name: p.fileName }" data-testid="finding-photo">
                  <img [src]="api.photoUrl(f.id, p.fileId)" [alt]="p.fileName" loading="lazy" width="48" height="48" /></a>
              }
            </div>
          </td>
        </ng-container>
        <ng-container matColumnDef="state">
          <th mat-header-cell *matHeaderCellDef mat-sort-header>{{ 'supervision.findings.state' | translate }}</th>
          <td mat-cell *matCellDef="let f"><app-finding-state-chip [state]="f.state" />
            @if (f.state === 'Recorded' && f.kind === 'Violation') {
              <div class="sub" [class.late]="left(f) < 0" data-testid="dispute-until">{{ (left(f) < 0 ? 'supervision.findings.disputeClosed' : 'supervision.findings.disputeUntil') | translate: { date: f.disputeUntil } }}</div>
            }
            @if (f.state === 'Disputed') { <div class="sub">{{ f.disputedByName }}：{{ f.disputeReason }}</div> }
            @if (f.decisionReason) { <div class="sub">{{ f.decidedByName }}：{{ f.decisionReason }}</div> }
            @if (f.ledgerItemId) { <div class="sub"><a [routerLink]="['/supervision/ledger', f.ledgerItemId]">{{ 'supervision.findings.ledgerItem' | translate }}</a></div> }
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | translate }}</th>
          <td mat-cell *matCellDef="let f">
            @if (disputable(f)) { <button mat-stroked-button (click)="open('dispute', f)" data-testid="finding-dispute">{{ 'supervision.findings.dispute.action' | translate }}</button> }
            @if (decidable(f)) { <button mat-flat-button (click)="open('decide', f)" data-testid="finding-decide">{{ 'supervision.findings.decide.action' | translate }}</button> }
            @if (!mine()) { <a mat-button [routerLink]="['/supervision/inspections', f.inspectionId]">{{ 'supervision.findings.inspection' | translate }}</a> }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" data-testid="finding-row"></tr>
        <tr class="mat-row" *matNoDataRow><td class="mat-cell empty" [attr.colspan]="columns.length">{{ 'supervision.findings.none' | translate }}</td></tr>
      </table>
    </div>
    <mat-paginator [length]="table.page()?.totalCount ?? 0" [pageIndex]="table.state().page" [pageSize]="table.state().size"
                   [pageSizeOptions]="pageSizes" (page)="table.paginate($event)" showFirstLastButtons />
  `,
  styles: `
    h1 { font-size: 22px; }
    .intro { color: rgba(0, 0, 0, 0.65); max-width: 80ch; }
    .states { margin-bottom: 8px; }
    .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .filters mat-form-field { width: 170px; } .person { width: 220px; }
    .table-wrap { overflow-x: auto; }
    table { width: 100%; }
    .sub { font-size: 12px; color: rgba(0, 0, 0, 0.6); }
    .note { font-size: 13px; white-space: pre-wrap; max-width: 40ch; }
    .late { color: #c62828; }
    .thumbs { display: flex; gap: 4px; flex-wrap: wrap; }
    .thumbs img { width: 48px; height: 48px; object-fit: cover; border-radius: 4px; }
    .empty { padding: 16px; text-align: center; }
    td button, td a[mat-button] { margin: 2px; }
    @media (max-width: 599px) { .wide { display: none; } .filters mat-form-field, .person { width: 100%; } }
  `,
})
export class FindingListPage {
  protected readonly api = inject(FindingsApi);
  private readonly auth = inject(AuthService);
  private readonly org = inject(OrganizationTreeService);
  private readonly dialog = inject(MatDialog);
  /** 我的督查记录 (route data; read at once: the table asks for its first page while the page is made). */
  protected readonly mine = signal(inject(ActivatedRoute).snapshot.data['mine'] === true);
  protected readonly lang = uiLang();
  protected readonly states = FINDING_STATES;
  protected readonly categories = CATEGORIES;
  protected readonly kinds = KINDS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['date', 'who', 'item', 'photos', 'state', 'actions'];
  private readonly mayDispute = this.auth.has(Permissions.Supervision.Findings.Dispute);
  private readonly mayDecide = this.auth.has(Permissions.Supervision.Findings.Decide);
  protected readonly halls = computed(() => hallsInScope(this.auth.user()?.scope, this.org.tree()));
  /** The units to filter by: those of the hall chosen (else of the halls in scope); a lead's own units only. */
  protected readonly units = computed(() => {
    const hall = this.table.state()['hall'] as string;
    const scope = this.auth.user()?.scope;
    const halls = (this.org.tree()?.halls ?? []).filter((h) => (hall ? h.hall.id === hall : scope?.kind !== 'Halls' || scope.hallIds.includes(h.hall.id)));
    const units = halls.flatMap((h) => h.units);
    return scope?.kind === 'Units' ? units.filter((u) => scope.unitIds.includes(u.unit.id)) : units;
  });
  protected readonly windows = computed(() => this.units().find((u) => u.unit.id === this.table.state()['unit'])?.windows ?? []);
  protected readonly table = new ServerTable<FindingDto>(DEFAULTS, FILTERS, (s) => {
    const paging = { skip: s.page * s.size, take: s.size, sorting: s.sort };
    const pick = <T extends string>(v: string | number, allowed: readonly T[]) => (allowed.includes(v as T) ? (v as T) : undefined);
    const common = {
      kind: pick<CatalogueKind>(s['kind'], KINDS),
      state: pick<FindingState>(s['state'], FINDING_STATES),
      from: isDay(s['from']) ? (s['from'] as string) : undefined,
      to: isDay(s['to']) ? (s['to'] as string) : undefined,
    };
    if (this.mine()) return this.api.mine(common, paging);
    const filters: FindingFilters = {
      ...common,
      hallId: (s['hall'] as string) || undefined,
      unitId: (s['unit'] as string) || undefined,
      windowId: (s['window'] as string) || undefined,
      staffId: (s['staff'] as string) || undefined,
      inspectionId: (s['inspection'] as string) || undefined,
      category: pick<CatalogueCategory>(s['category'], CATEGORIES),
    };
    return this.api.list(filters, paging);
  });

  constructor() {
    void this.org.load();
  }

  protected who(f: FindingDto): string {
    return f.target === 'Person' ? `${f.staffName ?? ''}（${f.staffNumber ?? ''}）` : `${f.windowCode ?? ''} ${f.windowName ?? ''}`.trim() || f.unitName;
  }

  protected item(f: FindingDto): string {
    return nameIn(this.lang(), f);
  }

  protected left(f: FindingDto): number {
    return daysLeft(f.disputeUntil, beijingToday());
  }

  protected disputable(f: FindingDto): boolean {
    return canDispute(f, this.auth.user(), beijingToday(), this.mayDispute);
  }

  protected decidable(f: FindingDto): boolean {
    return canDecide(f, this.mayDecide);
  }

  protected pickPerson(p: StaffListItemDto): void {
    this.table.go({ staff: p.id, staffName: `${p.name} ${p.staffNumber}`, page: 0 });
  }

  protected open(mode: 'dispute' | 'decide', f: FindingDto): void {
    const data: FindingReasonDialogData = { mode, finding: f, who: this.who(f), item: this.item(f) };
    this.dialog.open(FindingReasonDialogComponent, { data, width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' }).afterClosed()
      .subscribe((done?: FindingDto) => { if (done) this.table.reload(); });
  }
}
