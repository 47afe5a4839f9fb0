using System.ComponentModel.DataAnnotations;
using Training.SharedKernel.Settings;

namespace Training.Platform;

/// <summary>A setting as an administrator sees it: the default, the city's value and any hall values.</summary>
public sealed record SettingDto(
    string Name, string DisplayName, SettingType Type, string DefaultValue, string? Value, bool PerHall,
    double? Min, double? Max, string? Source, IReadOnlyList<HallSettingValueDto> HallValues);

public sealed record HallSettingValueDto(Guid HallId, string Value);

/// <summary>A null value removes the override, so the default (or the city value) applies again.</summary>
public sealed record UpdateSettingInput([property: StringLength(1000)] string? Value, Guid? HallId);
