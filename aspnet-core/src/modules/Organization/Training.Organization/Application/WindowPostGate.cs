using Training.SharedKernel.Errors;

namespace Training.Organization.Application;

/// <summary>
/// The one place a single person is put to <see cref="IWindowPostEligibility"/> before standing at a window: a new post,
/// a move, or standing in as the B of a post (岗位AB角: B serves the window while A is away, so B needs what A needs).
/// </summary>
internal sealed class WindowPostGate(IWindowPostEligibility eligibility, ErrorLocalizer localizer)
{
    public async Task EnsureEligibleAsync(Guid staffId, string staffName, Guid windowId, DateOnly date, CancellationToken cancellationToken)
    {
        var request = new WindowPostRequest(staffId, windowId);
        var verdict = (await eligibility.CheckAsync([request], date, cancellationToken))[request];
        if (verdict.Allowed) return;
        var reason = verdict.Code is null ? "" : localizer.Localize(verdict.Code, verdict.Args ?? []);
        throw new BusinessException(OrganizationErrorCodes.NotEligibleForWindow, staffName, reason)
        {
            Kind = ErrorKind.Conflict,
            FieldErrors = verdict.Code is null ? null : new Dictionary<string, string[]> { ["reasonCode"] = [verdict.Code] },
        };
    }
}
