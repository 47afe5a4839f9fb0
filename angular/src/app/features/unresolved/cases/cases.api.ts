import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';

/**
 * 办不成事 cases at /api/unresolved/cases: intake, the list in scope, one case with its history, the guide's actions,
 * the workbench; the problem list and the printed forms. The types mirror the server's records (Training.Unresolved
 * CaseDtos, WorkbenchDtos, ProblemListDtos) and the calls use HttpClient: they were written before the server's
 * schema names were made unique across modules (see the architecture test ContractNameTests).
 */
export type CaseState = 'Registered' | 'Handling' | 'Transferred' | 'Answered' | 'AwaitingFollowUp' | 'Escalated' | 'Closed' | 'NotAccepted';
export type CaseCategory = 'General' | 'Complex' | 'NonStandardService' | 'NotStationed' | 'UnclearAuthority';
export type ComplainantKind = 'Person' | 'Enterprise';
export type IntakeChannel = 'Window' | 'Hotline' | 'Online';
export type NotAcceptedReason = 'Legal' | 'Litigation' | 'Petition' | 'ContraryToPolicy';
export type DeadlineKind = 'SameDayResolution' | 'FirstReply' | 'ReceiverAnswer' | 'FollowUp' | 'EscalationAnswer';
export type DeadlineOwner = 'Guide' | 'Desk' | 'Receiver' | 'EfficiencySection';
export type CaseOutcome = 'Resolved' | 'NotResolvable' | 'NotAccepted';
export type CaseStepKind =
  | 'Intake' | 'NotAccepted' | 'Classified' | 'WindowAnswer' | 'Conference' | 'ComplaintCheckOpened' | 'Transferred' | 'FirstReply'
  | 'ReceiverAnswer' | 'FollowUp' | 'Escalated' | 'EscalationAnswer' | 'Closed';
export type ReceiverKind = 'Department' | 'Township' | 'ConvenienceCentre';

export const CASE_STATES: CaseState[] = ['Registered', 'Handling', 'Transferred', 'Answered', 'AwaitingFollowUp', 'Escalated', 'Closed', 'NotAccepted'];
export const CASE_CATEGORIES: CaseCategory[] = ['General', 'Complex', 'NonStandardService', 'NotStationed', 'UnclearAuthority'];
export const COMPLAINANT_KINDS: ComplainantKind[] = ['Person', 'Enterprise'];
export const CHANNELS: IntakeChannel[] = ['Window', 'Hotline', 'Online'];
export const NOT_ACCEPTED_REASONS: NotAcceptedReason[] = ['Legal', 'Litigation', 'Petition', 'ContraryToPolicy'];
/** The outcomes a guide or the efficiency section closes with (NotAccepted is intake's own). */
export const CLOSING_OUTCOMES: CaseOutcome[] = ['Resolved', 'NotResolvable'];

export interface CaseRowDto {
  id: string;
  hallId: string;
  hallName: string;
  number: string;
  receivedAt: string;
  receivedOn: string;
  channel: IntakeChannel;
  complainantKind: ComplainantKind;
  complainantName: string;
  complainantContact: string;
  enterpriseName: string | null;
  complainantHidden: boolean;
  matter: string;
  unitId: string | null;
  unitName: string | null;
  windowId: string | null;
  windowName: string | null;
  category: CaseCategory | null;
  state: CaseState;
  guideName: string | null;
  recordedByName: string;
  receiverName: string | null;
  nextDueOn: string | null;
  overdue: boolean;
  version: number;
}

export interface CaseStepDto {
  id: string;
  kind: CaseStepKind;
  at: string;
  byName: string;
  text: string | null;
  sections: string[];
  receiverId: string | null;
  receiverName: string | null;
  satisfied: boolean | null;
  category: CaseCategory | null;
}

export interface CaseDeadlineDto {
  id: string;
  kind: DeadlineKind;
  owner: DeadlineOwner;
  receiverId: string | null;
  receiverName: string | null;
  startedOn: string;
  dueOn: string;
  metAt: string | null;
  metOnTime: boolean | null;
  overdue: boolean;
}

export interface AttachmentDto {
  fileId: string;
  fileName: string;
  size: number;
  contentType: string;
}

export interface CaseTransferDto {
  id: string;
  receiverId: string;
  receiverName: string;
  receiverKind: ReceiverKind;
  transferredAt: string;
  transferredByName: string;
  note: string | null;
  dueOn: string;
  viaEfficiencySection: boolean;
  answeredAt: string | null;
  answer: string | null;
  answeredByName: string | null;
  attachments: AttachmentDto[];
}

export interface CaseActionsDto {
  classify: boolean;
  windowAnswer: boolean;
  conference: boolean;
  openComplaintCheck: boolean;
  transfer: boolean;
  firstReply: boolean;
  followUp: boolean;
  answerEscalation: boolean;
  close: boolean;
}

export interface CaseDetailDto {
  case: CaseRowDto;
  description: string;
  recordedByNameAtIntake: string;
  notAcceptedReason: NotAcceptedReason | null;
  notAcceptedExplanation: string | null;
  complaintCheckInspectionId: string | null;
  closedAt: string | null;
  outcome: CaseOutcome | null;
  closingText: string | null;
  conferenceSections: string[];
  steps: CaseStepDto[];
  deadlines: CaseDeadlineDto[];
  transfers: CaseTransferDto[];
  actions: CaseActionsDto;
}

