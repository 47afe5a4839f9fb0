using Training.Documents;

namespace Training.Bulletins.Kinds;

/// <summary>
/// A kind of bulletin, registered by the module that owns its data (<c>services.AddBulletinKind&lt;T&gt;()</c>): it says
/// what it covers, whether its period must be closed first, and supplies the rows and their layout. Bulletins adds the
/// rest — the official header with the issuing body and the series number, the 草稿 watermark of a draft, the footer with
/// the verification URL and the page numbers — and owns numbering, publishing, storage and verification.
/// A kind reads its data for the subject as a whole (it runs in a background job, with no caller's scope); Bulletins has
/// already checked that whoever asked may see that hall.
/// </summary>
public interface IBulletinKind
{
    BulletinKindInfo Info { get; }

    /// <summary>Whether the period's data is final (closed). Kinds without a close answer true once the period is over.</summary>
    Task<bool> IsPeriodClosedAsync(BulletinSubject subject, CancellationToken cancellationToken);

    /// <summary>The title and the body of the document for that subject; the same data gives the same body.</summary>
    Task<BulletinBody> ComposeAsync(BulletinSubject subject, CancellationToken cancellationToken);
}

/// <param name="Code">Stable, lower-case, dotted by module: <c>learning.training-completion</c>.</param>
/// <param name="NeedsClosedPeriod">True for kinds whose data has a close (the attendance month): drafted when the period
/// closes (the owner asks through <see cref="IBulletinRequests"/>), not on a schedule, and never published before.</param>
/// <param name="DefaultCron">For kinds without a close: when the scheduled job drafts last period's bulletins (Asia/Shanghai).</param>
public sealed record BulletinKindInfo(
    string Code,
    string NameZhHans,
    string NameEn,
    IReadOnlyList<BulletinPeriodKind> PeriodKinds,
    IReadOnlyList<BulletinScope> Scopes,
    bool NeedsClosedPeriod,
    string? DefaultCron = null);

/// <param name="Title">The bulletin's title as printed, e.g. 关于2026年11月培训完成情况的通报.</param>
/// <param name="Compose">Adds the body (paragraphs, tables, charts) to the document Bulletins has begun.</param>
public sealed record BulletinBody(string Title, Action<DocumentBuilder> Compose);
