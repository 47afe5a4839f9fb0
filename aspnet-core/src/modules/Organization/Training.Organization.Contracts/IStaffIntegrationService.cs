using Training.SharedKernel.Scoping;

namespace Training.Organization;

/// <summary>Read-only, batched facts about people for other modules.</summary>
public interface IStaffIntegrationService
{
    Task<IReadOnlyList<StaffSummary>> GetByIdsAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// People by staff number within a data scope (imports of other modules match rows to people this way). The scope is
    /// not optional: a number outside it is answered exactly like a number that does not exist.
    /// </summary>
    Task<IReadOnlyList<StaffSummary>> GetByStaffNumbersAsync(IReadOnlyCollection<string> staffNumbers, DataScope scope,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Active people by ids, unit and/or the type of the window they hold now, within a data scope when one is given
    /// (criteria combine with AND; the scope is applied in the query).
    /// </summary>
    Task<IReadOnlyList<StaffSummary>> SearchAsync(StaffSearch search, CancellationToken cancellationToken = default);

    /// <summary>
    /// The active people a scope covers (by their hall and unit today) and whether each holds a window now: one query,
    /// ids only, for counts other modules aggregate over a manager's people.
    /// </summary>
    Task<IReadOnlyList<StaffPost>> GetPostsInScopeAsync(DataScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Everyone a scope covers by their hall and unit today — whatever their status, the own-record exception included:
    /// one query, ids only, for records that follow their person wherever they are now (a certificate is managed by the
    /// holder's hall today, not by the hall that issued it). Pass them to the other module's query as one parameter.
    /// </summary>
    Task<IReadOnlyList<Guid>> GetIdsInScopeAsync(DataScope scope, CancellationToken cancellationToken = default);

    /// <summary>The sign-in users of the leads of the given units (to notify a person's lead).</summary>
    Task<IReadOnlyList<Guid>> GetLeadUserIdsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);

    /// <summary>The sign-in users of the managers of the given halls (a second approval, a hall-wide notice).</summary>
    Task<IReadOnlyList<Guid>> GetHallManagerUserIdsAsync(IReadOnlyCollection<Guid> hallIds, CancellationToken cancellationToken = default);
}

public sealed record StaffSummary(
    Guid Id, string StaffNumber, string Name, StaffKind Kind, StaffStatus Status, Guid HallId, Guid? UnitId, Guid? WindowId,
    WindowType? WindowType, Guid? UserId, DateOnly? WorkStartDate = null);

/// <summary>Criteria of <see cref="IStaffIntegrationService.SearchAsync"/>; <paramref name="Scope"/> null means no scope filter.</summary>
public sealed record StaffSearch(IReadOnlyCollection<Guid>? StaffIds = null, Guid? UnitId = null, WindowType? WindowType = null, DataScope? Scope = null);

public sealed record StaffPost(Guid StaffId, bool AtWindow);
