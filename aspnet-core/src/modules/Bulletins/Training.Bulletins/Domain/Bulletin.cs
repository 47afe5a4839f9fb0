using Training.Bulletins.Kinds;
using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Bulletins.Domain;

/// <summary>
/// One bulletin of a kind, for a hall (or the city) and a period: rendering → draft → published → withdrawn, or failed.
/// While not withdrawn it holds the subject's <see cref="LiveKey"/> (unique), so there is one live bulletin per kind,
/// subject and period whatever the number of jobs or nodes asking; a withdrawn one gives the key up for its correction.
/// A draft has no number; publishing takes the series' next one in the same transaction that stores the final file.
/// </summary>
public sealed class Bulletin : AggregateRoot
{
    private Bulletin() { }

    public Bulletin(Guid id, string kind, BulletinSubject subject, string title, string issuingBody) : base(id)
    {
        Kind = kind;
        Scope = subject.Scope;
        HallId = subject.HallId;
        PeriodKind = subject.Period.Kind;
        Year = subject.Period.Year;
        Month = subject.Period.Month;
        Title = title;
        IssuingBody = issuingBody;
        State = BulletinState.Rendering;
        LiveKey = KeyOf(kind, subject);
    }

    public string Kind { get; private set; } = "";
    public BulletinScope Scope { get; private set; }
    public Guid? HallId { get; private set; }
    public BulletinPeriodKind PeriodKind { get; private set; }
    public int Year { get; private set; }
    public int? Month { get; private set; }
    public string Title { get; private set; } = "";
    public string IssuingBody { get; private set; } = "";
    public BulletinState State { get; private set; }
    public string? LiveKey { get; private set; }

    /// <summary>The series' year and number once published: 〔NumberYear〕第Number期.</summary>
    public int? NumberYear { get; private set; }
    public int? Number { get; private set; }
    public DateOnly? IssuedOn { get; private set; }
    public string? VerificationCode { get; private set; }

    public Guid? FileId { get; private set; }
    public string? Sha256 { get; private set; }
    public long? Size { get; private set; }
    public int? PageCount { get; private set; }

    public int ProgressDone { get; private set; }
    public int ProgressTotal { get; private set; }
    public string? FailureCode { get; private set; }
    public string? FailureMessage { get; private set; }

    public DateTime? PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public Guid? WithdrawnBy { get; private set; }
    public string? WithdrawReason { get; private set; }

    /// <summary>Moves with every change of state; a second job or node acting on a stale copy is refused on save.</summary>
    public int Version { get; private set; }

    public BulletinSubject Subject => new(Scope, HallId, new BulletinPeriod(PeriodKind, Year, Month));

    public string? NumberText => Number is null ? null : FormatNumber(NumberYear!.Value, Number.Value);

    public static string FormatNumber(int year, int number) => $"〔{year}〕第{number}期";

    public static string KeyOf(string kind, BulletinSubject s) =>
        $"{kind}|{s.Scope}|{s.HallId?.ToString("N") ?? "city"}|{s.Period.Kind}|{s.Period.Year}|{s.Period.Month ?? 0}";

    public bool IsLive => State is not BulletinState.Withdrawn;

    /// <summary>The draft's PDF is stored: it can be previewed and published.</summary>
    public void Rendered(string title, Guid fileId, string sha256, long size, int pageCount)
    {
        Expect(BulletinState.Rendering, BulletinsErrorCodes.NotDraft);
        Title = title;
        (FileId, Sha256, Size, PageCount) = (fileId, sha256, size, pageCount);
        ProgressDone = ProgressTotal;
        State = BulletinState.Draft;
        Version++;
    }

    public void Failed(string code, string message)
    {
        State = BulletinState.Failed;
        FailureCode = code;
        FailureMessage = message.Length > 500 ? message[..500] : message;
        Version++;
    }

    /// <summary>Published under its number with the final PDF; the draft's file is the caller's to delete.</summary>
    public void Publish(string title, string issuingBody, int numberYear, int number, DateOnly issuedOn, string verificationCode, Guid fileId, string sha256, long size,
        int pageCount, DateTime at, Guid? by)
    {
        Expect(BulletinState.Draft, BulletinsErrorCodes.NotDraft);
        (Title, IssuingBody) = (title, issuingBody);
        (NumberYear, Number, IssuedOn, VerificationCode) = (numberYear, number, issuedOn, verificationCode);
        (FileId, Sha256, Size, PageCount) = (fileId, sha256, size, pageCount);
        (PublishedAt, PublishedBy) = (at, by);
        State = BulletinState.Published;
        Version++;
    }

    /// <summary>Withdrawn with a reason: it stays (its number is never given again) and gives up the subject's key.</summary>
    public void Withdraw(string reason, DateTime at, Guid? by)
    {
        Expect(BulletinState.Published, BulletinsErrorCodes.NotPublished);
        (WithdrawReason, WithdrawnAt, WithdrawnBy) = (reason.Trim(), at, by);
        State = BulletinState.Withdrawn;
        LiveKey = null;
        Version++;
    }

    /// <summary>A draft asked for again (new data, a reopened month): rendered anew in place; its old file is replaced.</summary>
    public void Rerender(string issuingBody)
    {
        IssuingBody = issuingBody;
        State = BulletinState.Rendering;
        ProgressDone = ProgressTotal = 0;
        FailureCode = FailureMessage = null;
        Version++;
    }

    private void Expect(BulletinState state, string code)
    {
        if (State != state) throw new BusinessException(code) { Kind = ErrorKind.Conflict };
    }
}
