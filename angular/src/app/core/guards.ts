import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';
import { Permission } from './permissions.generated';

/** Signed in, and not held back by a forced password change. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  if (user.mustChangePassword) return router.createUrlTree(['/change-password']);
  return true;
};

/** Route data `permission` (one string) or `anyPermission` (a list) must be granted; otherwise "no access". */
export const permissionGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const one = route.data['permission'] as Permission | undefined;
  const any = route.data['anyPermission'] as Permission[] | undefined;
  const ok = (one ? auth.has(one) : true) && (any ? any.some((p) => auth.has(p)) : true);
  return ok || router.createUrlTree(['/no-access'], { queryParams: { from: state.url } });
};

/** A route that needs one permission: the guard and its data, typed so only a permission the server defines compiles. */
export function requires(permission: Permission): { canActivate: CanActivateFn[]; data: { permission: Permission } } {
  return { canActivate: [permissionGuard], data: { permission } };
}

/** Only for people who are not signed in (the sign-in page). */
export const anonymousGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.user() ? inject(Router).createUrlTree(['/']) : true;
};
