import type { ParamMap } from '@angular/router';
import { convertToParamMap } from '@angular/router';
import { readTableState } from '../../../shared/url-state';
import type { LedgerCountsDto, LedgerDetailDto, LedgerRowDto } from './ledger.api';
import { BOARD_KEYS, activeFilterCount, addFiles, fileSize, boardChips, boardQuery, evidenceLine, ledgerDue, selfCheckUnits, shownMark, sourceLink, timeline } from './ledger-rules';

const state = (q: Record<string, string>) => readTableState(convertToParamMap(q) as ParamMap, { sort: 'dueOn asc', size: 20 }, BOARD_KEYS);
const counts: LedgerCountsDto = { open: 3, inProgress: 2, rectified: 1, accepted: 4, sentBack: 1, overdue: 2, recheckDue: 0 };

function row(over: Partial<LedgerRowDto> = {}): LedgerRowDto {
  return {
    id: 'i1', hallId: 'h', unitId: 'u', unitName: '综合受理窗口', source: 'Finding', title: '窗口人员离岗', responsiblePerson: null, openedOn: '2026-04-27',
    dueOn: '2026-05-08', state: 'Open', overdue: false, workingDaysLeft: 3, lastMark: null, sentBackCount: 0, reopenedCount: 0, progressCount: 0,
    rectifiedOn: null, recheckDueOn: null, version: 1, ...over,
  };
}

