import { Injectable, inject } from '@angular/core';
import { Api } from '../../proxy/api';
import { announceContest } from '../../proxy/fn/contests/announce-contest';
import { closeContestEntry } from '../../proxy/fn/contests/close-contest-entry';
import { createContest } from '../../proxy/fn/contests/create-contest';
import { getContest } from '../../proxy/fn/contests/get-contest';
import { listContests } from '../../proxy/fn/contests/list-contests';
import { setContestStaff } from '../../proxy/fn/contests/set-contest-staff';
import { updateContest } from '../../proxy/fn/contests/update-contest';
import { closeContestRound } from '../../proxy/fn/contest-rounds/close-contest-round';
import { listWrittenRoundResults } from '../../proxy/fn/contest-rounds/list-written-round-results';
import { openContestRound } from '../../proxy/fn/contest-rounds/open-contest-round';
import { saveContestRounds } from '../../proxy/fn/contest-rounds/save-contest-rounds';
import type {
  AnnounceResultDto, AwardTier, AwardTierDto, ContestDto, ContestRole, ContestState, ContestSummaryDto, CriterionDto, EntryMode, RoundDto,
  RoundKind, RoundState, SaveContestInput, SaveRoundInput, SetContestStaffInput, WrittenResultDto,
} from '../../proxy/models';
import type { Page } from '../../shared/server-table';

/** Contests, their people and rounds at /api/contests on the generated client. */
export type {
  AnnounceResultDto, AwardTier, AwardTierDto, ContestDto, ContestRole, ContestState, ContestSummaryDto, CriterionDto, EntryMode, RoundDto,
  RoundKind, RoundState, SaveContestInput, SaveRoundInput, SetContestStaffInput, WrittenResultDto,
};

export const CONTEST_STATES: ContestState[] = ['Draft', 'Announced', 'Closed', 'Published'];
export const ROUND_KINDS: RoundKind[] = ['Written', 'Practical', 'Scenario', 'Speech'];
export const AWARD_TIERS: AwardTier[] = ['First', 'Second', 'Third', 'Excellence'];
export const ENTRY_MODES: EntryMode[] = ['Individual', 'Team'];
/** The server's bounds (ContestsConsts): the form checks them as one types. */
export const LIMITS = { title: 128, description: 4000, teamSize: 20, creditHours: 100, weight: 100, criterionPoints: 1000, criteria: 20, rounds: 10 };

export interface Paging {
  skip: number;
  take: number;
  sorting: string;
}

@Injectable({ providedIn: 'root' })
export class ContestsApi {
  private readonly api = inject(Api);

  list(f: { state?: ContestState; filter?: string }, p: Paging): Promise<Page<ContestSummaryDto>> {
    return this.api.invoke(listContests, { State: f.state, Filter: f.filter, SkipCount: p.skip, MaxResultCount: p.take, Sorting: p.sorting });
  }

  get(id: string): Promise<ContestDto> {
    return this.api.invoke(getContest, { id });
  }

  create(body: SaveContestInput): Promise<ContestDto> {
    return this.api.invoke(createContest, { body });
  }

  update(id: string, body: SaveContestInput): Promise<ContestDto> {
    return this.api.invoke(updateContest, { id, body });
  }

  announce(id: string): Promise<AnnounceResultDto> {
    return this.api.invoke(announceContest, { id });
  }

  closeEntry(id: string): Promise<ContestDto> {
    return this.api.invoke(closeContestEntry, { id });
  }

  setStaff(id: string, body: SetContestStaffInput): Promise<ContestDto> {
    return this.api.invoke(setContestStaff, { id, body });
  }

  saveRounds(id: string, rounds: SaveRoundInput[], version: number): Promise<ContestDto> {
    return this.api.invoke(saveContestRounds, { id, body: { rounds, version } });
  }

  openRound(id: string, roundId: string): Promise<ContestDto> {
    return this.api.invoke(openContestRound, { id, roundId });
  }

  closeRound(id: string, roundId: string): Promise<ContestDto> {
    return this.api.invoke(closeContestRound, { id, roundId });
  }

  writtenResults(id: string, roundId: string): Promise<WrittenResultDto[]> {
    return this.api.invoke(listWrittenRoundResults, { id, roundId });
  }
}
