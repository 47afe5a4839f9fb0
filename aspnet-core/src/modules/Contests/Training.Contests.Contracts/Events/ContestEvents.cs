using Training.SharedKernel.Events;

namespace Training.Contests.Events;

/// <summary>
/// An award of a published contest (one per awarded entry; a team's names all its members). Raised exactly once, even when
/// publishing is retried — for the person file and the appraisal's 创新创优. Handlers are idempotent by <see cref="EntryId"/>.
/// </summary>
public sealed record ContestAwardedEto(Guid EventId, Guid ContestId, Guid EntryId, IReadOnlyList<Guid> StaffIds, AwardTier Tier,
    string Title, DateOnly PublishedOn) : IEto;
