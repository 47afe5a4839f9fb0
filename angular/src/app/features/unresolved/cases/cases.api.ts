import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';

/** 办不成事 cases at /api/unresolved/cases: intake, the list in scope, one case with its history, and the guide's actions. */
export type CaseState = 'Registered' | 'Handling' | 'Transferred' | 'Answered' | 'AwaitingFollowUp' | 'Escalated' | 'Closed' | 'NotAccepted';
export type CaseCategory = 'General' | 'Complex' | 'NonStandardService' | 'NotStationed' | 'UnclearAuthority';
export type ComplainantKind = 'Person' | 'Enterprise';
export type CaseChannel = 'Window' | 'Hotline' | 'Online';
export type NotAcceptedReason = 'Legal' | 'Litigation' | 'Petition' | 'ContraryToPolicy';
export type DeadlineKind = 'SameDayResolution' | 'FirstReply' | 'ReceiverAnswer' | 'FollowUp' | 'EscalationAnswer';
export type DeadlineOwner = 'Guide' | 'Desk' | 'Receiver' | 'EfficiencySection';
export type CaseOutcome = 'Resolved' | 'NotResolvable' | 'Explained';

export const CASE_STATES: CaseState[] = ['Registered', 'Handling', 'Transferred', 'Answered', 'AwaitingFollowUp', 'Escalated', 'Closed', 'NotAccepted'];
export const CASE_CATEGORIES: CaseCategory[] = ['General', 'Complex', 'NonStandardService', 'NotStationed', 'UnclearAuthority'];
export const COMPLAINANT_KINDS: ComplainantKind[] = ['Person', 'Enterprise'];
export const CHANNELS: CaseChannel[] = ['Window', 'Hotline', 'Online'];
export const NOT_ACCEPTED_REASONS: NotAcceptedReason[] = ['Legal', 'Litigation', 'Petition', 'ContraryToPolicy'];
export const OUTCOMES: CaseOutcome[] = ['Resolved', 'NotResolvable', 'Explained'];

export interface CaseListItem {
  id: string;
  number: string;
  hallId: string;
  receivedAt: string;
  receivedOn: string;
  channel: CaseChannel;
  complainantKind: ComplainantKind;
  complainantName: string;
  complainantContact: string;
  complainantHidden: boolean;
  matter: string;
  unitId?: string | null;
  unitName?: string | null;
  windowCode?: string | null;
  category?: CaseCategory | null;
  state: CaseState;
  guideName?: string | null;
  nextDueOn?: string | null;
  overdue: boolean;
}

export interface CaseStep {
  kind: string;
  at: string;
  byName: string;
  text?: string | null;
  sections?: string | null;
  receiverName?: string | null;
  satisfied?: boolean | null;
}

export interface CaseDeadline {
  kind: DeadlineKind;
  owner: DeadlineOwner;
  receiverName?: string | null;
  startedOn: string;
  dueOn: string;
  metAt?: string | null;
}

export interface CaseAttachment {
  fileId: string;
  fileName: string;
}

export interface CaseTransfer {
  id: string;
  receiverId: string;
  receiverName: string;
  transferredAt: string;
  transferredByName: string;
  note?: string | null;
  dueOn: string;
  answeredAt?: string | null;
  answer?: string | null;
  answeredByName?: string | null;
  attachments: CaseAttachment[];
  viaSupervision: boolean;
}

export interface CaseDetail extends CaseListItem {
  enterpriseName?: string | null;
  description: string;
  windowName?: string | null;
  recordedByName: string;
  accepted: boolean;
  notAcceptedReason?: NotAcceptedReason | null;
  notAcceptedExplanation?: string | null;
  complaintCheckInspectionId?: string | null;
  outcome?: CaseOutcome | null;
  closingText?: string | null;
  closedAt?: string | null;
  steps: CaseStep[];
  deadlines: CaseDeadline[];
  transfers: CaseTransfer[];
  version: number;
}

