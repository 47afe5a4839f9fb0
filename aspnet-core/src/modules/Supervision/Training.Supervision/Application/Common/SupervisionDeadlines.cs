using Training.Organization;
using Training.SharedKernel.Settings;

namespace Training.Supervision.Application.Common;

/// <summary>
/// The deadlines of supervision, from the hall's settings and the work calendar (holidays and 调休 make-up days are its
/// data; the start day itself is not counted): the last day to dispute a finding, a ledger item's rectification
/// deadline, the day its 回头看 re-check falls due (calendar days), and the day its reminder goes out.
/// </summary>
internal sealed class SupervisionDeadlines(IWorkCalendar calendar, ISettingProvider settings)
{
    public async Task<DateOnly> DisputeUntilAsync(Guid hallId, DateOnly recordedOn, CancellationToken cancellationToken) =>
        await calendar.AddWorkingDaysAsync(recordedOn,
            await settings.GetIntAsync(SupervisionSettings.DisputeWorkingDays, hallId, cancellationToken), cancellationToken);

    public async Task<DateOnly> RectifyDueAsync(Guid hallId, DateOnly openedOn, CancellationToken cancellationToken) =>
        await calendar.AddWorkingDaysAsync(openedOn,
            await settings.GetIntAsync(SupervisionSettings.RectifyWorkingDays, hallId, cancellationToken), cancellationToken);

    public async Task<DateOnly> RecheckDueAsync(Guid hallId, DateOnly acceptedOn, CancellationToken cancellationToken) =>
        acceptedOn.AddDays(await settings.GetIntAsync(SupervisionSettings.RecheckDays, hallId, cancellationToken));

    /// <summary>Whether <paramref name="today"/> is within the reminder window of <paramref name="dueOn"/> (N working days before it, or later).</summary>
    public async Task<bool> IsReminderDueAsync(Guid hallId, DateOnly dueOn, DateOnly today, CancellationToken cancellationToken)
    {
        if (today >= dueOn) return true;
        var before = await settings.GetIntAsync(SupervisionSettings.ReminderWorkingDays, hallId, cancellationToken);
        return await calendar.WorkingDaysBetweenAsync(today, dueOn, cancellationToken) <= before;
    }
}
