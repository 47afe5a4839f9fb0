import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, firstValueFrom, map } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';
import type { UploadEvent } from '../../../shared/upload';
import type { RatingLevel } from '../cases/cases.api';

/**
 * Appeals 差评申诉 at /api/ratings/appeals, typed after the server's DTOs: the generated client takes this file's place
 * once the endpoints are in openapi/v1.json (the request stays here: the generated client reports no upload progress).
 */
export type AppealReason = 'Mistaken' | 'Malicious';
export type AppealState = 'Pending' | 'Approved' | 'Rejected';

export const APPEAL_REASONS: AppealReason[] = ['Mistaken', 'Malicious'];
export const APPEAL_STATES: AppealState[] = ['Pending', 'Approved', 'Rejected'];

/** At most this many evidence files an appeal (RatingsConsts.MaxEvidenceFiles). */
export const MAX_EVIDENCE_FILES = 5;

export interface AppealEvidenceDto {
  fileId: string;
  fileName: string;
  size: number;
}

export interface AppealDto {
  id: string;
  ratingId: string;
  caseNumber: string;
  level: RatingLevel;
  ratingDate: string;
  comment: string | null;
  hallId: string;
  unitId: string;
  unitName: string;
  staffId: string | null;
  staffNumber: string | null;
  staffName: string | null;
  reason: AppealReason;
  statement: string;
  requestedByName: string;
  requestedAt: string;
  state: AppealState;
  decidedByName: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  evidence: AppealEvidenceDto[];
  version: number;
}

export interface AppealListQuery {
  state?: AppealState;
  skip: number;
  take: number;
  sorting: string;
}

/** What an appeal asks: the rating, why it should not count, and the evidence files. */
export interface AppealRequest {
  ratingId: string;
  reason: AppealReason;
  statement: string;
  files: File[];
}

@Injectable({ providedIn: 'root' })
export class AppealsApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(q: AppealListQuery): Promise<Page<AppealDto>> {
    let params = new HttpParams().set('SkipCount', q.skip).set('MaxResultCount', q.take).set('Sorting', q.sorting);
    if (q.state) params = params.set('State', q.state);
    return firstValueFrom(this.http.get<Page<AppealDto>>(this.url(), { params }));
  }

  get(id: string): Promise<AppealDto> {
    return firstValueFrom(this.http.get<AppealDto>(this.url(id)));
  }

  decide(id: string, version: number, approve: boolean, reason: string): Promise<AppealDto> {
    return firstValueFrom(this.http.post<AppealDto>(`${this.url(id)}/decide`, { version, approve, reason }));
  }

  /** Where an evidence file is downloaded (a plain link: the browser sends the session cookie). */
  evidenceUrl(id: string, fileId: string): string {
    return `${this.url(id)}/evidence/${encodeURIComponent(fileId)}`;
  }

  /** Posts the appeal as multipart (ratingId, reason, statement, files) and reports the upload's progress. */
  request(r: AppealRequest): Observable<UploadEvent<AppealDto>> {
    const body = new FormData();
    body.append('ratingId', r.ratingId);
    body.append('reason', r.reason);
    body.append('statement', r.statement);
    for (const f of r.files) body.append('files', f, f.name);
    return this.http.post<AppealDto>(this.url(), body, { reportProgress: true, observe: 'events' }).pipe(
      filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
      map((e) =>
        e.type === HttpEventType.Response
          ? { result: e.body as AppealDto }
          : { progress: e.type === HttpEventType.UploadProgress && e.total ? Math.round((100 * e.loaded) / e.total) : 0 },
      ),
    );
  }

  private url(id?: string): string {
    return `${this.root}/api/ratings/appeals${id ? '/' + encodeURIComponent(id) : ''}`;
  }
}
