import { HttpClient, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, map } from 'rxjs';
import { Api } from '../../../proxy/api';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import { acceptSupervisionLedgerItem } from '../../../proxy/fn/supervision-ledger/accept-supervision-ledger-item';
import { createSupervisionSelfCheck } from '../../../proxy/fn/supervision-ledger/create-supervision-self-check';
import { getSupervisionLedgerBoard } from '../../../proxy/fn/supervision-ledger/get-supervision-ledger-board';
import { getSupervisionLedgerItem } from '../../../proxy/fn/supervision-ledger/get-supervision-ledger-item';
import { recheckSupervisionLedgerItem } from '../../../proxy/fn/supervision-ledger/recheck-supervision-ledger-item';
import { sendBackSupervisionLedgerItem } from '../../../proxy/fn/supervision-ledger/send-back-supervision-ledger-item';
import type {
  CreateSelfCheckInput, LedgerBoardDto, LedgerDetailDto, LedgerRowDto, LedgerSource, LedgerState, SendBackMark,
} from '../../../proxy/models';
import type { UploadEvent } from '../../../shared/upload';

export type {
  LedgerActionsDto, LedgerBoardDto, LedgerCountsDto, LedgerDetailDto, LedgerEvidenceDto, LedgerOriginDto, LedgerProgressDto, LedgerReviewDto,
  LedgerRowDto, LedgerSource, LedgerState, ReviewOutcome, SendBackMark,
} from '../../../proxy/models';

/**
 * The rectification ledger 问题台账 (/api/supervision/ledger) on the generated client. The progress report is a request
 * of its own: it is multipart with files and reports its upload progress, which the generated client does not.
 */
export const LEDGER_STATES: LedgerState[] = ['Open', 'InProgress', 'Rectified', 'Accepted', 'SentBack'];
export const LEDGER_SOURCES: LedgerSource[] = ['Finding', 'WalkThrough', 'SelfCheck'];
/** A send-back's mark (the generated type also allows the null of a row without one). */
export type Mark = NonNullable<SendBackMark>;
export const SEND_BACK_MARKS: Mark[] = ['False', 'Perfunctory'];

/** At most this many evidence files a progress report (SupervisionConsts.MaxEvidenceFiles). */
export const MAX_EVIDENCE_FILES = 6;
/** SupervisionConsts: MaxTitleLength, MaxNoteLength, MaxPersonNameLength. */
export const MAX_TITLE = 200;
export const MAX_NOTE = 2000;
export const MAX_PERSON = 50;
/**
 * The shortest send-back and re-check reason: setting Supervision.ReasonMinLength, 5 by default. The form checks the
 * default as one types; a hall that set more gets the server's refusal, naming the length.
 */
export const REASON_MIN_LENGTH = 5;

/** The board's filters as the server takes them (LedgerListInput). */
export interface LedgerListQuery {
  hallId?: string;
  unitId?: string;
  states?: LedgerState[];
  source?: LedgerSource;
  overdue?: boolean;
  mark?: SendBackMark;
  dueFrom?: string;
  dueTo?: string;
  filter?: string;
  skip: number;
  take: number;
  sorting: string;
}

export interface ProgressInput {
  note: string;
  final: boolean;
  files: File[];
}

@Injectable({ providedIn: 'root' })
export class LedgerApi {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(q: LedgerListQuery): Promise<LedgerBoardDto> {
    return this.api.invoke(getSupervisionLedgerBoard, {
      HallId: q.hallId, UnitId: q.unitId, States: q.states, Source: q.source, Overdue: q.overdue, Mark: q.mark, DueFrom: q.dueFrom, DueTo: q.dueTo,
      Filter: q.filter, SkipCount: q.skip, MaxResultCount: q.take, Sorting: q.sorting,
    });
  }

  get(id: string): Promise<LedgerDetailDto> {
    return this.api.invoke(getSupervisionLedgerItem, { id });
  }

  selfCheck(body: CreateSelfCheckInput): Promise<LedgerDetailDto> {
    return this.api.invoke(createSupervisionSelfCheck, { body });
  }

  /** Every review sends the version the caller saw: an item changed meanwhile answers 409. */
  accept(item: LedgerRowDto, note: string | null): Promise<LedgerDetailDto> {
    return this.api.invoke(acceptSupervisionLedgerItem, { id: item.id, body: { version: item.version, note } });
  }

  sendBack(item: LedgerRowDto, mark: Mark, reason: string, dueOn: string | null): Promise<LedgerDetailDto> {
    return this.api.invoke(sendBackSupervisionLedgerItem, { id: item.id, body: { version: item.version, mark, reason, dueOn } });
  }

  recheck(item: LedgerRowDto, reopen: boolean, reason: string, dueOn: string | null): Promise<LedgerDetailDto> {
    return this.api.invoke(recheckSupervisionLedgerItem, { id: item.id, body: { version: item.version, reopen, reason, dueOn } });
  }

  /** Where an evidence file is downloaded (a plain link: the browser sends the session cookie). */
  evidenceUrl(id: string, fileId: string): string {
    return `${this.url(id)}/evidence/${encodeURIComponent(fileId)}`;
  }

  /** Posts a progress report as multipart (note, final, version, files) and reports the upload's progress. */
  report(item: LedgerRowDto, p: ProgressInput): Observable<UploadEvent<LedgerDetailDto>> {
    const body = new FormData();
    body.append('note', p.note);
    body.append('final', String(p.final));
    body.append('version', String(item.version));
    for (const f of p.files) body.append('files', f, f.name);
    return this.http.post<LedgerDetailDto>(`${this.url(item.id)}/progress`, body, { reportProgress: true, observe: 'events' }).pipe(
      filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
      map((e) =>
        e.type === HttpEventType.Response
          ? { result: e.body as LedgerDetailDto }
          : { progress: e.type === HttpEventType.UploadProgress && e.total ? Math.round((100 * e.loaded) / e.total) : 0 },
      ),
    );
  }

  private url(id: string): string {
    return `${this.root}/api/supervision/ledger/${encodeURIComponent(id)}`;
  }
}
