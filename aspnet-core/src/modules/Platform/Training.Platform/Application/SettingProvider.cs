using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Settings;

namespace Training.Platform.Application;

/// <summary>
/// Reads settings from the database once per request (the table is small), so every node sees a change on its next
/// request: no cache that nodes would have to agree on.
/// </summary>
internal sealed class SettingProvider(PlatformDbContext db, SettingRegistry registry) : ISettingProvider
{
    private Dictionary<(string, string), string>? _values;

    public async Task<string> GetAsync(string name, Guid? hallId = null, CancellationToken cancellationToken = default)
    {
        var definition = registry.Find(name) ?? throw new BusinessException(PlatformErrorCodes.UnknownSetting, name);
        _values ??= await db.Settings.AsNoTracking().ToDictionaryAsync(s => (s.Name, s.Scope), s => s.Value, cancellationToken);
        if (definition.PerHall && hallId is { } hall && _values.TryGetValue((name, SettingValue.ScopeOf(hall)), out var hallValue))
            return hallValue;
        return _values.TryGetValue((name, ""), out var cityValue) ? cityValue : definition.DefaultValue;
    }
}
