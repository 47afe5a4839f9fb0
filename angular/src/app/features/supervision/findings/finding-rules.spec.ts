import type { CurrentUserDto } from '../../../proxy/models';
import { canDecide, canDispute, daysLeft, reasonLength } from './finding-rules';
import type { FindingDto } from './findings.api';

const finding = (over: Partial<FindingDto> = {}): FindingDto => ({
  id: 'f', inspectionId: 'i', inspectionKind: 'Open', inspectionTitle: '明察', catalogueItemId: 'c', itemCode: 'GZJL-01', itemVersion: 1,
  itemNameZh: '迟到早退', itemNameEn: 'Late', kind: 'Violation', category: 'WorkDiscipline', personPoints: 2, unitPoints: 1, target: 'Person',
  hallId: 'h', hallName: '市中心', unitId: 'zh', unitName: '综合受理窗口', windowId: 'w', windowCode: 'A01', windowName: '一号', staffId: 's4',
  staffNumber: 'S0004', staffName: '赵六', date: '2026-03-02', note: null, recordedByName: '督查员', recordedAt: '2026-03-02T02:00:00Z',
  disputeUntil: '2026-03-05', state: 'Recorded', disputeReason: null, disputedByName: null, disputedAt: null, decisionReason: null,
  decidedByName: null, decidedAt: null, photos: [], ledgerItemId: null, version: 0, ...over,
});

const user = (over: Partial<CurrentUserDto> & { kind?: 'Own' | 'Units' | 'Halls'; unitIds?: string[] } = {}): CurrentUserDto => ({
  displayName: 'x', mustChangePassword: false, permissions: [], roles: [], userId: 'u', userName: 'x', staffId: over.staffId ?? null,
  scope: { kind: over.kind ?? 'Own', hallIds: [], unitIds: over.unitIds ?? [], staffId: over.staffId ?? null },
});

describe('finding rules', () => {
  it('Should_offer_a_dispute_to_the_person_and_to_the_lead_of_the_unit_only', () => {
    expect(canDispute(finding(), user({ staffId: 's4' }), '2026-03-03', true)).toBe(true);
    expect(canDispute(finding(), user({ kind: 'Units', unitIds: ['zh'], staffId: 's2' }), '2026-03-03', true)).toBe(true);
    expect(canDispute(finding(), user({ staffId: 's5' }), '2026-03-03', true)).toBe(false);
    expect(canDispute(finding(), user({ kind: 'Units', unitIds: ['gs'], staffId: 's2' }), '2026-03-03', true)).toBe(false);
    expect(canDispute(finding(), user({ staffId: 's4' }), '2026-03-03', false)).toBe(false);
  });

  it('Should_not_offer_a_dispute_after_the_deadline_twice_or_for_a_commendation', () => {
    const me = user({ staffId: 's4' });
    expect(canDispute(finding(), me, '2026-03-05', true)).toBe(true);
    expect(canDispute(finding(), me, '2026-03-06', true)).toBe(false);
    expect(canDispute(finding({ state: 'Disputed', disputedAt: '2026-03-03T01:00:00Z' }), me, '2026-03-03', true)).toBe(false);
    expect(canDispute(finding({ state: 'Upheld', disputedAt: '2026-03-03T01:00:00Z' }), me, '2026-03-03', true)).toBe(false);
    expect(canDispute(finding({ kind: 'Commendation', category: 'Banner' }), me, '2026-03-03', true)).toBe(false);
  });

  it('Should_offer_a_decision_on_a_disputed_finding_to_who_may_decide', () => {
    expect(canDecide(finding({ state: 'Disputed' }), true)).toBe(true);
    expect(canDecide(finding({ state: 'Recorded' }), true)).toBe(false);
    expect(canDecide(finding({ state: 'Disputed' }), false)).toBe(false);
  });

  it('Should_count_days_left_and_characters_of_a_reason', () => {
    expect(daysLeft('2026-03-05', '2026-03-02')).toBe(3);
    expect(daysLeft('2026-03-05', '2026-03-06')).toBe(-1);
    expect(reasonLength('  情况不属实  ')).toBe(5);
    expect(reasonLength('𠀀𠀀')).toBe(2);
  });
});
