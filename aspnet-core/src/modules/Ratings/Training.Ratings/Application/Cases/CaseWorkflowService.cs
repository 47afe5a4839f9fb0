using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The workbench's actions on one case, in the caller's acting scope (their units or halls; never their own bad
/// rating): take (接手), verify, call back, rectify, reply (opens the citizen's follow-up link), record the follow-up,
/// close. Every action names the version the caller saw (409 when the case changed meanwhile); on a taken case only its
/// handler acts (<see cref="RatingsErrorCodes.NotTheHandler"/>), and a hall manager may take a case over.
/// </summary>
internal sealed class CaseWorkflowService(
    RatingsDbContext db, CaseCaller callers, CaseRows rows, ReasonRule reasons, ISettingProvider settings, TimeProvider clock)
{
    public async Task<CaseDetailDto> TakeAsync(Guid id, CaseVersionInput input, CancellationToken cancellationToken)
    {
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: false, cancellationToken);
        var me = caller.Account;
        if (me.StaffId is { } own && c.StaffId == own) throw new BusinessException(RatingsErrorCodes.OwnCase) { Kind = ErrorKind.Forbidden };
        if (c.HandlerUserId is { } handler && handler != me.UserId && !caller.MayTakeOver) throw NotTheHandler(c);
        if (c.HandlerUserId != me.UserId) c.TakeOver(me.UserId, HandlerName(me.DisplayName, me.UserName));
        return await SaveAsync(c, me.UserId, cancellationToken);
    }

    public async Task<CaseDetailDto> VerifyAsync(Guid id, VerifyCaseInput input, CancellationToken cancellationToken)
    {
        await reasons.EnsureAsync(input.Note, "核实情况", "verification note", cancellationToken);
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        c.Verify(input.Verdict, input.Note.Trim(), Now, Guid.NewGuid());
        return await SaveAsync(c, caller.Account.UserId, cancellationToken);
    }

    public async Task<CaseDetailDto> CallBackAsync(Guid id, CaseNoteInput input, CancellationToken cancellationToken)
    {
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        c.CallBack(input.Note.Trim(), Now, clock.Today());
        return await SaveAsync(c, caller.Account.UserId, cancellationToken);
    }

    public async Task<CaseDetailDto> RectifyAsync(Guid id, CaseNoteInput input, CancellationToken cancellationToken)
    {
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        c.Rectify(input.Note.Trim(), Now, clock.Today());
        return await SaveAsync(c, caller.Account.UserId, cancellationToken);
    }

    /// <summary>The public reply; answers the follow-up link's token this once (only its hash is stored).</summary>
    public async Task<CaseReplyResultDto> ReplyAsync(Guid id, ReplyCaseInput input, CancellationToken cancellationToken)
    {
        await reasons.EnsureAsync(input.Reply, "答复", "reply", cancellationToken);
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        var days = await settings.GetIntAsync(RatingsSettings.FollowUpLinkDays, c.HallId, cancellationToken);
        var token = FollowUpLinks.NewToken();
        var expires = Now.AddDays(days);
        c.Answer(input.Reply.Trim(), Now, FollowUpLinks.Hash(token), expires);
        return new CaseReplyResultDto(await SaveAsync(c, caller.Account.UserId, cancellationToken), token, expires);
    }

    /// <summary>The handler records the citizen's follow-up evaluation taken on the phone (once per case, either way).</summary>
    public async Task<CaseDetailDto> RecordFollowUpAsync(Guid id, RecordFollowUpInput input, CancellationToken cancellationToken)
    {
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        await EnsureNoFollowUpAsync(db, c.Id, cancellationToken);
        c.RecordFollowUp();
        db.FollowUps.Add(new FollowUpEvaluation(Guid.NewGuid(), c.Id, (RatingLevel)input.Level, Blank(input.Comment), FollowUpSource.Handler,
            caller.Account.UserId, Now));
        return await SaveAsync(c, caller.Account.UserId, cancellationToken);
    }

    public async Task<CaseDetailDto> CloseAsync(Guid id, CaseVersionInput input, CancellationToken cancellationToken)
    {
        var (c, caller) = await LoadAsync(id, input.Version, requireHandler: true, cancellationToken);
        var recorded = await db.FollowUps.AnyAsync(f => f.CaseId == c.Id, cancellationToken);
        c.Close(Now, recorded, Guid.NewGuid());
        return await SaveAsync(c, caller.Account.UserId, cancellationToken);
    }

    public static async Task EnsureNoFollowUpAsync(RatingsDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        if (await db.FollowUps.AnyAsync(f => f.CaseId == caseId, cancellationToken))
            throw new BusinessException(RatingsErrorCodes.FollowUpRecorded) { Kind = ErrorKind.Conflict };
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<(BadRatingCase Case, CaseCaller.Caller Caller)> LoadAsync(Guid id, int version, bool requireHandler,
        CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        var found = await db.Cases.WhereInScope(caller.ActingScope, c => c.HallId, c => c.UnitId, null)
                        .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                    ?? throw new EntityNotFoundException("BadRatingCase", id);
        if (found.Version != version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        if (requireHandler)
        {
            if (found.HandlerUserId is null) throw new BusinessException(RatingsErrorCodes.CaseNotTaken) { Kind = ErrorKind.Conflict };
            if (found.HandlerUserId != caller.Account.UserId) throw NotTheHandler(found);
        }
        return (found, caller);
    }

    /// <summary>Saves the case and what came with it; the version read is the concurrency token, so a racing action gets 409.</summary>
    private async Task<CaseDetailDto> SaveAsync(BadRatingCase c, Guid callerUserId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return await rows.DetailAsync(c, callerUserId, cancellationToken);
    }

    private static BusinessException NotTheHandler(BadRatingCase c) =>
        new(RatingsErrorCodes.NotTheHandler, c.HandlerName ?? "") { Kind = ErrorKind.Forbidden };

    private static string HandlerName(string displayName, string userName)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        return name.Length <= RatingsConsts.MaxPersonNameLength ? name : name[..RatingsConsts.MaxPersonNameLength];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
