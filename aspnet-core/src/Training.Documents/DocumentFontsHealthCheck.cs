using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Training.Documents;

/// <summary>Unhealthy when no CJK font could be loaded: every PDF would fail, so say so with the fix.</summary>
public sealed class DocumentFontsHealthCheck(DocumentFonts fonts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(fonts.Available ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(fonts.Problem));
}
