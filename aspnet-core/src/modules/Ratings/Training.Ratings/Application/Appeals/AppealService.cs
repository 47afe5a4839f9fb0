using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Training.Ratings.Application.Cases;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Ratings.Application.Appeals;

/// <summary>
/// Appeals 申诉: the staff member a bad rating is attributed to, or a lead of its unit, asks to exclude it as mistaken
/// or malicious, with up to <see cref="RatingsConsts.MaxEvidenceFiles"/> evidence files (PDF or images, checked by
/// content); one pending appeal per rating. A hall manager in scope decides with a reason: approving excludes the
/// rating, writes <c>RatingExcludedEto</c> and closes its open case, all in one transaction.
/// </summary>
internal sealed class AppealService(
    RatingsDbContext db, CaseCaller callers, AppealRows rows, ReasonRule reasons, IFileStorage files, UploadReader uploads, UnitOfWork unitOfWork,
    TimeProvider clock)
{
    public const string EvidencePurpose = "ratings-appeal-evidence";
    private static readonly FileKind[] EvidenceKinds = [FileKind.Pdf, FileKind.Png, FileKind.Jpeg];

    private static readonly SortMap<Appeal> Sort = new SortMap<Appeal>("requestedAt desc")
        .Add("requestedAt", a => a.RequestedAt)
        .Add("decidedAt", a => a.DecidedAt);

    public async Task<PagedResult<AppealDto>> ListAsync(AppealListInput input, CancellationToken cancellationToken)
    {
        var query = await VisibleAsync(cancellationToken);
        if (input.State is { } state) query = query.Where(a => a.State == state);
        if (input.UnitId is { } unit) query = query.Where(a => a.UnitId == unit);
        if (input.StaffId is { } staffId) query = query.Where(a => a.StaffId == staffId);
        if (input.RatingId is { } ratingId) query = query.Where(a => a.RatingId == ratingId);
        if (input.From is { } from)
        {
            var start = BusinessDates.StartOfDayUtc(from);
            query = query.Where(a => a.RequestedAt >= start);
        }
        if (input.To is { } to)
        {
            var end = BusinessDates.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.RequestedAt < end);
        }
        var page = await query.ToPagedResultAsync(input, Sort, a => a, cancellationToken);
        return new PagedResult<AppealDto>(page.TotalCount, await rows.BuildAsync(page.Items, cancellationToken));
    }

    public async Task<AppealDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var appeal = await (await VisibleAsync(cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                     ?? throw new EntityNotFoundException("Appeal", id);
        return (await rows.BuildAsync([appeal], cancellationToken))[0];
    }

    public async Task<AppealDto> RequestAsync(Guid ratingId, AppealReason reason, string? statement, IReadOnlyList<IFormFile> evidence,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(reason)) throw new BusinessException(CommonErrorCodes.Required, "reason");
        if (evidence.Count > RatingsConsts.MaxEvidenceFiles)
            throw new BusinessException(CommonErrorCodes.TooManyItems, "files", RatingsConsts.MaxEvidenceFiles);
        if ((statement?.Length ?? 0) > RatingsConsts.MaxNoteLength)
            throw new BusinessException(CommonErrorCodes.TooLong, "statement", RatingsConsts.MaxNoteLength);
        await reasons.EnsureAsync(statement, "申诉理由", "statement", cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var rating = await db.Ratings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ratingId, cancellationToken);
        if (rating is null || !caller.Scope.Covers(rating.HallId, rating.UnitId, rating.StaffId)) throw new EntityNotFoundException("Rating", ratingId);
        var account = caller.Account;
        var own = account.StaffId is { } me && rating.StaffId == me;
        var lead = caller.Scope.Kind == ScopeKind.Units && caller.Scope.UnitIds.Contains(rating.UnitId);
        if (!own && !lead) throw new BusinessException(RatingsErrorCodes.AppealNotYours) { Kind = ErrorKind.Forbidden };
        if (!rating.IsBad) throw new BusinessException(RatingsErrorCodes.NotBad);
        if (rating.ExcludedAt is not null) throw new BusinessException(RatingsErrorCodes.AlreadyExcluded) { Kind = ErrorKind.Conflict };

        var uploaded = new List<(string Name, byte[] Content)>();
        foreach (var file in evidence) uploaded.Add((file.FileName, await uploads.ReadAsync(file, EvidenceKinds, cancellationToken)));

        var appeal = new Appeal(Guid.NewGuid(), rating.Id, rating.HallId, rating.UnitId, rating.StaffId, reason, statement!.Trim(),
            account.UserId, Name(account.DisplayName, account.UserName), clock.GetUtcNow().UtcDateTime);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        // Checked inside the transaction: on SQLite it holds the one write turn, on PostgreSQL a race leaves at worst two
        // pending appeals, which the manager decides one after the other (the second finds the rating excluded).
        if (await db.Appeals.AnyAsync(a => a.RatingId == rating.Id && a.State == AppealState.Pending, cancellationToken))
            throw new BusinessException(RatingsErrorCodes.AppealPending) { Kind = ErrorKind.Conflict };
        foreach (var (name, content) in uploaded)
        {
            var stored = await files.SaveAsync(new FileUpload(name, content, EvidencePurpose, EvidenceKinds), cancellationToken);
            appeal.AddEvidence(stored.Id, stored.FileName, stored.Size);
        }
        db.Appeals.Add(appeal);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return (await rows.BuildAsync([appeal], cancellationToken))[0];
    }

    public async Task<AppealDto> DecideAsync(Guid id, DecideAppealInput input, CancellationToken cancellationToken)
    {
        await reasons.EnsureAsync(input.Reason, "裁定理由", "decision reason", cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        var appeal = await db.Appeals.WhereInScope(caller.ActingScope, a => a.HallId, null, null).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                     ?? throw new EntityNotFoundException("Appeal", id);
        if (appeal.Version != input.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        var account = caller.Account;
        if (appeal.RequestedBy == account.UserId) throw new BusinessException(RatingsErrorCodes.OwnAppeal) { Kind = ErrorKind.Forbidden };
        var now = clock.GetUtcNow().UtcDateTime;
        var name = Name(account.DisplayName, account.UserName);
        if (input.Approve)
        {
            var rating = await db.Ratings.SingleAsync(r => r.Id == appeal.RatingId, cancellationToken);
            appeal.Approve(rating, input.Reason.Trim(), account.UserId, name, now, Guid.NewGuid());
            var open = await db.Cases.FirstOrDefaultAsync(c => c.RatingId == rating.Id && c.State != CaseState.Closed, cancellationToken);
            open?.CloseByExclusion(appeal.Id, now, Guid.NewGuid());
        }
        else appeal.Reject(input.Reason.Trim(), account.UserId, name, now);
        // One SaveChanges: the appeal, the rating's exclusion, the case's close and both events in the outbox commit together.
        await db.SaveChangesAsync(cancellationToken);
        return (await rows.BuildAsync([appeal], cancellationToken))[0];
    }

    /// <summary>An evidence file of an appeal the caller may see, with its stored (sanitised) name.</summary>
    public async Task<FileContent> EvidenceAsync(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(cancellationToken);
        var listed = await visible.Where(a => a.Id == id).SelectMany(a => a.Evidence).AnyAsync(e => e.FileId == fileId, cancellationToken);
        if (!listed) throw new EntityNotFoundException("AppealEvidence", fileId);
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new EntityNotFoundException("AppealEvidence", fileId);
    }

    private async Task<IQueryable<Appeal>> VisibleAsync(CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        return db.Appeals.AsNoTracking().WhereInScope(caller.Scope, a => a.HallId, a => a.UnitId, a => a.StaffId);
    }

    private static string Name(string displayName, string userName)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        return name.Length <= RatingsConsts.MaxPersonNameLength ? name : name[..RatingsConsts.MaxPersonNameLength];
    }
}
