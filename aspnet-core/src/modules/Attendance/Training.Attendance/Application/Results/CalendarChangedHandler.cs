using Hangfire;
using Training.Organization;
using Training.Organization.Events;
using Training.SharedKernel.Events;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Results;

/// <summary>
/// The work calendar changed on some dates: each hall's results on those dates are recomputed. A few dates in one
/// month are recomputed here; more (an imported year) become one background job per hall × month. Dates after today
/// have no results yet and are skipped. Idempotent: a redelivery recomputes the same days to the same results.
/// </summary>
internal sealed class CalendarChangedHandler(
    IStructureIntegrationService structure, HallMonthRecompute recompute, IBackgroundJobClient jobs, TimeProvider clock)
    : IEventHandler<CalendarChangedEto>
{
    /// <summary>At most this many dates are recomputed in the handler itself.</summary>
    internal const int InlineDates = 5;

    public async Task HandleAsync(CalendarChangedEto eto, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var dates = eto.Dates.Where(d => d <= today).Distinct().Order().ToList();
        if (dates.Count == 0) return;
        var halls = (await structure.GetHallsAsync(null, cancellationToken)).Select(h => h.Id).ToList();
        var months = dates.Select(d => (d.Year, d.Month)).Distinct().ToList();
        if (dates.Count <= InlineDates && months.Count == 1)
        {
            foreach (var hall in halls)
                foreach (var date in dates)
                    await recompute.RecomputeAsync(hall, date, date, cancellationToken: cancellationToken);
            return;
        }
        RecomputeHallMonthJob.Enqueue(jobs, halls.SelectMany(h => months.Select(m => new RecomputeHallMonthArgs(h, m.Year, m.Month))));
    }
}
