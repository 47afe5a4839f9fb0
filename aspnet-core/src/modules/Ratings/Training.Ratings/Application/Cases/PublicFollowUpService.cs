using Microsoft.EntityFrameworkCore;
using Training.Organization;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Ratings.Application.Cases;

/// <summary>
/// The citizen's side of the follow-up: the link the reply opened shows where and when they were served and the reply
/// (nothing personal), and takes their follow-up evaluation once. An unknown, expired or closed link answers 404
/// <see cref="RatingsErrorCodes.FollowUpLinkInvalid"/>.
/// </summary>
internal sealed class PublicFollowUpService(RatingsDbContext db, IStructureIntegrationService structure, TimeProvider clock)
{
    public async Task<PublicFollowUpDto> GetAsync(string token, CancellationToken cancellationToken)
    {
        var c = await OpenCaseAsync(token, tracked: false, cancellationToken);
        var rating = await db.Ratings.AsNoTracking().Where(r => r.Id == c.RatingId)
            .Select(r => new { r.HallId, r.UnitId, r.WindowId, r.Date }).SingleAsync(cancellationToken);
        var hall = (await structure.GetHallsAsync([rating.HallId], cancellationToken)).SingleOrDefault();
        var unit = (await structure.GetUnitsAsync([rating.UnitId], null, cancellationToken)).SingleOrDefault();
        var window = (await structure.GetWindowsAsync([rating.WindowId], null, cancellationToken)).SingleOrDefault();
        var recorded = await db.FollowUps.AnyAsync(f => f.CaseId == c.Id, cancellationToken);
        return new PublicFollowUpDto(hall?.Name ?? "", unit?.Name ?? "", window?.Code ?? "", window?.Name ?? "", rating.Date,
            c.Reply ?? "", c.RepliedAt ?? c.OpenedAt, recorded);
    }

    public async Task<PublicFollowUpDto> RecordAsync(PublicFollowUpInput input, CancellationToken cancellationToken)
    {
        var c = await OpenCaseAsync(input.Token, tracked: true, cancellationToken);
        await CaseWorkflowService.EnsureNoFollowUpAsync(db, c.Id, cancellationToken);
        c.RecordFollowUp();
        db.FollowUps.Add(new FollowUpEvaluation(Guid.NewGuid(), c.Id, (RatingLevel)input.Level,
            string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), FollowUpSource.Citizen, null, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(input.Token, cancellationToken);
    }

    private async Task<BadRatingCase> OpenCaseAsync(string token, bool tracked, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = token.Length == FollowUpLinks.TokenLength ? FollowUpLinks.Hash(token) : null;
        var cases = tracked ? db.Cases : db.Cases.AsNoTracking();
        var found = hash is null ? null
            : await cases.FirstOrDefaultAsync(c => c.FollowUpTokenHash == hash && c.FollowUpLinkExpiresAt > now, cancellationToken);
        return found ?? throw new BusinessException(RatingsErrorCodes.FollowUpLinkInvalid) { Kind = ErrorKind.NotFound };
    }
}
