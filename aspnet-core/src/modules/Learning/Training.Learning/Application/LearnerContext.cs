using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>The caller as a learner: their staff record. Accounts without one (admin, HR) have no learning of their own.</summary>
internal sealed class LearnerContext(ICurrentUser currentUser, IStaffIntegrationService staff)
{
    private StaffSummary? _assumed;

    public async Task<Guid> StaffIdAsync(CancellationToken cancellationToken) =>
        _assumed?.Id ?? (await currentUser.GetAccountAsync(cancellationToken)).StaffId
        ?? throw new BusinessException(LearningErrorCodes.CourseNotOpenToYou) { Kind = ErrorKind.Forbidden };

    public async Task<StaffSummary> MeAsync(CancellationToken cancellationToken) =>
        _assumed ?? (await staff.GetByIdsAsync([await StaffIdAsync(cancellationToken)], cancellationToken)).Single();

    /// <summary>For <see cref="ExamWarmUp"/> only: this scope's learner is a made-up person (there is no caller).</summary>
    internal void Assume(StaffSummary person) => _assumed = person;
}
