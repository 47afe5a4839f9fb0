import { isTimeZone, parseOffset } from './device-rules';
import { levelQuery } from './pages/device-users.page';

describe('Intake device rules', () => {
  it('Should_accept_blank_and_known_time_zones_and_refuse_others', () => {
    expect(isTimeZone('')).toBe(true);
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('Should_read_offsets_as_people_type_them_and_refuse_zero_and_more_than_a_day', () => {
    expect(parseOffset('+120')).toBe(120);
    expect(parseOffset(' -30 ')).toBe(-30);
    expect(parseOffset('90')).toBe(90);
    expect(parseOffset('0')).toBeNull();
    expect(parseOffset('86401')).toBeNull();
    expect(parseOffset('1.5')).toBeNull();
    expect(parseOffset('abc')).toBeNull();
  });

  it('Should_address_the_devices_own_mapping_or_the_hall_wide_one', () => {
    const device = { id: 'd1', hallId: 'h1' };
    expect(levelQuery(device, 'device')).toBe('hallId=h1&deviceId=d1');
    expect(levelQuery(device, 'hall')).toBe('hallId=h1');
  });
});
