import { Translations } from '../../core/feature';
import { navigationFor } from '../../core/navigation';
import { Permissions } from '../../core/permissions.generated';
import { CurrentUserDto } from '../../proxy/models';
import { APP_FEATURES } from '../features';
import { UNRESOLVED_FEATURE } from './unresolved.feature';

function keys(tree: Translations, path = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${path}${k}`] : keys(v, `${path}${k}.`))).sort();
}

function user(permissions: string[]): CurrentUserDto {
  return {
    userId: 'u', userName: 'x', displayName: 'X', staffId: null, roles: [], permissions, mustChangePassword: false,
    scope: { kind: 'Halls', staffId: null, unitIds: [], hallIds: [] },
  };
}

describe('Unresolved feature', () => {
  const paths = (permissions: string[]) => navigationFor(user(permissions), APP_FEATURES).flatMap((g) => g.items.map((i) => i.path));

  it('Should_have_the_same_text_keys_in_both_languages', () => {
    const texts = UNRESOLVED_FEATURE.translations!;
    expect(keys(texts.en)).toEqual(keys(texts['zh-Hans']));
  });

  it('Should_show_each_page_behind_its_permission', () => {
    expect(paths([])).not.toContain('/unresolved/cases');
    expect(paths([Permissions.Unresolved.Cases.Record])).toEqual(expect.arrayContaining(['/unresolved/intake']));
    expect(paths([Permissions.Unresolved.Cases.Record])).not.toContain('/unresolved/workbench');
    expect(paths([Permissions.Unresolved.Cases.Handle])).toContain('/unresolved/workbench');
    expect(paths([Permissions.Unresolved.Transfers.Default])).toEqual(expect.arrayContaining(['/unresolved/transfers']));
    expect(paths([Permissions.Unresolved.Transfers.Default])).not.toContain('/unresolved/cases');
    expect(paths([Permissions.Unresolved.Statistics])).toContain('/unresolved/statistics');
    expect(paths([Permissions.Unresolved.Cases.Default])).toEqual(expect.arrayContaining(['/unresolved/cases', '/unresolved/problem-list']));
    expect(paths([Permissions.Unresolved.Receivers.Default, Permissions.Unresolved.Roster.Default]))
      .toEqual(expect.arrayContaining(['/unresolved/receivers', '/unresolved/roster']));
  });
});
