import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatListModule } from '@angular/material/list';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AuthService } from '../../../core/auth.service';
import { Problem, toProblem } from '../../../core/problem';
import { Api } from '../../../proxy/api';
import { listPermissions } from '../../../proxy/fn/roles/list-permissions';
import { listRoles } from '../../../proxy/fn/roles/list-roles';
import { updateRolePermissions } from '../../../proxy/fn/roles/update-role-permissions';
import { PermissionDto, RoleDto } from '../../../proxy/models';
import { ProblemAlertComponent } from '../../../shared/problem-alert.component';
import { Permissions } from '../../../core/permissions.generated';

@Component({
  selector: 'app-roles-page',
  imports: [TranslatePipe, ProblemAlertComponent, MatListModule, MatCheckboxModule, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'nav.roles' | translate }}</h1>
    <app-problem-alert [problem]="problem()" />
    <div class="layout">
      <mat-selection-list [multiple]="false" (selectionChange)="select($event.options[0].value)" [attr.aria-label]="'nav.roles' | translate">
        @for (r of roles(); track r.id) {
          <mat-list-option [value]="r.id" [selected]="r.id === selectedId()">
            <span matListItemTitle>{{ r.displayName }}</span>
            <span matListItemLine>{{ r.name }} · {{ 'roles.scope' | translate }}：{{ 'enums.ScopeKind.' + r.scopeKind | translate }}</span>
          </mat-list-option>
        }
      </mat-selection-list>
      @if (selected(); as role) {
        <section class="grants">
          <h2>{{ role.displayName }}</h2>
          @for (g of groups(); track g.name) {
            <fieldset>
              <legend>{{ g.name }}</legend>
              @for (p of g.items; track p.name) {
                <mat-checkbox [checked]="granted().has(p.name)" [disabled]="!canEdit()" (change)="toggle(p.name, $event.checked)">
                  {{ p.displayName }} <code>{{ p.name }}</code>
                </mat-checkbox>
              }
            </fieldset>
          }
          @if (canEdit()) { <button mat-flat-button (click)="save(role)" [disabled]="busy()">{{ 'common.save' | translate }}</button> }
        </section>
      }
    </div>
  `,
  styles: `
    h1 { font-size: 22px; } h2 { font-size: 18px; }
    .layout { display: grid; grid-template-columns: minmax(200px, 280px) 1fr; gap: 16px; }
    fieldset { border: 1px solid #ddd; border-radius: 4px; margin-bottom: 12px; display: flex; flex-direction: column; }
    code { font-size: 11px; color: #555; }
    @media (max-width: 799px) { .layout { grid-template-columns: 1fr; } }
  `,
})
export class RolesPage implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly snack = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  protected readonly roles = signal<RoleDto[]>([]);
  protected readonly permissions = signal<PermissionDto[]>([]);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly granted = signal(new Set<string>());
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly selected = computed(() => this.roles().find((r) => r.id === this.selectedId()) ?? null);
  protected readonly canEdit = computed(() => this.auth.has(Permissions.Identity.Roles.ManagePermissions));
  protected readonly groups = computed(() => {
    const map = new Map<string, PermissionDto[]>();
    for (const p of this.permissions()) map.set(p.group, [...(map.get(p.group) ?? []), p]);
    return [...map].map(([name, items]) => ({ name, items }));
  });

  async ngOnInit(): Promise<void> {
    try {
      const [roles, permissions] = await Promise.all([this.api.invoke(listRoles), this.api.invoke(listPermissions)]);
      this.roles.set(roles);
      this.permissions.set(permissions);
      if (roles.length) this.select(roles[0].id);
    } catch (e) {
      this.problem.set(toProblem(e));
    }
  }

  select(id: string): void {
    this.selectedId.set(id);
    this.granted.set(new Set(this.roles().find((r) => r.id === id)?.permissions ?? []));
  }

  toggle(name: string, on: boolean): void {
    const next = new Set(this.granted());
    if (on) next.add(name);
    else next.delete(name);
    this.granted.set(next);
  }

  async save(role: RoleDto): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const updated = await this.api.invoke(updateRolePermissions, { id: role.id, body: { permissions: [...this.granted()] } });
      this.roles.set(this.roles().map((r) => (r.id === updated.id ? updated : r)));
      this.snack.open(this.translate.instant('common.saved'), undefined, { duration: 2500 });
    } catch (e) {
      this.problem.set(toProblem(e));
    } finally {
      this.busy.set(false);
    }
  }
}
