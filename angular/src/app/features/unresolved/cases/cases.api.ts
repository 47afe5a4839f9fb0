import { HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import { answerUnresolvedEscalation } from '../../../proxy/fn/unresolved-cases/answer-unresolved-escalation';
import { classifyUnresolvedCase } from '../../../proxy/fn/unresolved-cases/classify-unresolved-case';
import { closeUnresolvedCase } from '../../../proxy/fn/unresolved-cases/close-unresolved-case';
import { createUnresolvedCase } from '../../../proxy/fn/unresolved-cases/create-unresolved-case';
import { getUnresolvedCase } from '../../../proxy/fn/unresolved-cases/get-unresolved-case';
import { getUnresolvedCaseAttachment } from '../../../proxy/fn/unresolved-cases/get-unresolved-case-attachment';
import { getUnresolvedWorkbench } from '../../../proxy/fn/unresolved-cases/get-unresolved-workbench';
import { listUnresolvedCases } from '../../../proxy/fn/unresolved-cases/list-unresolved-cases';
import { openUnresolvedComplaintCheck } from '../../../proxy/fn/unresolved-cases/open-unresolved-complaint-check';
import { recordUnresolvedConference } from '../../../proxy/fn/unresolved-cases/record-unresolved-conference';
import { recordUnresolvedFirstReply } from '../../../proxy/fn/unresolved-cases/record-unresolved-first-reply';
import { recordUnresolvedFollowUp } from '../../../proxy/fn/unresolved-cases/record-unresolved-follow-up';
import { recordUnresolvedWindowAnswer } from '../../../proxy/fn/unresolved-cases/record-unresolved-window-answer';
import { transferUnresolvedCase } from '../../../proxy/fn/unresolved-cases/transfer-unresolved-case';
import { exportUnresolvedProblemList } from '../../../proxy/fn/unresolved-forms/export-unresolved-problem-list';
import { getUnresolvedCaseTransferSlip } from '../../../proxy/fn/unresolved-forms/get-unresolved-case-transfer-slip';
import { getUnresolvedProblemList } from '../../../proxy/fn/unresolved-forms/get-unresolved-problem-list';
import { getUnresolvedProblemListPdf } from '../../../proxy/fn/unresolved-forms/get-unresolved-problem-list-pdf';
import { getUnresolvedRegistrationForm } from '../../../proxy/fn/unresolved-forms/get-unresolved-registration-form';
import type {
  CaseCategory as NullableCaseCategory, CaseOutcome as NullableCaseOutcome, CaseRowDto, ClassifyCaseInput, CloseCaseInput,
  ComplainantKind, ComplaintCheckInput, ConferenceInput, CreateCaseInput, EscalationAnswerInput, FirstReplyInput, FollowUpInput,
  IntakeChannel, NotAcceptedReason as NullableNotAcceptedReason, ProblemListDto, TransferCaseInput, UnresolvedCaseDetailDto,
  UnresolvedCaseState, WindowAnswerInput, WorkbenchDto,
} from '../../../proxy/models';
import type { Page } from '../../../shared/server-table';
import type { CaseAction } from './case-actions';

/**
 * 办不成事 cases at /api/unresolved/cases on the generated client: intake, the list in scope, one case with its
 * history, the guide's actions, the workbench; the problem list and the printed forms (links the browser opens).
 */
export type {
  AttachmentDto, CaseActionsDto, CaseDeadlineDto, CaseRowDto, CaseStepDto, CaseStepKind, CaseTransferDto, ClassifyCaseInput,
  CloseCaseInput, ComplainantKind, ComplaintCheckInput, ConferenceInput, CreateCaseInput, DeadlineKind, DeadlineOwner,
  EscalationAnswerInput, FirstReplyInput, FollowUpInput, GuideOnDutyDto, IntakeChannel, ProblemListDto, ProblemListLineDto,
  ReceiverKind, TransferCaseInput, UnresolvedCaseDetailDto as CaseDetailDto, UnresolvedCaseState as CaseState, WindowAnswerInput,
  WorkbenchDeadlineDto, WorkbenchDto,
} from '../../../proxy/models';

/** A category, outcome or reason itself (the generated types also allow the null of a field without one). */
export type CaseCategory = NonNullable<NullableCaseCategory>;
export type CaseOutcome = NonNullable<NullableCaseOutcome>;
export type NotAcceptedReason = NonNullable<NullableNotAcceptedReason>;

export const CASE_STATES: UnresolvedCaseState[] = [
  'Registered', 'Handling', 'Transferred', 'Answered', 'AwaitingFollowUp', 'Escalated', 'Closed', 'NotAccepted',
];
export const CASE_CATEGORIES: CaseCategory[] = ['General', 'Complex', 'NonStandardService', 'NotStationed', 'UnclearAuthority'];
export const COMPLAINANT_KINDS: ComplainantKind[] = ['Person', 'Enterprise'];
export const CHANNELS: IntakeChannel[] = ['Window', 'Hotline', 'Online'];
export const NOT_ACCEPTED_REASONS: NotAcceptedReason[] = ['Legal', 'Litigation', 'Petition', 'ContraryToPolicy'];
/** The outcomes a guide or the efficiency section closes with (NotAccepted is intake's own). */
export const CLOSING_OUTCOMES: CaseOutcome[] = ['Resolved', 'NotResolvable'];

/** The input the server takes for each action on a case (its POST under /api/unresolved/cases/{id}/). */
interface CaseActionInputs {
  classify: ClassifyCaseInput;
  windowAnswer: WindowAnswerInput;
  conference: ConferenceInput;
  complaintCheck: ComplaintCheckInput;
  transfer: TransferCaseInput;
  firstReply: FirstReplyInput;
  followUp: FollowUpInput;
  escalationAnswer: EscalationAnswerInput;
  close: CloseCaseInput;
}

/** An action on a case with its input; every CaseAction has one. */
export type CaseActionRequest = { [A in CaseAction]: { action: A; body: CaseActionInputs[A] } }[CaseAction];

/** The list's filters (CaseListInput); empty ones are left out. */
export interface CaseFilters {
  hallId?: string;
  states?: UnresolvedCaseState[];
  category?: CaseCategory;
  unitId?: string;
  receiverId?: string;
  from?: string;
  to?: string;
  overdueOnly?: boolean;
  filter?: string;
}

export interface Paging {
  skip: number;
  take: number;
  sorting: string;
}

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly api = inject(Api);
  private readonly root = inject(ApiConfiguration).rootUrl;

  record(input: CreateCaseInput): Promise<UnresolvedCaseDetailDto> {
    return this.api.invoke(createUnresolvedCase, { body: input });
  }

  list(f: CaseFilters, p: Paging): Promise<Page<CaseRowDto>> {
    return this.api.invoke(listUnresolvedCases, {
      HallId: f.hallId || undefined, States: f.states, Category: f.category, UnitId: f.unitId || undefined,
      ReceiverId: f.receiverId || undefined, From: f.from || undefined, To: f.to || undefined, OverdueOnly: f.overdueOnly,
      Filter: f.filter || undefined, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting,
    });
  }

  get(id: string): Promise<UnresolvedCaseDetailDto> {
    return this.api.invoke(getUnresolvedCase, { id });
  }

  /** One of the guide's (or the efficiency section's) actions on a case; resolves to the case as it is now. */
  act(id: string, r: CaseActionRequest): Promise<UnresolvedCaseDetailDto> {
    switch (r.action) {
      case 'classify': return this.api.invoke(classifyUnresolvedCase, { id, body: r.body });
      case 'windowAnswer': return this.api.invoke(recordUnresolvedWindowAnswer, { id, body: r.body });
      case 'conference': return this.api.invoke(recordUnresolvedConference, { id, body: r.body });
      case 'complaintCheck': return this.api.invoke(openUnresolvedComplaintCheck, { id, body: r.body });
      case 'transfer': return this.api.invoke(transferUnresolvedCase, { id, body: r.body });
      case 'firstReply': return this.api.invoke(recordUnresolvedFirstReply, { id, body: r.body });
      case 'followUp': return this.api.invoke(recordUnresolvedFollowUp, { id, body: r.body });
      case 'escalationAnswer': return this.api.invoke(answerUnresolvedEscalation, { id, body: r.body });
      case 'close': return this.api.invoke(closeUnresolvedCase, { id, body: r.body });
    }
  }

  workbench(hallId: string): Promise<WorkbenchDto> {
    return this.api.invoke(getUnresolvedWorkbench, { hallId });
  }

  problemList(hallId: string, year: number, month: number): Promise<ProblemListDto> {
    return this.api.invoke(getUnresolvedProblemList, { HallId: hallId, Year: year, Month: month });
  }

  /**
   * The problem list as .xlsx (the monthly form export) or as the printable annex 2. The files are links the browser
   * opens (the session cookie goes along); the generated calls would read them as text.
   */
  problemListUrl(hallId: string, year: number, month: number, format: 'xlsx' | 'pdf'): string {
    const path = format === 'xlsx' ? exportUnresolvedProblemList.PATH : getUnresolvedProblemListPdf.PATH;
    const query = new HttpParams().set('HallId', hallId).set('Year', year).set('Month', month);
    return `${this.root}${path}?${query.toString()}`;
  }

  registrationFormUrl(id: string): string {
    return `${this.root}${getUnresolvedRegistrationForm.PATH.replace('{id}', encodeURIComponent(id))}`;
  }

  transferSlipUrl(id: string, transferId: string): string {
    const path = getUnresolvedCaseTransferSlip.PATH.replace('{id}', encodeURIComponent(id)).replace('{transferId}', encodeURIComponent(transferId));
    return `${this.root}${path}`;
  }

  attachmentUrl(id: string, fileId: string): string {
    return `${this.root}${getUnresolvedCaseAttachment.PATH.replace('{id}', encodeURIComponent(id)).replace('{fileId}', encodeURIComponent(fileId))}`;
  }
}