describe('ledger rules', () => {
  it('Should_show_the_working_days_left_the_day_itself_and_overdue_as_the_server_counted', () => {
    expect(ledgerDue(row())).toEqual({ status: 'Open', date: '2026-05-08', daysLeft: 3 });
    expect(ledgerDue(row({ workingDaysLeft: 0 })).status).toBe('DueToday');
    expect(ledgerDue(row({ workingDaysLeft: -2, overdue: true }))).toEqual({ status: 'Overdue', date: '2026-05-08', daysLeft: -2 });
    // The server's flag decides red even without a count; a sent-back item's deadline runs again.
    expect(ledgerDue(row({ workingDaysLeft: null, overdue: true })).status).toBe('Overdue');
    expect(ledgerDue(row({ state: 'SentBack', workingDaysLeft: 5 })).status).toBe('Open');
  });

  it('Should_owe_nothing_once_rectified_or_accepted', () => {
    expect(ledgerDue(row({ state: 'Rectified', workingDaysLeft: null })).status).toBe('Done');
    expect(ledgerDue(row({ state: 'Accepted', overdue: false, workingDaysLeft: null })).daysLeft).toBeNull();
  });

  it('Should_turn_the_url_into_the_board_query_and_leave_out_what_is_not_valid', () => {
    const q = boardQuery(state({ state: 'SentBack', source: 'SelfCheck', overdue: '1', mark: 'False', dueFrom: '2026-05-01', dueTo: 'tomorrow',
      unit: '3fa85f64-5717-4562-b3fc-2c963f66afa6', filter: ' 离岗 ', page: '2' }));
    expect(q).toEqual({
      unitId: '3fa85f64-5717-4562-b3fc-2c963f66afa6', states: ['SentBack'], source: 'SelfCheck', overdue: true, mark: 'False', dueFrom: '2026-05-01',
      dueTo: undefined, filter: '离岗', skip: 40, take: 20, sorting: 'dueOn asc',
    });
    const bad = boardQuery(state({ state: 'Closed', source: 'x', mark: 'Fake', unit: 'not-a-guid', overdue: 'yes' }));
    expect([bad.states, bad.source, bad.mark, bad.unitId, bad.overdue]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('Should_count_the_filters_set', () => {
    expect(activeFilterCount(state({}))).toBe(0);
    expect(activeFilterCount(state({ state: 'Open', overdue: '1', filter: '离岗', page: '3', sort: 'title desc' }))).toBe(3);
  });

  it('Should_filter_by_a_chip_and_clear_it_on_a_second_click', () => {
    const none = boardChips(counts, state({}));
    expect(none.map((c) => [c.key, c.count])).toEqual([['Open', 3], ['InProgress', 2], ['Rectified', 1], ['Accepted', 4], ['SentBack', 1], ['Overdue', 2]]);
    expect(none.find((c) => c.key === 'Rectified')!.change).toEqual({ state: 'Rectified', overdue: '', page: 0 });
    const onRectified = boardChips(counts, state({ state: 'Rectified' }));
    expect(onRectified.find((c) => c.key === 'Rectified')).toMatchObject({ active: true, change: { state: '' } });
    const onOverdue = boardChips(counts, state({ overdue: '1', state: 'Open' }));
    expect(onOverdue.filter((c) => c.active).map((c) => c.key)).toEqual(['Overdue']);
    expect(onOverdue.find((c) => c.key === 'Overdue')!.change).toEqual({ overdue: '', state: '', page: 0 });
  });

  it('Should_order_the_timeline_by_time_after_the_opening', () => {
    const d = {
      item: row({ state: 'SentBack', lastMark: 'False' }), openedByName: '督查员',
      progress: [{ id: 'p1', note: '已整改', final: true, byName: '负责人', at: '2026-05-02T02:00:00Z', evidence: [] },
        { id: 'p2', note: '再次整改', final: false, byName: '负责人', at: '2026-05-06T02:00:00Z', evidence: [] }],
      reviews: [{ id: 'r1', outcome: 'SentBack', mark: 'False', reason: '照片为旧照片', byName: '主任', at: '2026-05-03T02:00:00Z', newDueOn: '2026-05-12' }],
    } as unknown as LedgerDetailDto;
    expect(timeline(d).map((e) => e.kind === 'progress' ? e.progress.id : e.kind === 'review' ? e.review.id : e.kind)).toEqual(['opened', 'p1', 'r1', 'p2']);
  });

  it('Should_show_the_last_mark_until_the_item_is_accepted', () => {
    expect(shownMark(row({ state: 'SentBack', lastMark: 'Perfunctory' }))).toBe('Perfunctory');
    expect(shownMark(row({ state: 'Rectified', lastMark: 'False' }))).toBe('False');
    expect(shownMark(row({ state: 'Accepted', lastMark: 'False' }))).toBeNull();
  });

  it('Should_link_the_inspection_of_a_finding_and_nothing_for_a_self_check', () => {
    const origin = { inspectionId: 'ins1' };
    expect(sourceLink({ item: row(), origin } as unknown as LedgerDetailDto)).toEqual(['/supervision/inspections', 'ins1']);
    expect(sourceLink({ item: row({ source: 'SelfCheck' }), origin: { inspectionId: null } } as unknown as LedgerDetailDto)).toBeNull();
  });

  it('Should_offer_a_lead_only_their_units_and_a_manager_the_units_of_their_halls', () => {
    const tree = {
      halls: [
        { hall: { id: 'h1', name: '市政务服务中心' }, units: [{ unit: { id: 'u1', name: '综合受理窗口' } }, { unit: { id: 'u2', name: '税务窗口' } }] },
        { hall: { id: 'h2', name: '高新区政务服务中心' }, units: [{ unit: { id: 'u3', name: '综合窗口' } }] },
      ],
    } as never;
    expect(selfCheckUnits(tree, { kind: 'Units', unitIds: ['u1'], hallIds: [], staffId: null })).toEqual([{ id: 'u1', label: '综合受理窗口（市政务服务中心）' }]);
    expect(selfCheckUnits(tree, { kind: 'Halls', unitIds: [], hallIds: ['h1'], staffId: null }).map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(selfCheckUnits(tree, { kind: 'All', unitIds: [], hallIds: [], staffId: null })).toHaveLength(3);
    expect(selfCheckUnits(null, null)).toEqual([]);
  });

  it('Should_name_a_file_the_server_would_refuse_before_sending_it', () => {
    expect(evidenceLine({ name: '整改后.JPG', size: 2048 })).toEqual({ name: '整改后.JPG', kind: 'JPEG', size: 2048, problem: null });
    expect(evidenceLine({ name: '制度.docx', size: 10 }).problem).toBeNull();
    expect(evidenceLine({ name: 'run.exe', size: 10 }).problem).toBe('kind');
    expect(evidenceLine({ name: 'a.pdf', size: 0 }).problem).toBe('empty');
    expect(evidenceLine({ name: 'big.png', size: 11 * 1024 * 1024 }).problem).toBe('size');
  });

  it('Should_say_a_files_size_in_bytes_kilobytes_or_megabytes', () => {
    expect([fileSize(0), fileSize(1023), fileSize(1536), fileSize(5 * 1024 * 1024 + 100 * 1024)]).toEqual(['0 B', '1023 B', '2 KB', '5.1 MB']);
  });

  it('Should_replace_a_file_of_the_same_name_and_keep_at_most_six', () => {
    const f = (name: string, size = 1) => ({ name, size });
    const once = addFiles([f('a.jpg')], [f('a.jpg', 9), f('b.pdf')]);
    expect(once.files).toEqual([f('a.jpg', 9), f('b.pdf')]);
    const many = addFiles([], ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => f(`${n}.jpg`)));
    expect([many.files.length, many.dropped]).toEqual([6, 2]);
  });
});
