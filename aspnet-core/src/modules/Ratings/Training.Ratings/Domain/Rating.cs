using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>
/// One citizen's rating of one case at one window (一次一评: unique per case number and channel; a source's event id is
/// stored once). It keeps the hall, unit, window and staff member of the moment (scope by snapshot). The citizen's
/// name and phone are not here but in <see cref="RatingRater"/>, which is deleted after the retention period; whether
/// the rating was real-name stays. Written in bulk by <c>RatingInsert</c>; never updated but for attribution and
/// exclusion.
/// </summary>
public sealed class Rating : Entity
{
    private Rating() { }

    public Rating(Guid id, Guid hallId, Guid unitId, Guid windowId, Guid? matterId, RatingChannel channel, string sourceKey,
        string eventId, string caseNumber, RatingLevel level, string? comment, DateTime ratedAt, DateOnly date, DateTime receivedAt,
        RaterKind raterKind, bool isRealName, Guid? staffId, Attribution attribution, string? candidates) : base(id)
    {
        (HallId, UnitId, WindowId, MatterId, Channel) = (hallId, unitId, windowId, matterId, channel);
        SourceKey = sourceKey;
        EventId = Check.NotBlank(eventId, "eventId", RatingsConsts.MaxEventIdLength);
        CaseNumber = Check.NotBlank(caseNumber, "caseNumber", RatingsConsts.MaxCaseNumberLength);
        Level = level;
        Comment = Check.Optional(comment, "comment", RatingsConsts.MaxCommentLength);
        (RatedAt, Date, ReceivedAt, RaterKind, IsRealName) = (ratedAt, date, receivedAt, raterKind, isRealName);
        (StaffId, Attribution, Candidates) = (staffId, attribution, candidates);
    }

    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid WindowId { get; private set; }
    public Guid? MatterId { get; private set; }
    public RatingChannel Channel { get; private set; }

    /// <summary>The pad's device id ("N" format) or <see cref="RatingsConsts.QrSourceKey"/>: with the event id, the idempotency key.</summary>
    public string SourceKey { get; private set; } = "";

    public string EventId { get; private set; } = "";

    /// <summary>The case number 办件编号 (unique per channel).</summary>
    public string CaseNumber { get; private set; } = "";

    public RatingLevel Level { get; private set; }
    public string? Comment { get; private set; }

    /// <summary>When the citizen rated (UTC).</summary>
    public DateTime RatedAt { get; private set; }

    /// <summary>The business date in the hall's zone.</summary>
    public DateOnly Date { get; private set; }

    public DateTime ReceivedAt { get; private set; }
    public RaterKind RaterKind { get; private set; }

    /// <summary>A name or phone was given (实名): real-name bad ratings are all called back (001). Kept after the data is removed.</summary>
    public bool IsRealName { get; private set; }

    public Guid? StaffId { get; private set; }
    public Attribution Attribution { get; private set; }

    /// <summary>When two people could have served: their ids, comma-separated, for the lead who attributes it.</summary>
    public string? Candidates { get; private set; }

    /// <summary>An approved appeal excluded it: it stops counting everywhere, and says so wherever it is shown.</summary>
    public Guid? ExcludedByAppealId { get; private set; }

    public DateTime? ExcludedAt { get; private set; }

    public bool IsBad => RatingsConsts.IsBad(Level);

    public bool NeedsAttribution => StaffId is null && Attribution == Attribution.Ambiguous;

    public IReadOnlyList<Guid> CandidateIds =>
        string.IsNullOrEmpty(Candidates) ? [] : Candidates.Split(',').Select(Guid.Parse).ToList();

    public void AttributeTo(Guid staffId)
    {
        StaffId = staffId;
        Attribution = Attribution.Lead;
        Candidates = null;
    }

    public void Exclude(Guid appealId, DateTime at)
    {
        ExcludedByAppealId = appealId;
        ExcludedAt = at;
    }

    public static string CandidatesText(IEnumerable<Guid> ids) => string.Join(',', ids.Select(i => i.ToString("D")));
}

/// <summary>An indicator tag chosen with a rating.</summary>
public sealed class RatingTag
{
    private RatingTag() { }

    public RatingTag(Guid ratingId, Guid tagId) => (RatingId, TagId) = (ratingId, tagId);

    public Guid RatingId { get; private set; }
    public Guid TagId { get; private set; }
}

/// <summary>
/// The citizen or enterprise behind a rating, when given. Shown in full only to the handler of the rating's callback,
/// masked everywhere else (<c>CitizenMask</c>), never logged, and deleted — not masked — once the retention period after
/// the case closes has passed.
/// </summary>
public sealed class RatingRater
{
    private RatingRater() { }

    public RatingRater(Guid ratingId, string? name, string? phone, string? enterpriseName, string? creditCode)
    {
        RatingId = ratingId;
        Name = Check.Optional(name, "raterName", RatingsConsts.MaxPersonNameLength);
        Phone = Check.Optional(phone, "raterPhone", RatingsConsts.MaxPhoneLength);
        EnterpriseName = Check.Optional(enterpriseName, "enterpriseName", RatingsConsts.MaxNameLength);
        CreditCode = Check.Optional(creditCode, "creditCode", RatingsConsts.MaxCreditCodeLength);
    }

    public Guid RatingId { get; private set; }
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public string? EnterpriseName { get; private set; }

    /// <summary>The enterprise's unified social credit code 统一社会信用代码 (18 characters).</summary>
    public string? CreditCode { get; private set; }

    public bool IsEmpty => Name is null && Phone is null && EnterpriseName is null && CreditCode is null;
}
