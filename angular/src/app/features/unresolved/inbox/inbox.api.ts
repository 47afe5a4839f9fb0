import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';
import type { CaseChannel, CaseDetail } from '../cases/cases.api';

/** A transfer to one of the receivers the caller is a liaison of, as their inbox lists it. */
export interface InboxItem {
  caseId: string;
  transferId: string;
  number: string;
  receiverName: string;
  matter: string;
  description: string;
  channel: CaseChannel;
  receivedAt: string;
  transferredAt: string;
  transferredByName: string;
  note?: string | null;
  dueOn: string;
  answeredAt?: string | null;
  answer?: string | null;
  complainantName: string;
  complainantContact: string;
  complainantHidden: boolean;
  enterpriseName?: string | null;
}

/** The most files an answer carries, and the largest (the server checks both again). */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The liaison's inbox at /api/unresolved/inbox and their answers (text and up to five files, multipart). */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  list(open: boolean, p: { skip: number; take: number; sorting: string }): Promise<Page<InboxItem>> {
    const params = new HttpParams().set('Open', open).set('SkipCount', p.skip).set('MaxResultCount', p.take).set('Sorting', p.sorting);
    return firstValueFrom(this.http.get<Page<InboxItem>>(`${this.root}/inbox`, { params }));
  }

  answer(caseId: string, transferId: string, text: string, files: File[]): Promise<CaseDetail> {
    const body = new FormData();
    body.append('answer', text);
    for (const f of files) body.append('files', f, f.name);
    return firstValueFrom(this.http.post<CaseDetail>(`${this.root}/cases/${encodeURIComponent(caseId)}/transfers/${encodeURIComponent(transferId)}/answer`, body));
  }
}
