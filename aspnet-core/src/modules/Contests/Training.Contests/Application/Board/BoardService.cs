using Microsoft.AspNetCore.Http;

namespace Training.Contests.Application.Board;

/// <summary>The leaderboard (JSON and server-sent events), the hall screen's display link, an entrant's own view (k-judge).</summary>
internal sealed class BoardService
{
    public Task<BoardDto> GetAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IResult> StreamAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<BoardDto> GetDisplayAsync(string token, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IResult> StreamDisplayAsync(string token, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<DisplayTokenDto> NewDisplayTokenAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<MyContestDto> MineAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
