import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';
import type { AttachmentDto, CaseCategory, ComplainantKind, IntakeChannel } from '../cases/cases.api';

/** A transfer in the liaison's inbox: the complainant in full, or 已隐去 when the receiver is the unit complained about. */
export interface TransferRowDto {
  id: string;
  caseId: string;
  caseNumber: string;
  receiverId: string;
  receiverName: string;
  transferredAt: string;
  dueOn: string;
  overdue: boolean;
  answeredAt: string | null;
  matter: string;
  category: CaseCategory | null;
  complainantName: string;
  complainantContact: string;
  enterpriseName: string | null;
  complainantHidden: boolean;
  unitName: string | null;
  hallName: string;
}

/** A transfer in full: what the receiver needs of the case, the note, the answer and its files. */
export interface TransferDetailDto {
  transfer: TransferRowDto;
  complainantKind: ComplainantKind;
  channel: IntakeChannel;
  receivedAt: string;
  description: string;
  note: string | null;
  transferredByName: string;
  viaEfficiencySection: boolean;
  answer: string | null;
  answeredByName: string | null;
  attachments: AttachmentDto[];
  canAnswer: boolean;
  caseVersion: number;
}

/** The most files an answer carries, and the largest (the server checks both again). */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The liaison's inbox at /api/unresolved/inbox and their answers (text and up to five files, multipart). */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  list(answered: boolean, p: { skip: number; take: number; sorting: string }): Promise<Page<TransferRowDto>> {
    const params = new HttpParams().set('Answered', answered).set('SkipCount', p.skip).set('MaxResultCount', p.take).set('Sorting', p.sorting);
    return firstValueFrom(this.http.get<Page<TransferRowDto>>(`${this.root}/transfers`, { params }));
  }

  get(id: string): Promise<TransferDetailDto> {
    return firstValueFrom(this.http.get<TransferDetailDto>(`${this.root}/transfers/${encodeURIComponent(id)}`));
  }

  /** The answer with its files (multipart: text, version, files). */
  answer(id: string, version: number, text: string, files: File[]): Promise<TransferDetailDto> {
    const body = new FormData();
    body.append('text', text);
    body.append('version', String(version));
    for (const f of files) body.append('files', f, f.name);
    return firstValueFrom(this.http.post<TransferDetailDto>(`${this.root}/transfers/${encodeURIComponent(id)}/answer`, body));
  }

  /** The transfer's 转办单 (annex 3) as the liaison may read it. */
  slipUrl(id: string): string {
    return `${this.root}/transfers/${encodeURIComponent(id)}/slip`;
  }

  attachmentUrl(id: string, fileId: string): string {
    return `${this.root}/transfers/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}`;
  }
}
