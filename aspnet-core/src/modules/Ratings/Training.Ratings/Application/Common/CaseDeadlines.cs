using Training.Organization;
using Training.SharedKernel.Settings;

namespace Training.Ratings.Application.Common;

/// <summary>
/// The deadlines of bad-rating cases, counted in working days on the work calendar (holidays and 调休 make-up days are
/// its data): call back within <see cref="RatingsSettings.CallbackWorkingDays"/> (1), rectify within
/// <see cref="RatingsSettings.RectifyWorkingDays"/> (5) working days after the rating's date, the date itself not
/// counted. Set-based: one calendar read for a whole batch, whatever its size; the settings are read per hall.
/// </summary>
internal sealed class CaseDeadlines(IWorkCalendar calendar, ISettingProvider settings)
{
    public sealed record Due(DateOnly Callback, DateOnly Rectify);

    public async Task<IReadOnlyDictionary<(Guid HallId, DateOnly Date), Due>> ComputeAsync(
        IReadOnlyCollection<(Guid HallId, DateOnly Date)> openings, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(Guid, DateOnly), Due>();
        if (openings.Count == 0) return result;
        var days = new Dictionary<Guid, (int Callback, int Rectify)>();
        foreach (var hallId in openings.Select(o => o.HallId).Distinct())
            days[hallId] = (await settings.GetIntAsync(RatingsSettings.CallbackWorkingDays, hallId, cancellationToken),
                await settings.GetIntAsync(RatingsSettings.RectifyWorkingDays, hallId, cancellationToken));

        var first = openings.Min(o => o.Date);
        var longest = days.Values.Max(d => Math.Max(d.Callback, d.Rectify));
        // Enough calendar for the longest deadline across the longest holiday (the Spring Festival's 8 days and more).
        var last = openings.Max(o => o.Date).AddDays(longest * 3 + 30);
        var working = (await calendar.GetWorkingDaysAsync(first.AddDays(1), last, cancellationToken)).Order().ToArray();
        foreach (var (hallId, date) in openings.Distinct())
        {
            var (callback, rectify) = days[hallId];
            result[(hallId, date)] = new Due(After(working, date, callback), After(working, date, rectify));
        }
        return result;
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="date"/>; 0 days = the date itself.</summary>
    private static DateOnly After(DateOnly[] working, DateOnly date, int count)
    {
        if (count == 0) return date;
        var start = Array.BinarySearch(working, date.AddDays(1));
        if (start < 0) start = ~start;
        var index = start + count - 1;
        return index < working.Length ? working[index]
            : throw new InvalidOperationException($"The work calendar read does not reach {count} working days after {date}.");
    }
}
