import { navigationFor } from '../../core/navigation';
import { Permissions } from '../../core/permissions.generated';
import { CurrentUserDto } from '../../proxy/models';
import { APP_FEATURES } from '../features';

function user(permissions: string[]): CurrentUserDto {
  return {
    userId: 'u', userName: 'x', displayName: 'X', staffId: null, roles: [], permissions, mustChangePassword: false,
    scope: { kind: 'Halls', staffId: null, unitIds: [], hallIds: [] },
  };
}

describe('Contests feature', () => {
  const paths = (permissions: string[]) => navigationFor(user(permissions), APP_FEATURES).flatMap((g) => g.items.map((i) => i.path));

  it('Should_appear_in_the_menu_behind_its_permission', () => {
    expect(paths([Permissions.Contests.Overview])).toContain('/contests');
    expect(paths([])).not.toContain('/contests');
  });
});
