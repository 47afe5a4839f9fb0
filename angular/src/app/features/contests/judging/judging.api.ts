import { Injectable, inject } from '@angular/core';
import { Api } from '../../../proxy/api';
import { correctScoreSheet } from '../../../proxy/fn/contest-judging/correct-score-sheet';
import { getJudgeRound } from '../../../proxy/fn/contest-judging/get-judge-round';
import { getJudgingProgress } from '../../../proxy/fn/contest-judging/get-judging-progress';
import { listMyJudging } from '../../../proxy/fn/contest-judging/list-my-judging';
import { saveScoreSheet } from '../../../proxy/fn/contest-judging/save-score-sheet';
import type { JudgeAssignmentDto, JudgeEntryDto, JudgeProgressDto, JudgeRoundDto, ScoreSheetDto, SheetCorrectionDto } from '../../../proxy/models';

/** A judge's rounds and sheets; the chief judge's corrections; each judge's progress (organisers). */
export type { JudgeAssignmentDto, JudgeEntryDto, JudgeProgressDto, JudgeRoundDto, ScoreSheetDto, SheetCorrectionDto };

@Injectable({ providedIn: 'root' })
export class JudgingApi {
  private readonly api = inject(Api);

  mine(): Promise<JudgeAssignmentDto[]> {
    return this.api.invoke(listMyJudging, {});
  }

  round(id: string, roundId: string): Promise<JudgeRoundDto> {
    return this.api.invoke(getJudgeRound, { id, roundId });
  }

  save(id: string, roundId: string, entryId: string, criterionScores: number[], submit: boolean): Promise<ScoreSheetDto> {
    return this.api.invoke(saveScoreSheet, { id, roundId, entryId, body: { criterionScores, submit } });
  }

  correct(id: string, roundId: string, sheetId: string, criterionScores: number[], reason: string): Promise<ScoreSheetDto> {
    return this.api.invoke(correctScoreSheet, { id, roundId, sheetId, body: { criterionScores, reason } });
  }

  progress(id: string, roundId: string): Promise<JudgeProgressDto[]> {
    return this.api.invoke(getJudgingProgress, { id, roundId });
  }
}
