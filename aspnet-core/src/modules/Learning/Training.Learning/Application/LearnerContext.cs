using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>The caller as a learner: their staff record. Accounts without one (admin, HR) have no learning of their own.</summary>
internal sealed class LearnerContext(ICurrentUser currentUser, IStaffIntegrationService staff)
{
    public async Task<Guid> StaffIdAsync(CancellationToken cancellationToken) =>
        (await currentUser.GetAccountAsync(cancellationToken)).StaffId
        ?? throw new BusinessException(LearningErrorCodes.CourseNotOpenToYou) { Kind = ErrorKind.Forbidden };

    public async Task<StaffSummary> MeAsync(CancellationToken cancellationToken) =>
        (await staff.GetByIdsAsync([await StaffIdAsync(cancellationToken)], cancellationToken)).Single();
}
