import { Injectable, inject } from '@angular/core';
import { Api } from '../../proxy/api';
import { ApiConfiguration } from '../../proxy/api-configuration';
import { confirmContestEntry } from '../../proxy/fn/contest-entries/confirm-contest-entry';
import { enterContest } from '../../proxy/fn/contest-entries/enter-contest';
import { exportContestEntries } from '../../proxy/fn/contest-entries/export-contest-entries';
import { listContestEntries } from '../../proxy/fn/contest-entries/list-contest-entries';
import { listMyContestEntries } from '../../proxy/fn/contest-entries/list-my-contest-entries';
import { nominateContestEntry } from '../../proxy/fn/contest-entries/nominate-contest-entry';
import { withdrawContestEntry } from '../../proxy/fn/contest-entries/withdraw-contest-entry';
import { getMyContestCertificatePdf } from '../../proxy/fn/contest-awards/get-my-contest-certificate-pdf';
import { listMyContestCertificates } from '../../proxy/fn/contest-awards/list-my-contest-certificates';
import { getMyContest } from '../../proxy/fn/contest-board/get-my-contest';
import type { EntryDto, EntryMemberDto, EntryState, MyAwardCertificateDto, MyContestDto, MyEntryDto, MyRoundDto } from '../../proxy/models';

/** Entries (self-entry, nomination, confirmation, withdrawal, export) and an entrant's own view and certificates. */
export type { EntryDto, EntryMemberDto, EntryState, MyAwardCertificateDto, MyContestDto, MyEntryDto, MyRoundDto };

@Injectable({ providedIn: 'root' })
export class EntriesApi {
  private readonly api = inject(Api);
  private readonly root = inject(ApiConfiguration).rootUrl;

  list(id: string): Promise<EntryDto[]> {
    return this.api.invoke(listContestEntries, { id });
  }

  enter(id: string): Promise<EntryDto> {
    return this.api.invoke(enterContest, { id });
  }

  nominate(id: string, staffIds: string[]): Promise<EntryDto> {
    return this.api.invoke(nominateContestEntry, { id, body: { staffIds } });
  }

  confirm(id: string, entryId: string): Promise<EntryDto> {
    return this.api.invoke(confirmContestEntry, { id, entryId });
  }

  withdraw(id: string, entryId: string): Promise<EntryDto> {
    return this.api.invoke(withdrawContestEntry, { id, entryId });
  }

  mine(): Promise<MyEntryDto[]> {
    return this.api.invoke(listMyContestEntries, {});
  }

  /** One's entry in a contest: draw number, own criterion scores (judges unnamed), total, rank, award. */
  myContest(id: string): Promise<MyContestDto> {
    return this.api.invoke(getMyContest, { id });
  }

  certificates(): Promise<MyAwardCertificateDto[]> {
    return this.api.invoke(listMyContestCertificates, {});
  }

  /** Plain URLs (the browser sends the session cookie): the entry list as .xlsx, a certificate as PDF. */
  exportUrl(id: string): string {
    return `${this.root}${exportContestEntries.PATH.replace('{id}', encodeURIComponent(id))}`;
  }

  certificateUrl(certificateId: string): string {
    return `${this.root}${getMyContestCertificatePdf.PATH.replace('{id}', encodeURIComponent(certificateId))}`;
  }
}
