import { Injectable, computed, inject, signal } from '@angular/core';
import { Api } from '../proxy/api';
import { CurrentUserDto } from '../proxy/models';
import { Permission } from './permissions.generated';
import { getCurrentUser } from '../proxy/fn/account/get-current-user';
import { login } from '../proxy/fn/account/login';
import { logout } from '../proxy/fn/account/logout';
import { changePassword } from '../proxy/fn/account/change-password';
import { getAntiforgeryToken } from '../proxy/fn/account/get-antiforgery-token';

/** The signed-in user, their permissions and scope, as signals. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);
  readonly user = signal<CurrentUserDto | null>(null);
  readonly permissions = computed(() => new Set(this.user()?.permissions ?? []));
  readonly signedIn = computed(() => this.user() !== null);

  has(permission: Permission | undefined | null): boolean {
    return !permission || this.permissions().has(permission);
  }

  /** Makes sure the XSRF-TOKEN cookie exists, then asks who is signed in (null when nobody). */
  async init(): Promise<void> {
    await this.antiforgery();
    await this.refresh();
  }

  async refresh(): Promise<CurrentUserDto | null> {
    try {
      this.user.set(await this.api.invoke(getCurrentUser));
    } catch {
      this.user.set(null);
    }
    return this.user();
  }

  async login(userName: string, password: string): Promise<CurrentUserDto> {
    await this.antiforgery();
    const user = await this.api.invoke(login, { body: { userName, password } });
    this.user.set(user);
    return user;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.api.invoke(changePassword, { body: { currentPassword, newPassword } });
    await this.refresh();
  }

  async logout(): Promise<void> {
    try {
      await this.api.invoke(logout);
    } finally {
      this.user.set(null);
      await this.antiforgery();
    }
  }

  private async antiforgery(): Promise<void> {
    try {
      await this.api.invoke(getAntiforgeryToken);
    } catch {
      /* the next unsafe request will report the problem */
    }
  }
}
