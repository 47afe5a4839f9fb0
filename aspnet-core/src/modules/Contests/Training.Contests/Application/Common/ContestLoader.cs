using Microsoft.EntityFrameworkCore;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Common;

/// <summary>Loads a contest for the caller: one they cannot see answers 404; one they see but do not organise answers 403.</summary>
internal sealed class ContestLoader(ContestsDbContext db, ContestCaller callers)
{
    public async Task<(Contest Contest, ContestCaller.Caller Caller)> VisibleAsync(Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var contest = await (tracked ? db.Contests : db.Contests.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contest is null || !caller.CanSee(contest)) throw new EntityNotFoundException("Contest", id);
        return (contest, caller);
    }

    public async Task<(Contest Contest, ContestCaller.Caller Caller)> ManagedAsync(Guid id, CancellationToken cancellationToken, int? version = null)
    {
        var (contest, caller) = await VisibleAsync(id, tracked: true, cancellationToken);
        if (!caller.CanManage(contest)) throw new BusinessException(ContestsErrorCodes.NotOrganiser) { Kind = ErrorKind.Forbidden };
        if (version is { } v && v != contest.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        return (contest, caller);
    }
}
