import { CurrentUserDto } from '../proxy/models';
import { homeFor, navigationFor } from './navigation';

function user(permissions: string[], kind: CurrentUserDto['scope']['kind'], staffId: string | null = null): CurrentUserDto {
  return {
    userId: 'u', userName: 'x', displayName: 'X', staffId, roles: [], permissions, mustChangePassword: false,
    scope: { kind, staffId, unitIds: [], hallIds: [] },
  };
}

describe('navigationFor', () => {
  it('Should_show_only_items_whose_permission_is_granted', () => {
    const nav = navigationFor(user(['Organization.Staff', 'Organization.Structure'], 'Halls'));
    const paths = nav.flatMap((g) => g.items.map((i) => i.path));
    expect(paths).toEqual(['/organization/tree', '/organization/staff']);
    expect(nav.map((g) => g.label)).toEqual(['nav.groups.organization']);
  });

  it('Should_give_a_window_staff_member_their_own_record_and_no_administration', () => {
    const nav = navigationFor(user(['Organization.Staff', 'Organization.Structure', 'Organization.Calendar', 'Platform.Notifications'], 'Own', 's1'));
    const paths = nav.flatMap((g) => g.items.map((i) => i.path));
    expect(paths).toContain('/organization/me');
    expect(paths).not.toContain('/organization/staff');
    expect(paths.some((p) => p.startsWith('/admin'))).toBe(false);
  });

  it('Should_show_administration_to_an_administrator', () => {
    const nav = navigationFor(user(['Identity.Users', 'Identity.Roles', 'Identity.DeviceKeys', 'Platform.Settings'], 'All'));
    expect(nav.map((g) => g.label)).toEqual(['nav.groups.admin']);
    expect(nav[0].items).toHaveLength(4);
  });

  it('Should_show_nothing_when_signed_out', () => {
    expect(navigationFor(null)).toEqual([]);
  });
});

describe('homeFor', () => {
  it('Should_land_everyone_with_the_grant_on_the_home_page', () => {
    expect(homeFor(user(['Platform.Home', 'Organization.Staff'], 'Own', 's1'))).toBe('/home');
    expect(homeFor(user(['Platform.Home', 'Organization.Staff', 'Organization.Structure'], 'Halls'))).toBe('/home');
    expect(homeFor(user(['Platform.Home'], 'All'))).toBe('/home');
    expect(navigationFor(user(['Platform.Home', 'Organization.Staff'], 'Own', 's1'))[0]).toEqual(
      { items: [{ path: '/home', label: 'nav.home', icon: 'home', permission: 'Platform.Home' }] });
  });

  it('Should_land_someone_without_the_home_grant_on_their_own_record_or_the_staff_list', () => {
    expect(homeFor(user(['Organization.Staff'], 'Own', 's1'))).toBe('/organization/me');
    expect(homeFor(user(['Organization.Staff', 'Organization.Structure'], 'Halls'))).toBe('/organization/staff');
    expect(homeFor(user([], 'None'))).toBe('/notifications');
  });
});
