import { actionList, nextActions } from './case-actions';
import type { CaseActionsDto } from './cases.api';

const guide = { handle: true, supervise: false };
const section = { handle: false, supervise: true };
const reader = { handle: false, supervise: false };
const none: CaseActionsDto = {
  classify: false, windowAnswer: false, conference: false, openComplaintCheck: false, transfer: false, firstReply: false, followUp: false,
  answerEscalation: false, close: false,
};

describe('case actions', () => {
  it('Should_list_the_server_actions_in_the_order_of_the_flow', () => {
    expect(actionList(none)).toEqual([]);
    expect(actionList({ ...none, close: true, firstReply: true, transfer: true })).toEqual(['transfer', 'firstReply', 'close']);
    expect(actionList({ ...none, openComplaintCheck: true, answerEscalation: true })).toEqual(['complaintCheck', 'escalationAnswer']);
  });

  it('Should_offer_classification_of_a_registered_case_to_the_guide_only', () => {
    expect(nextActions({ state: 'Registered', category: null }, guide)).toEqual(['classify']);
    expect(nextActions({ state: 'Registered', category: null }, reader)).toEqual([]);
  });

  it('Should_offer_the_step_of_each_category', () => {
    expect(nextActions({ state: 'Handling', category: 'General' }, guide)).toEqual(['windowAnswer']);
    expect(nextActions({ state: 'Handling', category: 'Complex' }, guide)).toEqual(['conference']);
    expect(nextActions({ state: 'Handling', category: 'NotStationed' }, guide)).toEqual(['transfer']);
    expect(nextActions({ state: 'Handling', category: 'UnclearAuthority' }, guide)).toEqual(['transfer']);
    // The complaint check is the efficiency section's, not the guide's.
    expect(nextActions({ state: 'Handling', category: 'NonStandardService' }, guide)).toEqual([]);
    expect(nextActions({ state: 'Handling', category: 'NonStandardService' }, section)).toEqual(['complaintCheck']);
  });

  it('Should_offer_the_follow_up_once_answered_and_the_escalation_answer_to_the_efficiency_section', () => {
    expect(nextActions({ state: 'Transferred', category: 'NotStationed' }, guide)).toEqual([]);
    expect(nextActions({ state: 'Answered', category: 'NotStationed' }, guide)).toEqual(['followUp']);
    expect(nextActions({ state: 'AwaitingFollowUp', category: 'General' }, guide)).toEqual(['followUp']);
    expect(nextActions({ state: 'Escalated', category: 'NotStationed' }, guide)).toEqual([]);
    expect(nextActions({ state: 'Escalated', category: 'NotStationed' }, section)).toEqual(['escalationAnswer']);
    expect(nextActions({ state: 'Closed', category: 'General' }, { handle: true, supervise: true })).toEqual([]);
    expect(nextActions({ state: 'NotAccepted', category: null }, { handle: true, supervise: true })).toEqual([]);
  });
});
