import type { TargetsDto } from '../inspections.api';
import { MAX_RECENT_WINDOWS, draftLabel, readIds, useWindow, windowChoices } from './pick-rules';

const targets: TargetsDto = {
  hallId: 'h', hallName: '市政务服务中心',
  units: [
    { id: 'zh', code: 'ZH', name: '综合受理窗口', people: [], windows: [
      { id: 'w1', code: 'A01', name: '综合受理一号', people: [{ staffId: 's4', staffNumber: 'S0004', name: '赵六' }] },
      { id: 'w2', code: 'A02', name: '综合受理二号', people: [] },
    ] },
    { id: 'gs', code: 'GS', name: '市场监管', people: [], windows: [{ id: 'w3', code: 'B01', name: '企业开办', people: [] }] },
  ],
};

describe('phone entry pick rules', () => {
  it('Should_find_windows_by_code_name_or_unit_and_list_the_recent_first', () => {
    expect(windowChoices(targets, '', []).map((c) => c.window.code)).toEqual(['A01', 'A02', 'B01']);
    expect(windowChoices(targets, '', ['w3', 'w2']).map((c) => c.window.code)).toEqual(['B01', 'A02', 'A01']);
    expect(windowChoices(targets, 'a02', []).map((c) => c.window.id)).toEqual(['w2']);
    expect(windowChoices(targets, '综合 二号', []).map((c) => c.window.id)).toEqual(['w2']);
    expect(windowChoices(targets, '市场监管', []).map((c) => c.window.id)).toEqual(['w3']);
    expect(windowChoices(null, '', [])).toEqual([]);
  });

  it('Should_move_a_used_window_to_the_front_and_keep_a_few', () => {
    expect(useWindow(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`);
    expect(useWindow(many, 'x')).toHaveLength(MAX_RECENT_WINDOWS);
  });

  it('Should_read_kept_ids_and_ignore_what_is_not_a_list', () => {
    const s = (v: string | null) => ({ getItem: () => v });
    expect(readIds(s('["a","b"]'), 'k')).toEqual(['a', 'b']);
    expect(readIds(s('{"a":1}'), 'k')).toEqual([]);
    expect(readIds(s('not json'), 'k')).toEqual([]);
    expect(readIds(null, 'k')).toEqual([]);
  });

  it('Should_label_a_draft_with_window_person_and_item', () => {
    const choice = windowChoices(targets, 'A01', [])[0];
    const person = choice.window.people[0];
    expect(draftLabel(choice, { kind: 'Person', person }, '迟到早退', '窗口')).toBe('A01 综合受理一号 · 赵六（S0004） · 迟到早退');
    expect(draftLabel(choice, { kind: 'Window' }, '迟到早退', '窗口')).toBe('A01 综合受理一号 · 窗口 · 迟到早退');
  });
});
