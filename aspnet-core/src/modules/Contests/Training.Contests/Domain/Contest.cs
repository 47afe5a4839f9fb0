using Training.SharedKernel.Domain;
using Training.SharedKernel.Events;
using Training.SharedKernel.Errors;

namespace Training.Contests.Domain;

/// <summary>An award tier as the contest keeps it: a count of entries or a share of them (percent).</summary>
public sealed record AwardTierRule(AwardTier Tier, int? Count, int? SharePercent);

/// <summary>
/// A skill contest 技能大赛: its announcement, owner (a hall, or the city when null), scope halls, entry rules and window,
/// credit hours for taking part (以赛代训), award tiers, and its state: Draft → Announced → Closed → Published.
/// </summary>
public sealed class Contest : AggregateRoot
{
    private Contest() { }

    public Contest(Guid id, Guid? ownerHallId) : base(id) => OwnerHallId = ownerHallId;

    public string Title { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>The hall that runs the contest and owns its written-round exam; null = the city's (across halls).</summary>
    public Guid? OwnerHallId { get; private set; }

    /// <summary>The halls whose people may see and enter the contest; empty = every hall.</summary>
    public IReadOnlyList<Guid> ScopeHallIds { get; private set; } = [];

    public EntryMode EntryMode { get; private set; }
    public int TeamSize { get; private set; } = 1;
    public DateTime EntryOpensAt { get; private set; }
    public DateTime EntryClosesAt { get; private set; }

    /// <summary>Training hours credited to every entrant not withdrawn, in hundredths (like Learning's course credits).</summary>
    public int CreditHundredths { get; private set; }

    public bool ShowNamesOnBoard { get; private set; }
    public IReadOnlyList<AwardTierRule> AwardTiers { get; private set; } = [];
    public ContestState State { get; private set; }
    public DateTime? AnnouncedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>SHA-256 of the hall screen's display token (the token itself is shown once).</summary>
    public string? DisplayTokenHash { get; private set; }

    public int Version { get; private set; }

    public double CreditHours => CreditHundredths / 100.0;

    public bool IsCityWide => ScopeHallIds.Count == 0;

    public bool CoversHall(Guid hallId) => IsCityWide || ScopeHallIds.Contains(hallId);

    public bool IsOpenForEntry(DateTime now) => State == ContestState.Announced && EntryOpensAt <= now && now < EntryClosesAt;

    /// <summary>Sets what a draft says; once announced, nothing of it changes (people entered on these terms).</summary>
    public void Define(SaveContestInput input, IReadOnlyList<Guid> scopeHallIds)
    {
        RequireState(ContestState.Draft);
        var (opens, closes) = (Utc(input.EntryOpensAt), Utc(input.EntryClosesAt));
        if (closes <= opens) throw new BusinessException(ContestsErrorCodes.EntryWindowReversed);
        if (OwnerHallId is { } owner && scopeHallIds.Count > 0 && !scopeHallIds.Contains(owner))
            throw new BusinessException(ContestsErrorCodes.OwnerOutsideScope);
        Title = Check.NotBlank(input.Title, "title", ContestsConsts.MaxTitleLength);
        Description = Check.Optional(input.Description, "description", ContestsConsts.MaxDescriptionLength);
        ScopeHallIds = scopeHallIds.Distinct().ToList();
        EntryMode = input.EntryMode;
        TeamSize = input.EntryMode == EntryMode.Team ? input.TeamSize : 1;
        (EntryOpensAt, EntryClosesAt) = (opens, closes);
        CreditHundredths = (int)Math.Round(input.CreditHours * 100);
        ShowNamesOnBoard = input.ShowNamesOnBoard;
        AwardTiers = ValidTiers(input.AwardTiers ?? []);
        Version++;
    }

    public void Announce(DateTime now)
    {
        RequireState(ContestState.Draft);
        (State, AnnouncedAt) = (ContestState.Announced, now);
        Version++;
    }

    /// <summary>Entry closes (numbers are drawn by the caller in the same save); the rounds may now run.</summary>
    public void CloseEntry(DateTime now)
    {
        RequireState(ContestState.Announced);
        (State, ClosedAt) = (ContestState.Closed, now);
        if (EntryClosesAt > now) EntryClosesAt = now;
        Version++;
    }

    /// <summary>
    /// Publishes the results with their events (awards, training records): raised here, in the save that changes the
    /// state, so a retry — which finds the contest published — raises none.
    /// </summary>
    public void Publish(DateTime now, IEnumerable<IEto> results)
    {
        RequireState(ContestState.Closed);
        (State, PublishedAt) = (ContestState.Published, now);
        foreach (var result in results) AddEvent(result);
        Version++;
    }

    /// <summary>A change of its people or rounds: an editor holding the old version must reload.</summary>
    public void Touch() => Version++;

    public void SetDisplayTokenHash(string hash) => DisplayTokenHash = hash;

    public void RequireState(ContestState state)
    {
        if (State != state) throw new BusinessException(ContestsErrorCodes.WrongState, State) { Kind = ErrorKind.Conflict };
    }

    /// <summary>Tiers in rank order, each once, each a count or a share; shares add up to at most 100%.</summary>
    private static List<AwardTierRule> ValidTiers(IReadOnlyList<AwardTierDto> tiers)
    {
        var ordered = tiers.Select(t => t.Tier).ToList();
        var valid = ordered.SequenceEqual(ordered.Distinct().Order())
                    && tiers.All(t => (t.Count is > 0) != (t.SharePercent is > 0))
                    && tiers.Sum(t => t.SharePercent ?? 0) <= 100;
        if (!valid) throw new BusinessException(ContestsErrorCodes.AwardTiersInvalid);
        return tiers.Select(t => new AwardTierRule(t.Tier, t.Count, t.SharePercent)).ToList();
    }

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
}
