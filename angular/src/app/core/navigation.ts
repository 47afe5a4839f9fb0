import { CurrentUserDto } from '../proxy/models';
import type { Feature } from './feature';
import { Permission, Permissions } from './permissions.generated';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  permission?: Permission;
  /** Shown only when the user's scope is of these kinds. */
  scopes?: string[];
  /** Shown only to users linked to a staff record (an administrator account without one has no learning of its own). */
  staffOnly?: boolean;
}

export interface NavGroup {
  /** A heading; the first group (home) has none. */
  label?: string;
  items: NavItem[];
}

/** The features' menu groups, those with the same label joined, in list order. */
export function navigationOf(features: readonly Feature[]): NavGroup[] {
  const groups = new Map<string | undefined, NavItem[]>();
  for (const group of features.flatMap((f) => f.navigation ?? [])) {
    groups.set(group.label, [...(groups.get(group.label) ?? []), ...group.items]);
  }
  return [...groups].map(([label, items]) => ({ label, items }));
}

/** The navigation a user may see: items whose permission is granted (and whose scope fits), empty groups dropped. */
export function navigationFor(user: CurrentUserDto | null, features: readonly Feature[]): NavGroup[] {
  if (!user) return [];
  const granted = new Set(user.permissions);
  return navigationOf(features).map((g) => ({
    label: g.label,
    items: g.items.filter((i) => (!i.permission || granted.has(i.permission)) && (!i.scopes || i.scopes.includes(user.scope.kind))
      && (!i.staffOnly || !!user.staffId)),
  })).filter((g) => g.items.length > 0);
}

/** Where a user lands after signing in: the home page of to-dos and figures (else, without its grant, the first page they may see). */
export function homeFor(user: CurrentUserDto | null, features: readonly Feature[]): string {
  if (user?.permissions.includes(Permissions.Platform.Home)) return '/home';
  const items = navigationFor(user, features).flatMap((g) => g.items);
  const preferred = ['/organization/me', '/organization/staff'].find((p) => items.some((i) => i.path === p));
  return preferred ?? items[0]?.path ?? '/notifications';
}
