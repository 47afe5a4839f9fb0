import { Translations } from '../../core/feature';
import { navigationFor } from '../../core/navigation';
import { Permissions } from '../../core/permissions.generated';
import { CurrentUserDto } from '../../proxy/models';
import { APP_FEATURES } from '../features';
import { RECEIVER_KINDS } from './admin/admin.api';
import { CASE_CATEGORIES, CASE_STATES, CHANNELS, CLOSING_OUTCOMES, COMPLAINANT_KINDS, NOT_ACCEPTED_REASONS } from './cases/cases.api';
import { UNRESOLVED_FEATURE } from './unresolved.feature';

/** The text at a dotted key, or undefined. */
function text(tree: Translations, key: string): string | undefined {
  const v = key.split('.').reduce<Translations | string | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);
  return typeof v === 'string' ? v : undefined;
}

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

  it('Should_name_every_state_category_channel_reason_outcome_and_receiver_kind_in_both_languages', () => {
    const labels = [
      ...CASE_STATES.map((v) => `unresolved.states.${v}`), ...CASE_CATEGORIES.map((v) => `unresolved.categories.${v}`),
      ...CHANNELS.map((v) => `unresolved.channels.${v}`), ...NOT_ACCEPTED_REASONS.map((v) => `unresolved.notAcceptedReasons.${v}`),
      ...CLOSING_OUTCOMES.map((v) => `unresolved.outcomes.${v}`), ...COMPLAINANT_KINDS.map((v) => `unresolved.complainantKinds.${v}`),
      ...RECEIVER_KINDS.map((v) => `unresolved.receiverKinds.${v}`),
    ];
    for (const lang of ['zh-Hans', 'en'] as const) {
      const missing = labels.filter((k) => !text(UNRESOLVED_FEATURE.translations![lang], k));
      expect(missing, lang).toEqual([]);
    }
    expect(text(UNRESOLVED_FEATURE.translations!['zh-Hans'], 'unresolved.hidden')).toBe('已隐去');
    expect(text(UNRESOLVED_FEATURE.translations!['zh-Hans'], 'unresolved.categories.NotStationed')).toBe('未进驻情形');
    expect(text(UNRESOLVED_FEATURE.translations!['zh-Hans'], 'unresolved.states.Escalated')).toBe('效能督查科处理中');
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