export interface IntakeInput {
  complainantKind: ComplainantKind;
  complainantName: string;
  complainantContact: string;
  enterpriseName?: string | null;
  channel: CaseChannel;
  matter: string;
  hallId?: string | null;
  unitId?: string | null;
  windowId?: string | null;
  description: string;
  accepted: boolean;
  notAcceptedReason?: NotAcceptedReason | null;
  notAcceptedExplanation?: string | null;
}

export interface CaseFilters {
  state?: CaseState;
  category?: CaseCategory;
  unitId?: string;
  receiverId?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  filter?: string;
}

/** A deadline not met yet on the guide's workbench, with its case. */
export interface OpenDeadline {
  caseId: string;
  number: string;
  matter: string;
  state: CaseState;
  category?: CaseCategory | null;
  kind: DeadlineKind;
  owner: DeadlineOwner;
  receiverName?: string | null;
  dueOn: string;
}

/** The guide's workbench: the cases received today in their halls, and every deadline still open there. */
export interface Workbench {
  today: CaseListItem[];
  deadlines: OpenDeadline[];
  guideOnDuty?: string | null;
}

/** One row of the monthly 问题清单 (open cases of earlier months carried over, marked 是). */
export interface ProblemListRow {
  caseId: string;
  number: string;
  receivedAt: string;
  windowName?: string | null;
  complainantName: string;
  complainantContact: string;
  complainantHidden: boolean;
  channel: CaseChannel;
  description: string;
  handling: string;
  basis?: string | null;
  carriedOver: boolean;
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

  record(input: IntakeInput): Promise<CaseDetail> {
    return firstValueFrom(this.http.post<CaseDetail>(`${this.root}/cases`, input));
  }

  list(f: CaseFilters, p: Paging): Promise<Page<CaseListItem>> {
    let params = new HttpParams().set('SkipCount', p.skip).set('MaxResultCount', p.take).set('Sorting', p.sorting);
    const add = (k: string, v: string | boolean | undefined) => { if (v !== undefined && v !== '') params = params.set(k, String(v)); };
    add('State', f.state); add('Category', f.category); add('UnitId', f.unitId); add('ReceiverId', f.receiverId);
    add('From', f.from); add('To', f.to); add('Overdue', f.overdue); add('Filter', f.filter);
    return firstValueFrom(this.http.get<Page<CaseListItem>>(`${this.root}/cases`, { params }));
  }

  get(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(`${this.root}/cases/${encodeURIComponent(id)}`));
  }

  /** One of the guide's (or the efficiency section's) actions on a case: classify, window-answer, conference, … */
  act(id: string, action: string, body: object): Promise<CaseDetail> {
    return firstValueFrom(this.http.post<CaseDetail>(`${this.root}/cases/${encodeURIComponent(id)}/${action}`, body));
  }

  workbench(): Promise<Workbench> {
    return firstValueFrom(this.http.get<Workbench>(`${this.root}/workbench`));
  }

  problemList(hallId: string, year: number, month: number): Promise<ProblemListRow[]> {
    return firstValueFrom(this.http.get<ProblemListRow[]>(`${this.root}/problem-list`, { params: this.period(hallId, year, month) }));
  }

  problemListUrl(hallId: string, year: number, month: number, format: 'xlsx' | 'pdf'): string {
    return `${this.root}/problem-list.${format}?${this.period(hallId, year, month).toString()}`;
  }

  private period(hallId: string, year: number, month: number): HttpParams {
    return new HttpParams().set('HallId', hallId).set('Year', year).set('Month', month);
  }

  registrationFormUrl(id: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/registration-form.pdf`;
  }

  transferSlipUrl(id: string, transferId: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/transfers/${encodeURIComponent(transferId)}/slip.pdf`;
  }

  attachmentUrl(id: string, transferId: string, fileId: string): string {
    return `${this.root}/cases/${encodeURIComponent(id)}/transfers/${encodeURIComponent(transferId)}/attachments/${encodeURIComponent(fileId)}`;
  }
}
