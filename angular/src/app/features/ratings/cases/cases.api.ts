import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';

/**
 * The bad-rating workbench's calls to /api/ratings/cases, typed after the server's DTOs (Training.Ratings.Contracts,
 * CaseDtos.cs): the generated client takes this file's place once the endpoints are in openapi/v1.json.
 */
export type RatingLevel = 'VerySatisfied' | 'Satisfied' | 'Basic' | 'Dissatisfied' | 'VeryDissatisfied';
export type CaseState = 'Verifying' | 'CallingBack' | 'Rectifying' | 'Replying' | 'FollowingUp' | 'Closed';
export type CaseVerdict = 'Real' | 'Mistaken' | 'Malicious';
export type RaterKind = 'Anonymous' | 'Person' | 'Enterprise';

/** Best first, as the server numbers them (1 … 5): inputs send the number. */
export const RATING_LEVELS: RatingLevel[] = ['VerySatisfied', 'Satisfied', 'Basic', 'Dissatisfied', 'VeryDissatisfied'];
export const VERDICTS: CaseVerdict[] = ['Real', 'Mistaken', 'Malicious'];
export const CASE_STATES: CaseState[] = ['Verifying', 'CallingBack', 'Rectifying', 'Replying', 'FollowingUp', 'Closed'];

/**
 * The shortest verification note, reply and decision reason: setting Ratings.ReasonMinLength, 5 by default. The form
 * checks the default as one types; a hall that set more gets the server's ReasonTooShort refusal, naming the length.
 */
export const REASON_MIN_LENGTH = 5;

/**
 * The citizen as the server sends them: in full (name, phone, creditCode: RaterDto) only to the case's handler, masked
 * (maskedName, maskedPhone, maskedCreditCode: MaskedRaterDto, 张* and 138****5678) to everyone else.
 */
export interface RaterWire {
  kind: RaterKind;
  enterpriseName: string | null;
  removed: boolean;
  name?: string | null;
  phone?: string | null;
  creditCode?: string | null;
  maskedName?: string | null;
  maskedPhone?: string | null;
  maskedCreditCode?: string | null;
}

/** The rater as the page shows them, whichever of the two the server sent, and whether it was masked. */
export interface RaterDto {
  kind: RaterKind;
  name: string | null;
  phone: string | null;
  enterpriseName: string | null;
  creditCode: string | null;
  masked: boolean;
  removed: boolean;
}

export function raterView(r: RaterWire | null): RaterDto | null {
  if (!r) return null;
  const masked = 'maskedName' in r || 'maskedPhone' in r || 'maskedCreditCode' in r;
  return {
    kind: r.kind, enterpriseName: r.enterpriseName, removed: r.removed, masked,
    name: (masked ? r.maskedName : r.name) ?? null,
    phone: (masked ? r.maskedPhone : r.phone) ?? null,
    creditCode: (masked ? r.maskedCreditCode : r.creditCode) ?? null,
  };
}

export interface CaseRatingDto {
  id: string;
  channel: 'Pad' | 'QrCode';
  caseNumber: string;
  level: RatingLevel;
  comment: string | null;
  ratedAt: string;
  date: string;
  unitId: string;
  unitName: string;
  windowId: string;
  windowCode: string;
  windowName: string;
  staffId: string | null;
  staffNumber: string | null;
  staffName: string | null;
  isRealName: boolean;
  rater: RaterWire | null;
  excluded: boolean;
  excludedAt: string | null;
}

/** One case of the workbench; the overdue flags say a step still owed passed its deadline (today in Asia/Shanghai). */
export interface CaseDto {
  id: string;
  rating: CaseRatingDto;
  state: CaseState;
  openedAt: string;
  openedDate: string;
  callbackDue: string;
  rectifyDue: string;
  callbackOverdue: boolean;
  rectifyOverdue: boolean;
  handlerUserId: string | null;
  handlerName: string | null;
  /** The caller is the handler: the only one who sees the rater in full. */
  isMine: boolean;
  verdict: CaseVerdict | null;
  overdueNotifiedAt: string | null;
  version: number;
}

