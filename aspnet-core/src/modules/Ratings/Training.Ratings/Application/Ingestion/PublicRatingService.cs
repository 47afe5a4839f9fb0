using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// The public page a window's QR code opens: anonymous, no sign-in. It shows where the citizen is (hall, unit, window),
/// the unit's matters and the tags; a submission is one rating on the QR channel, stored once per submission id (a retry
/// answers the same) and once per case (一次一评), limited per case, per browser and per address
/// (<see cref="QrRatingLimiter"/>).
/// </summary>
internal sealed class PublicRatingService(
    RatingsDbContext db, IStructureIntegrationService structure, RatingFields fields, RatingIngestion ingestion, QrRatingLimiter limiter,
    TimeProvider clock)
{
    public async Task<PublicWindowDto> GetWindowAsync(Guid windowId, CancellationToken cancellationToken)
    {
        var (window, unit, hall) = await WhereAsync(windowId, cancellationToken);
        var matters = await db.Matters.AsNoTracking().Where(m => m.UnitId == unit.Id && m.IsActive).OrderBy(m => m.Code)
            .Select(m => new PublicMatterDto(m.Code, m.Name)).ToListAsync(cancellationToken);
        var tags = await db.Tags.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new PublicTagDto(t.Code, t.NameZh, t.NameEn)).ToListAsync(cancellationToken);
        return new PublicWindowDto(window.Id, hall.Name, unit.Name, window.Code, window.Name, matters, tags);
    }

    public async Task<PublicRatingResultDto> SubmitAsync(PublicRatingInput input, string address, string? browser, CancellationToken cancellationToken)
    {
        limiter.Acquire(address, string.IsNullOrWhiteSpace(browser) ? "address:" + address : browser.Trim(), input.CaseNumber);
        var (window, _, hall) = await WhereAsync(input.WindowId, cancellationToken);
        var zone = RatingFields.Zone(hall);
        var now = clock.GetUtcNow().UtcDateTime;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));

        Guid? matterId = null;
        if (input.MatterCode is { Length: > 0 } code)
        {
            var matters = await fields.MattersAsync(hall.Id, [code], cancellationToken);
            if (!matters.TryGetValue(code.Trim(), out var m)) throw Invalid(RatingsErrorCodes.UnknownMatter, code);
            matterId = m;
        }
        var tags = await fields.TagsAsync(cancellationToken);
        var unknownTag = (input.Tags ?? []).FirstOrDefault(t => !tags.ContainsKey(t.Trim()));
        if (unknownTag is not null) throw Invalid(RatingsErrorCodes.UnknownTag, unknownTag);
        var (raterKind, rater, raterError) = RaterRules.Check(Guid.Empty, input.RaterKind, input.RaterName, input.RaterPhone, input.EnterpriseName, input.CreditCode);
        if (raterError is not null) throw Invalid(raterError);

        var incoming = new IncomingRating(0, RatingChannel.QrCode, RatingsConsts.QrSourceKey, input.SubmissionId.Trim(), input.CaseNumber.Trim(),
            (RatingLevel)input.Level, now, date, hall.Id, window.UnitId, window.Id, matterId,
            (input.Tags ?? []).Select(t => tags[t.Trim()]).Distinct().ToList(), input.Comment, null, raterKind, rater);
        var outcome = (await ingestion.StoreAsync([incoming], cancellationToken))[0];
        return outcome.Outcome switch
        {
            PushItemOutcome.Stored => new PublicRatingResultDto(true, false, outcome.OpenedCase),
            PushItemOutcome.Duplicate => new PublicRatingResultDto(true, true, false),
            _ => throw new BusinessException(outcome.Code!, outcome.Args) { Kind = ErrorKind.Conflict },
        };
    }

    /// <summary>An active window of an active hall; anything else answers 404 (the QR code is outdated).</summary>
    private async Task<(WindowInfo Window, UnitInfo Unit, HallInfo Hall)> WhereAsync(Guid windowId, CancellationToken cancellationToken)
    {
        var window = (await structure.GetWindowsAsync([windowId], null, cancellationToken)).FirstOrDefault(w => w.IsActive);
        var unit = window is null ? null : (await structure.GetUnitsAsync([window.UnitId], null, cancellationToken)).FirstOrDefault();
        var hall = window is null ? null : (await structure.GetHallsAsync([window.HallId], cancellationToken)).FirstOrDefault(h => h.IsActive);
        if (window is null || unit is null || hall is null) throw new EntityNotFoundException("Window", windowId);
        return (window, unit, hall);
    }

    private static BusinessException Invalid(string code, params object?[] args) => new(code, args) { Kind = ErrorKind.Invalid };
}
