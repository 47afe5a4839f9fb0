import { navigationFor } from '../../core/navigation';
import { Permissions } from '../../core/permissions.generated';
import { CurrentUserDto } from '../../proxy/models';
import { APP_FEATURES } from '../features';

function user(permissions: string[], staffId: string | null = null): CurrentUserDto {
  return {
    userId: 'u', userName: 'x', displayName: 'X', staffId, roles: [], permissions, mustChangePassword: false,
    scope: { kind: 'Halls', staffId, unitIds: [], hallIds: [] },
  };
}

describe('Contests feature', () => {
  const paths = (permissions: string[], staffId: string | null = null) =>
    navigationFor(user(permissions, staffId), APP_FEATURES).flatMap((g) => g.items.map((i) => i.path));

  it('Should_appear_in_the_menu_behind_its_permissions', () => {
    expect(paths([Permissions.Contests.Contests.Default])).toContain('/contests');
    expect(paths([Permissions.Contests.Overview])).toEqual(expect.arrayContaining(['/contests/overview']));
    expect(paths([Permissions.Contests.Overview])).not.toContain('/contests');
    expect(paths([])).not.toContain('/contests');
  });

  it('Should_offer_my_contests_and_judging_to_staff_only', () => {
    const staff = paths([Permissions.Contests.Contests.Default, Permissions.Contests.Contests.Enter, Permissions.Contests.Judging], 's1');
    expect(staff).toEqual(expect.arrayContaining(['/contests', '/contests/my', '/contests/judging']));
    const account = paths([Permissions.Contests.Contests.Default, Permissions.Contests.Contests.Enter, Permissions.Contests.Judging]);
    expect(account).not.toContain('/contests/my');
    expect(account).not.toContain('/contests/judging');
  });
});
