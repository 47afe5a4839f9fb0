import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { OrganizationTreeService } from '../../../core/organization-tree.service';
import { HallDto, UnitDto, UnitNodeDto } from '../../../proxy/models';
import { LeadsDialogComponent } from '../components/leads-dialog.component';
import { UnitDialogComponent } from '../components/unit-dialog.component';
import { WindowDialogComponent } from '../components/window-dialog.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-organization-tree-page',
  imports: [MatExpansionModule, MatButtonModule, MatIconModule, MatChipsModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.tree' | translate }}</h1>
    @if (loading()) { <mat-progress-bar mode="indeterminate" /> }
    <mat-accordion multi>
      @for (h of org.tree()?.halls ?? []; track h.hall.id; let first = $first) {
        <mat-expansion-panel [expanded]="ownHalls().size ? ownHalls().has(h.hall.id) : first" [attr.data-hall]="h.hall.code">
          <mat-expansion-panel-header>
            <mat-panel-title>{{ h.hall.name }}</mat-panel-title>
            <mat-panel-description>{{ h.hall.code }} · {{ 'enums.HallKind.' + h.hall.kind | translate }} · {{ 'tree.units' | translate: { count: h.units.length } }}</mat-panel-description>
          </mat-expansion-panel-header>
          @if (auth.has(Permissions.Organization.Structure.Manage)) {
            <button mat-stroked-button (click)="createUnit(h.hall)" data-testid="create-unit"><mat-icon>add</mat-icon>{{ 'unit.create' | translate }}</button>
          }
          <ul class="units">
            @for (u of h.units; track u.unit.id) {
              <li [attr.data-unit]="u.unit.code">
                <div class="unit-head">
                  <strong>{{ u.unit.name }}</strong>
                  <span class="muted">{{ u.unit.code }} · {{ 'enums.UnitKind.' + u.unit.kind | translate }}{{ u.unit.departmentName ? ' · ' + u.unit.departmentName : '' }}</span>
                  <a mat-button [routerLink]="['/organization/staff']" [queryParams]="{ unitId: u.unit.id }">{{ 'tree.staff' | translate }}</a>
                  @if (canSeePosts(h.hall.id, u.unit.id)) {
                    <a mat-button [routerLink]="['/organization/units', u.unit.id, 'posts']" data-testid="unit-posts-link">
                      <mat-icon>swap_horiz</mat-icon>{{ 'backup.title' | translate }}</a>
                  }
                  @if (auth.has(Permissions.Organization.Structure.Manage)) {
                    <button mat-button (click)="createWindow(u.unit)" data-testid="create-window"><mat-icon>add</mat-icon>{{ 'window.create' | translate }}</button>
                  }
                  @if (auth.has(Permissions.Organization.Leads.Manage)) {
                    <button mat-button (click)="setLeads(u)"><mat-icon>supervisor_account</mat-icon>{{ 'unit.leads' | translate }}</button>
                  }
                </div>
                <div class="muted">{{ 'unit.leads' | translate }}：{{ leadNames(u) || ('common.none' | translate) }}</div>
                <mat-chip-set [attr.aria-label]="'tree.windows' | translate">
                  @for (w of u.windows; track w.id) {
                    <mat-chip [disabled]="!w.isActive">{{ w.code }} {{ w.name }} ({{ w.staffCount }})</mat-chip>
                  }
                </mat-chip-set>
              </li>
            } @empty {
              <li class="muted">{{ 'common.empty' | translate }}</li>
            }
          </ul>
        </mat-expansion-panel>
      }
    </mat-accordion>
  `,
  styles: `
    h1 { font-size: 22px; }
    .units { list-style: none; padding: 0; margin: 8px 0 0; }
    .units > li { border-top: 1px solid #e0e0e0; padding: 8px 0; }
    .unit-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
    .muted { color: #555; font-size: 13px; }
  `,
})
export class OrganizationTreePage implements OnInit {
  protected readonly Permissions = Permissions;
  protected readonly org = inject(OrganizationTreeService);
  protected readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  protected readonly loading = signal(false);
  /** The halls of the user's scope open first (a hall manager's hall, a lead's units' hall, one's own hall). */
  protected readonly ownHalls = computed(() => {
    const scope = this.auth.user()?.scope;
    const halls = this.org.tree()?.halls ?? [];
    if (!scope) return new Set<string>();
    return new Set(
      halls
        .filter((h) => scope.hallIds.includes(h.hall.id) || h.units.some((u) => scope.unitIds.includes(u.unit.id)))
        .map((h) => h.hall.id),
    );
  });

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  /** The unit's posts and backups, for those whose scope covers the unit (others would meet a 404). */
  canSeePosts(hallId: string, unitId: string): boolean {
    const scope = this.auth.user()?.scope;
    if (!scope || !this.auth.has(Permissions.Organization.Backups.Default)) return false;
    return scope.kind === 'All' || (scope.kind === 'Halls' && scope.hallIds.includes(hallId)) || (scope.kind === 'Units' && scope.unitIds.includes(unitId));
  }

  leadNames(u: UnitNodeDto): string {
    return u.leads.map((l) => `${l.name}（${l.staffNumber}）`).join('、');
  }

  createUnit(hall: HallDto): void {
    this.dialog.open(UnitDialogComponent, { data: { hall } }).afterClosed().subscribe((r) => r && void this.reload());
  }

  createWindow(unit: UnitDto): void {
    this.dialog.open(WindowDialogComponent, { data: unit }).afterClosed().subscribe((r) => r && void this.reload());
  }

  setLeads(node: UnitNodeDto): void {
    this.dialog.open(LeadsDialogComponent, { data: node }).afterClosed().subscribe((r) => r && void this.reload());
  }

  private async reload(): Promise<void> {
    this.loading.set(true);
    await this.org.load(true);
    this.loading.set(false);
  }
}
