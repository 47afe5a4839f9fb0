import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { AuthService } from './auth.service';
import { authGuard, permissionGuard } from './guards';
import { CurrentUserDto } from '../proxy/models';

function signInAs(permissions: string[], mustChangePassword = false): void {
  const user: CurrentUserDto = {
    userId: 'u', userName: 'S0004', displayName: '刘刚', staffId: 's', roles: ['Staff'], permissions, mustChangePassword,
    scope: { kind: 'Own', staffId: 's', unitIds: [], hallIds: [] },
  };
  TestBed.inject(AuthService).user.set(user);
}

function run(guard: typeof authGuard, data: Record<string, unknown>, url = '/admin/users'): boolean | UrlTree {
  const route = { data } as unknown as ActivatedRouteSnapshot;
  const state = { url } as RouterStateSnapshot;
  return TestBed.runInInjectionContext(() => guard(route, state)) as boolean | UrlTree;
}

describe('route guards', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });

  it('Should_send_a_visitor_who_is_not_signed_in_to_the_sign_in_page', () => {
    const result = run(authGuard, {}, '/organization/staff');
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Forganization%2Fstaff');
  });

  it('Should_hold_a_user_who_must_change_the_password_on_that_page', () => {
    signInAs([], true);
    expect(TestBed.inject(Router).serializeUrl(run(authGuard, {}) as UrlTree)).toBe('/change-password');
  });

  it('Should_show_no_access_when_the_permission_is_missing', () => {
    signInAs(['Organization.Staff']);
    const result = run(permissionGuard, { permission: 'Identity.Users' });
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/no-access?from=%2Fadmin%2Fusers');
  });

  it('Should_let_through_when_the_permission_is_granted', () => {
    signInAs(['Organization.Staff']);
    expect(run(permissionGuard, { permission: 'Organization.Staff' })).toBe(true);
    expect(run(permissionGuard, { anyPermission: ['Identity.Users', 'Organization.Staff'] })).toBe(true);
  });
});
