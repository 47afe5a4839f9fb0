using System.Globalization;

namespace Training.Organization.Domain;

/// <summary>Dates in error messages read 2026-03-02 in either language.</summary>
internal static class MessageDates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
