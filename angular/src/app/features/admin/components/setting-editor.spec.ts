import { FormControl } from '@angular/forms';
import { SettingDto } from '../../../proxy/models';
import { settingValidators } from './setting-editor.component';

const setting = (over: Partial<SettingDto>): SettingDto => ({
  name: 'Organization.Import.MaxRows', displayName: '', type: 'Int', defaultValue: '5000', value: null, perHall: false,
  min: 1, max: 100000, source: null, hallValues: [], ...over,
});

describe('settingValidators', () => {
  const valid = (s: SettingDto, v: string) => new FormControl(v, settingValidators(s)).valid;

  it('Should_check_whole_numbers_and_the_range', () => {
    const s = setting({});
    expect(valid(s, '200')).toBe(true);
    expect(valid(s, '')).toBe(true); // empty = default
    expect(valid(s, '2.5')).toBe(false);
    expect(valid(s, '0')).toBe(false);
    expect(valid(s, '100001')).toBe(false);
  });

  it('Should_check_booleans_and_decimals', () => {
    expect(valid(setting({ type: 'Bool', min: null, max: null }), 'yes')).toBe(false);
    expect(valid(setting({ type: 'Bool', min: null, max: null }), 'true')).toBe(true);
    expect(valid(setting({ type: 'Decimal', min: 0, max: 1 }), '0.25')).toBe(true);
  });
});
