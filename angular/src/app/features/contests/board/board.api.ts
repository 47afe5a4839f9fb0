import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { ApiConfiguration } from '../../../proxy/api-configuration';
import { computeContestAwards } from '../../../proxy/fn/contest-awards/compute-contest-awards';
import { getContestAwards } from '../../../proxy/fn/contest-awards/get-contest-awards';
import { publishContest } from '../../../proxy/fn/contest-awards/publish-contest';
import { setContestAward } from '../../../proxy/fn/contest-awards/set-contest-award';
import { createContestDisplayToken } from '../../../proxy/fn/contest-board/create-contest-display-token';
import { getContestBoard } from '../../../proxy/fn/contest-board/get-contest-board';
import { streamContestBoard } from '../../../proxy/fn/contest-board/stream-contest-board';
import { getDisplayBoard } from '../../../proxy/fn/contest-display/get-display-board';
import { streamDisplayBoard } from '../../../proxy/fn/contest-display/stream-display-board';
import type {
  AwardDto, AwardTier, AwardsDto, BoardDto, BoardRoundDto, BoardRoundScoreDto, BoardRowDto, DisplayTokenDto, ScoreRule,
} from '../../../proxy/models';

/** The leaderboard (JSON and its event stream), the hall screen's link, and the awards (organisers). */
export type { AwardDto, AwardTier, AwardsDto, BoardDto, BoardRoundDto, BoardRoundScoreDto, BoardRowDto, DisplayTokenDto, ScoreRule };

@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly api = inject(Api);
  private readonly root = inject(ApiConfiguration).rootUrl;

  board(id: string): Promise<BoardDto> {
    return this.api.invoke(getContestBoard, { id });
  }

  displayBoard(token: string): Promise<BoardDto> {
    return this.api.invoke(getDisplayBoard, { link: token });
  }

  /** Where the event stream is read (EventSource: same origin, the session cookie goes along). */
  streamUrl(id: string): string {
    return `${this.root}${streamContestBoard.PATH.replace('{id}', encodeURIComponent(id))}`;
  }

  displayStreamUrl(token: string): string {
    return `${this.root}${streamDisplayBoard.PATH.replace('{link}', encodeURIComponent(token))}`;
  }

  newDisplayToken(id: string): Promise<DisplayTokenDto> {
    return this.api.invoke(createContestDisplayToken, { id });
  }

  awards(id: string): Promise<AwardsDto> {
    return this.api.invoke(getContestAwards, { id });
  }

  computeAwards(id: string): Promise<AwardsDto> {
    return this.api.invoke(computeContestAwards, { id });
  }

  setAward(id: string, entryId: string, tier: AwardTier | null, reason: string): Promise<AwardsDto> {
    return this.api.invoke(setContestAward, { id, entryId, body: { tier, reason } });
  }

  publish(id: string): Promise<AwardsDto> {
    return this.api.invoke(publishContest, { id });
  }
}
