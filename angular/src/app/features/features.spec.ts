import { Route, Routes } from '@angular/router';
import { Translations, mergeTranslations, translationsFor } from '../core/feature';
import { EN } from '../core/i18n/en';
import { ZH_HANS } from '../core/i18n/zh-hans';
import { homeFor, navigationFor } from '../core/navigation';
import { ALL_PERMISSIONS, Permissions } from '../core/permissions.generated';
import { CurrentUserDto } from '../proxy/models';
import { APP_FEATURES } from './features';

function user(permissions: string[], kind: CurrentUserDto['scope']['kind'], staffId: string | null = null): CurrentUserDto {
  return {
    userId: 'u', userName: 'x', displayName: 'X', staffId, roles: [], permissions, mustChangePassword: false,
    scope: { kind, staffId, unitIds: [], hallIds: [] },
  };
}

function leaves(o: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Every route of the app with lazy children loaded, so their guards' data can be read. */
async function allRoutes(routes: Routes): Promise<Route[]> {
  const out: Route[] = [];
  for (const route of routes) {
    out.push(route);
    if (route.children) out.push(...(await allRoutes(route.children)));
    if (route.loadChildren) out.push(...(await allRoutes((await route.loadChildren()) as Routes)));
  }
  return out;
}

describe('navigationFor', () => {
  it('Should_show_only_items_whose_permission_is_granted', () => {
    const nav = navigationFor(user([Permissions.Organization.Staff.Default, Permissions.Organization.Structure.Default], 'Halls'), APP_FEATURES);
    const paths = nav.flatMap((g) => g.items.map((i) => i.path));
    expect(paths).toEqual(['/organization/tree', '/organization/staff']);
    expect(nav.map((g) => g.label)).toEqual(['nav.groups.organization']);
  });

  it('Should_give_a_window_staff_member_their_own_record_and_no_administration', () => {
    const nav = navigationFor(user(['Organization.Staff', 'Organization.Structure', 'Organization.Calendar', 'Platform.Notifications'], 'Own', 's1'), APP_FEATURES);
    const paths = nav.flatMap((g) => g.items.map((i) => i.path));
    expect(paths).toContain('/organization/me');
    expect(paths).not.toContain('/organization/staff');
    expect(paths.some((p) => p.startsWith('/admin'))).toBe(false);
  });

  it('Should_show_administration_to_an_administrator', () => {
    const nav = navigationFor(user(['Identity.Users', 'Identity.Roles', 'Identity.DeviceKeys', 'Platform.Settings'], 'All'), APP_FEATURES);
    expect(nav.map((g) => g.label)).toEqual(['nav.groups.admin']);
    expect(nav[0].items).toHaveLength(4);
  });

  it('Should_show_nothing_when_signed_out', () => {
    expect(navigationFor(null, APP_FEATURES)).toEqual([]);
  });

  it('Should_join_groups_of_the_same_label_from_two_features_in_list_order', () => {
    const nav = navigationFor(user(['A.One', 'B.Two'], 'All'), [
      { navigation: [{ label: 'g', items: [{ path: '/a', label: 'a', icon: 'x', permission: 'A.One' as never }] }] },
      { navigation: [{ label: 'g', items: [{ path: '/b', label: 'b', icon: 'x', permission: 'B.Two' as never }] }] },
    ]);
    expect(nav).toEqual([{ label: 'g', items: [expect.objectContaining({ path: '/a' }), expect.objectContaining({ path: '/b' })] }]);
  });
});

describe('homeFor', () => {
  it('Should_land_everyone_with_the_grant_on_the_home_page', () => {
    expect(homeFor(user(['Platform.Home', 'Organization.Staff'], 'Own', 's1'), APP_FEATURES)).toBe('/home');
    expect(homeFor(user(['Platform.Home', 'Organization.Staff', 'Organization.Structure'], 'Halls'), APP_FEATURES)).toBe('/home');
    expect(navigationFor(user(['Platform.Home', 'Organization.Staff'], 'Own', 's1'), APP_FEATURES)[0]).toEqual(
      { label: undefined, items: [{ path: '/home', label: 'nav.home', icon: 'home', permission: 'Platform.Home' }] });
  });

  it('Should_land_someone_without_the_home_grant_on_their_own_record_or_the_staff_list', () => {
    expect(homeFor(user(['Organization.Staff'], 'Own', 's1'), APP_FEATURES)).toBe('/organization/me');
    expect(homeFor(user(['Organization.Staff', 'Organization.Structure'], 'Halls'), APP_FEATURES)).toBe('/organization/staff');
    expect(homeFor(user([], 'None'), APP_FEATURES)).toBe('/notifications');
  });
});

describe('permissions used by the app', () => {
  const known = new Set<string>(ALL_PERMISSIONS);

  it('Should_name_only_permissions_the_server_defines_in_menus_and_routes', async () => {
    const used = [
      ...APP_FEATURES.flatMap((f) => f.navigation ?? []).flatMap((g) => g.items).flatMap((i) => (i.permission ? [i.permission] : [])),
      ...(await allRoutes(APP_FEATURES.flatMap((f) => [...(f.routes ?? []), ...(f.publicRoutes ?? [])])))
        .flatMap((r) => [r.data?.['permission'], ...((r.data?.['anyPermission'] as string[] | undefined) ?? [])])
        .filter((p): p is string => !!p),
    ];
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((p) => !known.has(p))).toEqual([]);
  });

  it('Should_flag_a_permission_the_server_does_not_define', () => {
    // The same check on a made-up name must fail: the list is not simply accepting everything.
    expect(known.has('Learning.Courses.Delete')).toBe(false);
    expect(known.has(Permissions.Learning.Courses.Manage)).toBe(true);
  });
});

describe('translations', () => {
  const zh = leaves(translationsFor('zh-Hans', ZH_HANS, APP_FEATURES));
  const en = leaves(translationsFor('en', EN, APP_FEATURES));

  it('Should_have_the_same_keys_in_Chinese_and_English', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('Should_use_the_same_placeholders_in_both_languages', () => {
    const params = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
    for (const [key, text] of zh) expect(params(en.get(key)!), key).toEqual(params(text));
  });

  it('Should_have_a_label_for_every_menu_entry_in_both_languages', () => {
    for (const item of APP_FEATURES.flatMap((f) => f.navigation ?? []).flatMap((g) => [...(g.label ? [g.label] : []), ...g.items.map((i) => i.label)])) {
      expect(zh.has(item), item).toBe(true);
      expect(en.has(item), item).toBe(true);
    }
  });

  it('Should_name_every_enum_value_the_API_sends', () => {
    expect([...zh.keys()].filter((k) => k.startsWith('enums.StaffKind.')).sort()).toEqual(['enums.StaffKind.Contract', 'enums.StaffKind.Dispatched', 'enums.StaffKind.Own']);
    expect([...zh.keys()].filter((k) => k.startsWith('enums.WindowType.'))).toHaveLength(5);
    expect([...zh.keys()].filter((k) => k.startsWith('enums.ScopeKind.'))).toHaveLength(5);
  });

  it('Should_refuse_a_key_defined_by_two_features', () => {
    const a: Translations = { nav: { x: 'A' } };
    const b: Translations = { nav: { x: 'B' } };
    expect(() => mergeTranslations(a, b)).toThrow(/nav\.x/);
  });
});
