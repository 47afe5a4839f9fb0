import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import type { Page } from '../../../shared/server-table';
import { Api } from '../../../proxy/api';
import { getUnresolvedTransfer } from '../../../proxy/fn/unresolved-transfers/get-unresolved-transfer';
import { listUnresolvedTransfers } from '../../../proxy/fn/unresolved-transfers/list-unresolved-transfers';
import type { TransferDetailDto, TransferRowDto } from '../../../proxy/models';

export type { TransferDetailDto, TransferRowDto };

/** The most files an answer carries, and the largest (the server checks both again). */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The liaison's inbox at /api/unresolved/transfers and their answers (text and up to five files), on the generated client. */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(ApiConfiguration).rootUrl}/api/unresolved`;

  list(answered: boolean, p: { skip: number; take: number; sorting: string }): Promise<Page<TransferRowDto>> {
    return this.api.invoke(listUnresolvedTransfers, { Answered: answered, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting });
  }

  get(id: string): Promise<TransferDetailDto> {
    return this.api.invoke(getUnresolvedTransfer, { id });
  }

  /**
   * The answer with its files, multipart (text, version, files). Posted with HttpClient: the generated form types the
   * files as the server's IFormFile, not the browser's File.
   */
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
