import type { CaseActionsDto, CaseRowDto } from './cases.api';

/** The actions on a case, each a POST to /api/unresolved/cases/{id}/{path} (see CasesApi.act). */
export type CaseAction =
  | 'classify' | 'windowAnswer' | 'conference' | 'complaintCheck' | 'transfer' | 'firstReply' | 'followUp' | 'escalationAnswer' | 'close';

/** In the order the page offers them (the seed's flow). */
const ORDER: [CaseAction, keyof CaseActionsDto][] = [
  ['classify', 'classify'], ['windowAnswer', 'windowAnswer'], ['conference', 'conference'], ['complaintCheck', 'openComplaintCheck'],
  ['transfer', 'transfer'], ['firstReply', 'firstReply'], ['followUp', 'followUp'], ['escalationAnswer', 'answerEscalation'], ['close', 'close'],
];

/** The actions the server says the caller may take on a case now, as buttons in the flow's order. */
export function actionList(actions: CaseActionsDto): CaseAction[] {
  return ORDER.filter(([, key]) => actions[key]).map(([action]) => action);
}

export interface ActionRights {
  /** Unresolved.Cases.Handle: the guide's steps. */
  handle: boolean;
  /** Unresolved.Cases.Supervise: the efficiency section's (complaint check, escalation answer). */
  supervise: boolean;
}

/**
 * The next step a workbench card offers for a case in the list (a row carries no actions; the case page shows the
 * server's): classify a registered case; by its category the window's answer (一般性), a case conference (较复杂),
 * the complaint check (服务不规范, the efficiency section) or a transfer (未进驻, 审批主体不明); the follow-up once
 * answered; the efficiency section's answer to an unsatisfied follow-up. The server decides again when it is taken.
 */
export function nextActions(c: Pick<CaseRowDto, 'state' | 'category'>, rights: ActionRights): CaseAction[] {
  const guide = rights.handle || rights.supervise;
  switch (c.state) {
    case 'Registered':
      return guide ? ['classify'] : [];
    case 'Handling':
      if (c.category === 'General') return guide ? ['windowAnswer'] : [];
      if (c.category === 'Complex') return guide ? ['conference'] : [];
      if (c.category === 'NonStandardService') return rights.supervise ? ['complaintCheck'] : [];
      return guide ? ['transfer'] : [];
    case 'Answered':
    case 'AwaitingFollowUp':
      return guide ? ['followUp'] : [];
    case 'Escalated':
      return rights.supervise ? ['escalationAnswer'] : [];
    default:
      return [];
  }
}

/** The sections of a case conference 一事一议 when the server names none (the seed's four). */
export const DEFAULT_CONFERENCE_SECTIONS = ['业务协调科', '效能督查科', '审改科', '政策法规科'];
