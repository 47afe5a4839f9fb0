namespace Training.Contests.Application.Judging;

/// <summary>Judges' sheets: the judge's rounds, scoring page, save/submit, the chief judge's correction, progress per judge (k-judge).</summary>
internal sealed class JudgingService
{
    public Task<IReadOnlyList<JudgeAssignmentDto>> MineAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<JudgeRoundDto> GetRoundAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<ScoreSheetDto> SaveAsync(Guid contestId, Guid roundId, Guid entryId, SaveScoreSheetInput input, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<ScoreSheetDto> CorrectAsync(Guid contestId, Guid roundId, Guid sheetId, CorrectScoreSheetInput input, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<JudgeProgressDto>> ProgressAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
