using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Training.SharedKernel.Data;

/// <summary>Instants are stored in UTC; SQLite forgets the kind on the way back, PostgreSQL insists on it going in.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
