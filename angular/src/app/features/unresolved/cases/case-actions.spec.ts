import { actionsFor, conferenceSections } from './case-actions';
import type { CaseDeadline } from './cases.api';

const guide = { handle: true, supervise: false };
const section = { handle: false, supervise: true };
const reader = { handle: false, supervise: false };
const owed: CaseDeadline[] = [{ kind: 'FirstReply', owner: 'Desk', startedOn: '2026-03-02', dueOn: '2026-03-02', metAt: null }];

describe('case actions', () => {
  it('Should_offer_classification_of_a_registered_case_to_the_guide_only', () => {
    expect(actionsFor({ state: 'Registered', category: null }, guide)).toEqual(['classify']);
    expect(actionsFor({ state: 'Registered', category: null }, reader)).toEqual([]);
  });

  it('Should_offer_the_step_of_each_category', () => {
    expect(actionsFor({ state: 'Handling', category: 'General' }, guide)).toContain('windowAnswer');
    expect(actionsFor({ state: 'Handling', category: 'Complex' }, guide)).toContain('conference');
    expect(actionsFor({ state: 'Handling', category: 'NotStationed' }, guide)).toContain('transfer');
    expect(actionsFor({ state: 'Handling', category: 'UnclearAuthority' }, guide)).toContain('transfer');
    // The complaint check is the efficiency section's, not the guide's.
    expect(actionsFor({ state: 'Handling', category: 'NonStandardService' }, guide)).not.toContain('complaintCheck');
    expect(actionsFor({ state: 'Handling', category: 'NonStandardService' }, section)).toContain('complaintCheck');
  });

  it('Should_offer_the_first_reply_while_it_is_owed_and_the_follow_up_once_answered', () => {
    expect(actionsFor({ state: 'Transferred', category: 'NotStationed', deadlines: owed }, guide)).toEqual(['firstReply']);
    expect(actionsFor({ state: 'Transferred', category: 'NotStationed', deadlines: [{ ...owed[0], metAt: '2026-03-02T03:00:00Z' }] }, guide)).toEqual([]);
    expect(actionsFor({ state: 'Answered', category: 'NotStationed' }, guide)).toEqual(['followUp']);
    expect(actionsFor({ state: 'AwaitingFollowUp', category: 'General' }, guide)).toEqual(['followUp', 'close']);
  });

  it('Should_leave_the_escalation_answer_to_the_efficiency_section_and_nothing_on_a_closed_case', () => {
    expect(actionsFor({ state: 'Escalated', category: 'NotStationed' }, guide)).toEqual([]);
    expect(actionsFor({ state: 'Escalated', category: 'NotStationed' }, section)).toEqual(['escalationAnswer']);
    expect(actionsFor({ state: 'Closed', category: 'General', deadlines: owed }, guide)).toEqual([]);
    expect(actionsFor({ state: 'NotAccepted', category: null }, { handle: true, supervise: true })).toEqual([]);
  });

  it('Should_read_the_conference_sections_setting', () => {
    expect(conferenceSections('业务协调科、效能督查科, 审改科')).toEqual(['业务协调科', '效能督查科', '审改科']);
    expect(conferenceSections('')).toEqual(['业务协调科', '效能督查科', '审改科', '政策法规科']);
  });
});
