using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Training.Bulletins.Domain;
using Training.Bulletins.EntityFrameworkCore;
using Training.Bulletins.Kinds;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Files;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Bulletins.Application;

/// <summary>The bulletins a caller reaches: list, one, its PDF; generate, publish, withdraw, discard.</summary>
internal sealed class BulletinService(
    BulletinsDbContext db, BulletinAccess access, BulletinKindRegistry kinds, BulletinDrafts drafts, BulletinPublisher publisher,
    IStructureIntegrationService structure, IFileStorage files, ISettingProvider settings, ICurrentUser currentUser, UnitOfWork unitOfWork,
    TimeProvider clock, IConfiguration configuration)
{
    private readonly bool _allowOpenPeriods = configuration.GetValue("Bulletins:Testing:AllowOpenPeriods", false);

    private static readonly SortMap<Bulletin> Sort = new SortMap<Bulletin>("createdAt desc")
        .Add("createdAt", b => b.CreatedAt).Add("publishedAt", b => b.PublishedAt).Add("year", b => b.Year).Add("month", b => b.Month)
        .Add("number", b => b.Number).Add("kind", b => b.Kind).Add("state", b => b.State).Add("title", b => b.Title);

    public async Task<PagedResult<BulletinDto>> ListAsync(BulletinListInput input, CancellationToken cancellationToken)
    {
        var query = await ReachableAsync(cancellationToken);
        if (input.Kind is { Length: > 0 } kind) query = query.Where(b => b.Kind == kind);
        if (input.Year is { } year) query = query.Where(b => b.Year == year);
        if (input.State is { } state) query = query.Where(b => b.State == state);
        if (input.HallId is { } hall) query = query.Where(b => b.HallId == hall);
        var total = await query.CountAsync(cancellationToken);
        var page = await Sort.Apply(query, input.Sorting).Skip(input.Skip).Take(input.Take).ToListAsync(cancellationToken);
        return new PagedResult<BulletinDto>(total, await ToDtosAsync(page, cancellationToken));
    }

    public async Task<BulletinDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ToDtosAsync([await FindAsync(id, cancellationToken)], cancellationToken))[0];

    public async Task<FileContent> GetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await FindAsync(id, cancellationToken);
        if (bulletin.FileId is not { } fileId) throw new BusinessException(BulletinsErrorCodes.NoFile) { Kind = ErrorKind.NotFound };
        return await files.OpenAsync(fileId, cancellationToken) ?? throw new BusinessException(BulletinsErrorCodes.NoFile) { Kind = ErrorKind.NotFound };
    }

    public async Task<BulletinDto> GenerateAsync(GenerateBulletinInput input, CancellationToken cancellationToken)
    {
        var kind = kinds.Get(input.Kind);
        var subject = new BulletinSubject(input.Scope, input.Scope == BulletinScope.City ? null : input.HallId,
            new BulletinPeriod(input.PeriodKind, input.Year, input.PeriodKind == BulletinPeriodKind.Month ? input.Month : null));
        BulletinKindRegistry.CheckSubject(kind, subject, clock.Today(), _allowOpenPeriods);
        await access.CheckManagesAsync(subject, cancellationToken);
        if (kind.Info.NeedsClosedPeriod && !_allowOpenPeriods && !await kind.IsPeriodClosedAsync(subject, cancellationToken))
            throw new BusinessException(BulletinsErrorCodes.PeriodNotClosed, subject.Period.LabelZhHans);
        var bulletin = await drafts.RequestAsync(kind.Info.Code, subject, DraftRequest.Manager, cancellationToken);
        return (await ToDtosAsync([bulletin!], cancellationToken))[0];
    }

    public async Task<BulletinDto> PublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await FindManagedAsync(id, cancellationToken);
        await publisher.PublishAsync(bulletin, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<BulletinDto> WithdrawAsync(Guid id, WithdrawBulletinInput input, CancellationToken cancellationToken)
    {
        var bulletin = await FindManagedAsync(id, cancellationToken);
        var minLength = await settings.GetIntAsync(BulletinSettings.WithdrawReasonMinLength, bulletin.HallId, cancellationToken);
        if (input.Reason.Trim().Length < minLength) throw new BusinessException(BulletinsErrorCodes.WithdrawReasonRequired, minLength);
        bulletin.Withdraw(input.Reason, clock.GetUtcNow().UtcDateTime, currentUser.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Discards a draft (or a failed render) and its file; its subject can be generated again.</summary>
    public async Task DeleteDraftAsync(Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await FindManagedAsync(id, cancellationToken);
        if (bulletin.State is not (BulletinState.Draft or BulletinState.Failed))
            throw new BusinessException(BulletinsErrorCodes.NotDraft) { Kind = ErrorKind.Conflict };
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        db.Bulletins.Remove(bulletin);
        await db.SaveChangesAsync(cancellationToken);
        if (bulletin.FileId is { } file) await files.DeleteAsync(file, cancellationToken);
        await transaction.CommitAsync();
    }

    private Task<IQueryable<Bulletin>> ReachableAsync(CancellationToken cancellationToken) =>
        access.ReachableAsync(db.Bulletins.AsNoTracking(), cancellationToken);

    private async Task<Bulletin> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await (await ReachableAsync(cancellationToken)).FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Bulletin", id);

    private async Task<Bulletin> FindManagedAsync(Guid id, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.FirstOrDefaultAsync(b => b.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Bulletin", id);
        await access.CheckManagesAsync(bulletin.Subject, cancellationToken);
        return bulletin;
    }

    private async Task<IReadOnlyList<BulletinDto>> ToDtosAsync(IReadOnlyList<Bulletin> bulletins, CancellationToken cancellationToken)
    {
        var hallIds = bulletins.Select(b => b.HallId).OfType<Guid>().Distinct().ToList();
        var halls = hallIds.Count == 0 ? [] : (await structure.GetHallsAsync(hallIds, cancellationToken)).ToDictionary(h => h.Id, h => h.Name);
        return bulletins.Select(b =>
        {
            var kind = kinds.Find(b.Kind)?.Info;
            var period = b.Subject.Period;
            return new BulletinDto(b.Id, b.Kind, kind?.NameZhHans ?? b.Kind, kind?.NameEn ?? b.Kind, b.Title, b.Scope, b.HallId,
                b.HallId is { } h ? halls.GetValueOrDefault(h) : null, b.PeriodKind, b.Year, b.Month, period.LabelZhHans, period.LabelEn, b.State,
                b.NumberText, b.IssuingBody, b.IssuedOn, b.PublishedAt, b.WithdrawnAt, b.WithdrawReason, b.PageCount, b.Size, b.Sha256,
                b.VerificationCode, b.ProgressDone, b.ProgressTotal, b.FailureCode, b.FailureMessage, b.CreatedAt);
        }).ToList();
    }
}
