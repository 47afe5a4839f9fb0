import type { CaseDetail, CaseListItem } from './cases.api';

/** The actions on a case, each a POST to /api/unresolved/cases/{id}/{path} (see CasesApi.act). */
export type CaseAction =
  | 'classify' | 'windowAnswer' | 'conference' | 'complaintCheck' | 'transfer' | 'firstReply' | 'followUp' | 'escalationAnswer' | 'close';

/** The URL segment of each action. */
export const ACTION_PATHS: Record<CaseAction, string> = {
  classify: 'classify', windowAnswer: 'window-answer', conference: 'conference', complaintCheck: 'complaint-check', transfer: 'transfer',
  firstReply: 'first-reply', followUp: 'follow-up', escalationAnswer: 'escalation-answer', close: 'close',
};

export interface ActionRights {
  /** Unresolved.Cases.Handle: the guide's steps. */
  handle: boolean;
  /** Unresolved.Cases.Supervise: the efficiency section's (complaint check, escalation answer, transfers to the unit complained about). */
  supervise: boolean;
}

type CaseLike = Pick<CaseListItem, 'state' | 'category'> & Partial<Pick<CaseDetail, 'deadlines'>>;

/**
 * The actions a caller is offered on a case, following the seed's flow: classify a registered case; by its category
 * the window's answer (一般性), a case conference (较复杂), the complaint check (服务不规范, the efficiency section) or a
 * transfer (未进驻, 审批主体不明); the first reply while it is still owed; the follow-up once answered; the efficiency
 * section's answer to an unsatisfied follow-up. The server decides again; this only chooses the buttons.
 */
export function actionsFor(c: CaseLike, rights: ActionRights): CaseAction[] {
  const out: CaseAction[] = [];
  const guide = rights.handle || rights.supervise;
  const firstReplyOwed = (c.deadlines ?? []).some((d) => d.kind === 'FirstReply' && !d.metAt);
  switch (c.state) {
    case 'Registered':
      if (guide) out.push('classify');
      break;
    case 'Handling':
      if (c.category === 'General' && guide) out.push('windowAnswer');
      if (c.category === 'Complex' && guide) out.push('conference');
      if (c.category === 'NonStandardService' && rights.supervise) out.push('complaintCheck');
      if ((c.category === 'NotStationed' || c.category === 'UnclearAuthority') && guide) out.push('transfer');
      if (guide) out.push('classify');
      break;
    case 'Answered':
    case 'AwaitingFollowUp':
      if (guide) out.push('followUp');
      break;
    case 'Escalated':
      if (rights.supervise) out.push('escalationAnswer');
      break;
    default:
      break;
  }
  if (guide && firstReplyOwed && c.state !== 'Closed' && c.state !== 'NotAccepted' && c.state !== 'Registered') out.push('firstReply');
  if (guide && (c.state === 'Handling' || c.state === 'AwaitingFollowUp')) out.push('close');
  return out;
}

/** The sections of a case conference 一事一议 (setting Unresolved.ConferenceSections; the seed's four by default). */
export const DEFAULT_CONFERENCE_SECTIONS = ['业务协调科', '效能督查科', '审改科', '政策法规科'];

/** The sections setting as a list: split on 、 or commas, blanks dropped. */
export function conferenceSections(setting: string | null | undefined): string[] {
  const parts = (setting ?? '').split(/[、,，]/).map((s) => s.trim()).filter(Boolean);
  return parts.length ? parts : DEFAULT_CONFERENCE_SECTIONS;
}
