using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Training.Contests.EntityFrameworkCore;

/// <summary>A short list kept as a JSON array in one column (scope halls, tiers, criteria, points), the same on every provider.</summary>
internal static class JsonColumn
{
    public static ValueConverter<IReadOnlyList<T>, string> Converter<T>() => new(
        v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
        v => JsonSerializer.Deserialize<List<T>>(v, (JsonSerializerOptions?)null) ?? new List<T>());

    /// <summary>Compares by elements, so EF notices a changed list and not a new instance only.</summary>
    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), v => v.ToList());
}
