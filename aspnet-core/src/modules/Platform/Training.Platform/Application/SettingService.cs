using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Localization;
using Training.SharedKernel.Settings;

namespace Training.Platform.Application;

internal sealed class SettingService(PlatformDbContext db, SettingRegistry registry, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<IReadOnlyList<SettingDto>> ListAsync(CancellationToken cancellationToken)
    {
        var values = await db.Settings.AsNoTracking().ToListAsync(cancellationToken);
        return registry.All.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new SettingDto(
            d.Name, Languages.Pick(d.ZhHans, d.En), d.Type, d.DefaultValue,
            values.FirstOrDefault(v => v.Name == d.Name && v.Scope == "")?.Value, d.PerHall, d.Min, d.Max, d.Source,
            values.Where(v => v.Name == d.Name && v.Scope != "").Select(v => new HallSettingValueDto(Guid.Parse(v.Scope), v.Value)).ToList()))
            .ToList();
    }

    public async Task<SettingDto> UpdateAsync(string name, UpdateSettingInput input, CancellationToken cancellationToken)
    {
        var definition = registry.Find(name) ?? throw new EntityNotFoundException("Setting", name);
        if (input.HallId is not null && !definition.PerHall) throw new BusinessException(PlatformErrorCodes.SettingNotPerHall, name);
        var scope = SettingValue.ScopeOf(input.HallId);
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Name == name && s.Scope == scope, cancellationToken);
        if (input.Value is null)
        {
            if (row is not null) db.Settings.Remove(row);
        }
        else
        {
            var value = Normalize(definition, input.Value);
            if (row is null) db.Settings.Add(row = new SettingValue { Name = name, Scope = scope });
            row.Value = value;
            row.ChangedAt = clock.GetUtcNow().UtcDateTime;
            row.ChangedBy = currentUser.UserId;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (await ListAsync(cancellationToken)).First(s => s.Name == name);
    }

    /// <summary>Checks the value against the definition's type and bounds and writes it in invariant form.</summary>
    internal static string Normalize(SettingDefinition definition, string raw)
    {
        var text = raw.Trim();
        string Invalid(string zh, string en) =>
            throw new BusinessException(PlatformErrorCodes.InvalidSettingValue, definition.Name, text, Languages.Pick(zh, en));
        switch (definition.Type)
        {
            case SettingType.Int or SettingType.Decimal:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    || (definition.Type == SettingType.Int && number != Math.Floor(number)))
                    return Invalid(definition.Type == SettingType.Int ? "应为整数" : "应为数字", definition.Type == SettingType.Int ? "must be a whole number" : "must be a number");
                if (number < (definition.Min ?? double.MinValue) || number > (definition.Max ?? double.MaxValue))
                    return Invalid($"应在 {definition.Min} 到 {definition.Max} 之间", $"must be between {definition.Min} and {definition.Max}");
                return number.ToString(CultureInfo.InvariantCulture);
            case SettingType.Bool:
                return bool.TryParse(text, out var flag) ? flag.ToString().ToLowerInvariant() : Invalid("应为 true 或 false", "must be true or false");
            default:
                return text;
        }
    }
}
