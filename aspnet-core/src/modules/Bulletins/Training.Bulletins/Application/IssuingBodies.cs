using Training.Bulletins.Kinds;
using Training.Organization;
using Training.SharedKernel.Settings;

namespace Training.Bulletins.Application;

/// <summary>The body printed in red at the head of a bulletin: the hall's setting (or the hall's name), or the city's.</summary>
internal sealed class IssuingBodies(ISettingProvider settings, IStructureIntegrationService structure)
{
    public async Task<string> ForAsync(BulletinSubject subject, CancellationToken cancellationToken)
    {
        if (subject.Scope == BulletinScope.City) return await settings.GetAsync(BulletinSettings.CityIssuingBody, cancellationToken: cancellationToken);
        var configured = await settings.GetAsync(BulletinSettings.IssuingBody, subject.HallId, cancellationToken);
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        var hall = (await structure.GetHallsAsync([subject.HallId!.Value], cancellationToken)).SingleOrDefault();
        return hall?.Name ?? "";
    }
}