export interface FollowUpDto {
  level: RatingLevel;
  satisfied: boolean;
  comment: string | null;
  source: 'Handler' | 'Citizen';
  at: string;
}

export interface CaseAppealDto {
  id: string;
  reason: 'Mistaken' | 'Malicious';
  state: 'Pending' | 'Approved' | 'Rejected';
  requestedAt: string;
  requestedByName: string;
  decisionReason: string | null;
  decidedAt: string | null;
}

/**
 * A case with every step's note and time, the follow-up and the appeal of its rating. raterInFull: the citizen's name
 * and phone, only for the case's handler (an audited read); everyone else has the masked rater of the rating.
 */
export interface CaseDetailDto {
  case: CaseDto;
  raterInFull?: RaterWire | null;
  verificationNote: string | null;
  verifiedAt: string | null;
  callbackNote: string | null;
  calledBackAt: string | null;
  rectificationNote: string | null;
  rectifiedAt: string | null;
  reply: string | null;
  repliedAt: string | null;
  followUpLinkExpiresAt: string | null;
  closedAt: string | null;
  closedByAppealId: string | null;
  followUp: FollowUpDto | null;
  appeal: CaseAppealDto | null;
}

/** The workbench's tabs: 我的 (the caller handles them), 全部 (in scope), 今日到期, 已超期. */
export type CaseListFilter = 'Mine' | 'All' | 'DueToday' | 'Overdue';

export interface CaseListQuery {
  filter: CaseListFilter;
  state?: CaseState;
  skip: number;
  take: number;
  sorting: string;
}

/** The reply stored, and the token of the citizen's follow-up link: shown this once (the server keeps only its hash). */
export interface CaseReplyResultDto {
  case: CaseDetailDto;
  followUpToken: string;
  followUpLinkExpiresAt: string;
}

@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(q: CaseListQuery): Promise<Page<CaseDto>> {
    let params = new HttpParams().set('SkipCount', q.skip).set('MaxResultCount', q.take).set('Sorting', q.sorting);
    if (q.filter === 'Mine') params = params.set('Mine', true);
    if (q.filter === 'DueToday') params = params.set('DueToday', true);
    if (q.filter === 'Overdue') params = params.set('Overdue', true);
    if (q.state) params = params.set('State', q.state);
    return firstValueFrom(this.http.get<Page<CaseDto>>(`${this.root}/api/ratings/cases`, { params }));
  }

  get(id: string): Promise<CaseDetailDto> {
    return firstValueFrom(this.http.get<CaseDetailDto>(this.url(id)));
  }

  take(c: CaseDto): Promise<CaseDetailDto> {
    return this.post(c, 'take', {});
  }

  verify(c: CaseDto, verdict: CaseVerdict, note: string): Promise<CaseDetailDto> {
    return this.post(c, 'verify', { verdict, note });
  }

  callBack(c: CaseDto, note: string): Promise<CaseDetailDto> {
    return this.post(c, 'call-back', { note });
  }

  rectify(c: CaseDto, note: string): Promise<CaseDetailDto> {
    return this.post(c, 'rectify', { note });
  }

  reply(c: CaseDto, reply: string): Promise<CaseReplyResultDto> {
    return this.post(c, 'reply', { reply });
  }

  followUp(c: CaseDto, level: RatingLevel, comment: string | null): Promise<CaseDetailDto> {
    return this.post(c, 'follow-up', { level: RATING_LEVELS.indexOf(level) + 1, comment });
  }

  close(c: CaseDto): Promise<CaseDetailDto> {
    return this.post(c, 'close', {});
  }

  /** Every action sends the version the caller saw: a case changed meanwhile answers 409. */
  private post<T>(c: CaseDto, action: string, body: object): Promise<T> {
    return firstValueFrom(this.http.post<T>(`${this.url(c.id)}/${action}`, { version: c.version, ...body }));
  }

  private url(id: string): string {
    return `${this.root}/api/ratings/cases/${encodeURIComponent(id)}`;
  }
}

/** The citizen's follow-up page (part of the public pages) for a reply's token, in the fragment: never sent to a server. */
export function followUpLink(origin: string, token: string): string {
  return `${origin}/rate/follow-up#${encodeURIComponent(token)}`;
}
