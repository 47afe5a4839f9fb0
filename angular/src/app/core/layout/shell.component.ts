import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, OnDestroy, OnInit, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';
import { AuthService } from '../auth.service';
import { LanguageService } from '../i18n/language.service';
import { navigationFor } from '../navigation';
import { NotificationsService } from '../notifications.service';
import { OrganizationTreeService } from '../organization-tree.service';
import { FEATURES } from '../feature';
import { Permissions } from '../permissions.generated';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe,
    MatToolbarModule, MatSidenavModule, MatListModule, MatIconModule, MatButtonModule, MatBadgeModule, MatMenuModule, MatTooltipModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-toolbar class="toolbar app-toolbar">
      @if (handset()) {
        <button mat-icon-button (click)="sidenavRef().toggle()" [attr.aria-label]="'shell.menu' | translate">
          <mat-icon>menu</mat-icon>
        </button>
      }
      <a class="brand" routerLink="/">{{ 'app.title' | translate }}</a>
      <span class="spacer"></span>
      <button mat-button (click)="lang.toggle()" data-testid="language-switch" [matTooltip]="'shell.switchLanguage' | translate">
        <mat-icon aria-hidden="true">translate</mat-icon> <span [attr.lang]="lang.current() === 'en' ? 'zh-Hans' : 'en'">{{ lang.current() === 'en' ? '中文' : 'English' }}</span>
      </button>
      @if (auth.has(Permissions.Platform.Notifications)) {
        <!-- Named by its hidden text, not aria-label: with unread messages the badge's number is visible text, which an
             aria-label must contain word for word (axe: label-content-name-mismatch). -->
        <a mat-icon-button routerLink="/notifications" data-testid="inbox-link">
          <mat-icon [matBadge]="notifications.unread() || null" matBadgeColor="warn" aria-hidden="true">notifications</mat-icon>
          <span class="visually-hidden">{{ ('shell.inbox' | translate) + ' (' + notifications.unread() + ')' }}</span>
        </a>
      }
      <button mat-button [matMenuTriggerFor]="userMenu" data-testid="user-menu" [attr.aria-label]="auth.user()?.displayName">
        <mat-icon aria-hidden="true">account_circle</mat-icon> <span class="user-name">{{ auth.user()?.displayName }}</span>
      </button>
      <mat-menu #userMenu="matMenu">
        <div class="menu-info" role="note">
          <div>{{ auth.user()?.userName }} · {{ roles() }}</div>
          <div data-testid="scope">{{ 'shell.scope' | translate }}：{{ scopeText() }}</div>
        </div>
        <a mat-menu-item routerLink="/change-password"><mat-icon>password</mat-icon>{{ 'shell.changePassword' | translate }}</a>
        <button mat-menu-item (click)="signOut()" data-testid="sign-out"><mat-icon>logout</mat-icon>{{ 'shell.signOut' | translate }}</button>
      </mat-menu>
    </mat-toolbar>
    <mat-sidenav-container class="container">
      <mat-sidenav #sidenav [mode]="handset() ? 'over' : 'side'" [opened]="!handset()" class="sidenav">
        <nav [attr.aria-label]="'shell.navigation' | translate" data-testid="nav">
          @for (group of nav(); track group.label) {
            @if (group.label) { <h2 class="nav-group">{{ group.label | translate }}</h2> }
            <mat-nav-list>
              @for (item of group.items; track item.path) {
                <a mat-list-item [routerLink]="item.path" routerLinkActive="active" #rla="routerLinkActive"
                   [attr.aria-current]="rla.isActive ? 'page' : null" (click)="handset() && sidenav.close()">
                  <mat-icon matListItemIcon>{{ item.icon }}</mat-icon>
                  <span matListItemTitle>{{ item.label | translate }}</span>
                </a>
              }
            </mat-nav-list>
          }
        </nav>
        <p class="scope-line">{{ 'shell.scope' | translate }}：{{ scopeText() }}</p>
      </mat-sidenav>
      <mat-sidenav-content>
        <main class="content"><router-outlet /></main>
      </mat-sidenav-content>
    </mat-sidenav-container>
  `,
  styles: `
    :host { display: flex; flex-direction: column; height: 100vh; }
    .toolbar { position: sticky; top: 0; z-index: 3; gap: 4px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .brand { color: inherit; text-decoration: none; font-size: 18px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .spacer { flex: 1; }
    .container { flex: 1; }
    .sidenav { width: 232px; }
    .nav-group { font-size: 13px; font-weight: 500; color: #444; margin: 16px 16px 0; }
    .active { background: rgba(0, 0, 0, 0.08); }
    .content { padding: 16px; max-width: 1280px; }
    .scope-line { font-size: 12px; color: #444; padding: 0 16px; }
    .menu-info { padding: 8px 16px; font-size: 13px; color: #333; }
    @media (max-width: 599px) { .user-name { display: none; } .content { padding: 8px; } }
  `,
})
export class ShellComponent implements OnInit, OnDestroy {
  protected readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService);
  protected readonly notifications = inject(NotificationsService);
  private readonly org = inject(OrganizationTreeService);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  protected readonly sidenavRef = viewChild.required<MatSidenav>('sidenav');
  protected readonly handset = toSignal(
    inject(BreakpointObserver).observe('(max-width: 959px)').pipe(map((r) => r.matches)),
    { initialValue: false },
  );
  protected readonly Permissions = Permissions;
  private readonly features = inject(FEATURES);
  protected readonly nav = computed(() => navigationFor(this.auth.user(), this.features));
  protected readonly roles = computed(() => (this.auth.user()?.roles ?? []).join(', '));
  protected readonly scopeText = computed(() => {
    const user = this.auth.user();
    if (!user) return '';
    const s = user.scope;
    this.lang.current(); // re-evaluate on a language switch
    const label = this.translate.instant('enums.ScopeKind.' + s.kind) as string;
    const names =
      s.kind === 'Halls' ? s.hallIds.map((id) => this.org.hallNames().get(id) ?? id) :
      s.kind === 'Units' ? s.unitIds.map((id) => this.org.unitNames().get(id) ?? id) :
      s.kind === 'Own' ? [user.displayName] : [];
    return names.length ? `${label}（${names.join('、')}）` : label;
  });
  private timer?: ReturnType<typeof setInterval>;

  ngOnInit(): void {
    if (this.auth.has(Permissions.Organization.Structure.Default)) void this.org.load();
    if (this.auth.has(Permissions.Platform.Notifications)) {
      void this.notifications.refresh();
      this.timer = setInterval(() => void this.notifications.refresh(), 60_000);
    }
  }

  ngOnDestroy(): void {
    clearInterval(this.timer);
  }

  async signOut(): Promise<void> {
    await this.auth.logout();
    await this.router.navigate(['/login']);
  }
}