export interface CreateCaseInput {
  hallId: string;
  complainantKind: ComplainantKind;
  complainantName: string;
  complainantContact: string;
  enterpriseName: string | null;
  channel: IntakeChannel;
  matter: string;
  unitId: string | null;
  windowId: string | null;
  description: string;
  notAcceptedReason: NotAcceptedReason | null;
  notAcceptedExplanation: string | null;
}

export interface CaseFilters {
  hallId?: string;
  states?: CaseState[];
  category?: CaseCategory;
  unitId?: string;
  receiverId?: string;
  from?: string;
  to?: string;
  overdueOnly?: boolean;
  filter?: string;
}

/** An open deadline on the guide's workbench, with its case. */
export interface WorkbenchDeadlineDto {
  caseId: string;
  number: string;
  matter: string;
  state: CaseState;
  category: CaseCategory | null;
  kind: DeadlineKind;
  owner: DeadlineOwner;
  receiverName: string | null;
  dueOn: string;
  overdue: boolean;
}

/** The guide's workbench for a hall: the guide on duty, today's cases, every open deadline (earliest first). */
export interface WorkbenchDto {
  hallId: string;
  today: string;
  guideOnDuty: { staffId: string; name: string } | null;
  todayCases: CaseRowDto[];
  openDeadlines: WorkbenchDeadlineDto[];
  overdueCount: number;
}

/** One line of the monthly 问题清单 (open cases of earlier months carried over, 备注 是). */
export interface ProblemListLineDto {
  serial: number;
  caseId: string;
  number: string;
  receivedAt: string;
  receivedOn: string;
  unitId: string | null;
  unitName: string | null;
  windowName: string | null;
  complainantKind: ComplainantKind;
  complainantName: string;
  complainantContact: string;
  enterpriseName: string | null;
  complainantHidden: boolean;
  channel: IntakeChannel;
  matter: string;
  description: string;
  category: CaseCategory | null;
  state: CaseState;
  handling: string;
  basis: string;
  inProgress: boolean;
  carriedOver: boolean;
}

export interface ProblemListDto {
  hallId: string;
  hallName: string;
  year: number;
  month: number;
  lines: ProblemListLineDto[];
}

export interface Paging {
  skip: number;
  take: number;
  sorting: string;
}

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  record(input: CreateCaseInput): Promise<CaseDetailDto> {
    return firstValueFrom(this.http.post<CaseDetailDto>(`${this.root}/cases`, input));
  }

  list(f: CaseFilters, p: Paging): Promise<Page<CaseRowDto>> {
    let params = new HttpParams().set('SkipCount', p.skip).set('MaxResultCount', p.take).set('Sorting', p.sorting);
    const add = (k: string, v: string | boolean | undefined) => { if (v !== undefined && v !== '') params = params.append(k, String(v)); };
    add('HallId', f.hallId); for (const s of f.states ?? []) add('States', s); add('Category', f.category); add('UnitId', f.unitId);
    add('ReceiverId', f.receiverId); add('From', f.from); add('To', f.to); add('OverdueOnly', f.overdueOnly); add('Filter', f.filter);
    return firstValueFrom(this.http.get<Page<CaseRowDto>>(`${this.root}/cases`, { params }));
  }

  get(id: string): Promise<CaseDetailDto> {
    return firstValueFrom(this.http.get<CaseDetailDto>(`${this.root}/cases/${encodeURIComponent(id)}`));
  }

  /** One of the guide's (or the efficiency section's) actions on a case: classify, window-answer, conference, … */
  act(id: string, action: string, body: object): Promise<CaseDetailDto> {
    return firstValueFrom(this.http.post<CaseDetailDto>(`${this.root}/cases/${encodeURIComponent(id)}/${action}`, body));
  }

  workbench(hallId: string): Promise<WorkbenchDto> {
    return firstValueFrom(this.http.get<WorkbenchDto>(`${this.root}/workbench`, { params: new HttpParams().set('hallId', hallId) }));
  }

  problemList(hallId: string, year: number, month: number): Promise<ProblemListDto> {
    return firstValueFrom(this.http.get<ProblemListDto>(`${this.root}/problem-list`, { params: this.period(hallId, year, month) }));
  }

  /** The problem list as .xlsx (the monthly form export) or as the printable annex 2. */
  problemListUrl(hallId: string, year: number, month: number, format: 'xlsx' | 'pdf'): string {
    return `${this.root}/problem-list/${format === 'xlsx' ? 'export' : 'pdf'}?${this.period(hallId, year, month).toString()}`;
  }

  private period(hallId: string, year: number, month: number): HttpParams {
    return new HttpParams().set('HallId', hallId).set('Year', year).set('Month', month);
  }

  registrationFormUrl(id: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/registration-form`;
  }

  transferSlipUrl(id: string, transferId: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/transfers/${encodeURIComponent(transferId)}/slip`;
  }

  attachmentUrl(id: string, fileId: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}`;
  }
}
