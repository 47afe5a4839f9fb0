using Training.Organization;
using Training.SharedKernel.Settings;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// The mechanism's deadlines from the hall's settings and the work calendar (holidays and 调休 make-up days are its
/// data; the start day itself is not counted): the receiver's answer (3), the follow-up (5), 效能督查科's answer (2).
/// </summary>
internal sealed class UnresolvedDeadlines(IWorkCalendar calendar, ISettingProvider settings)
{
    public Task<DateOnly> ReceiverAnswerDueAsync(Guid hallId, DateOnly transferredOn, CancellationToken cancellationToken) =>
        AddAsync(UnresolvedSettings.ReceiverAnswerWorkingDays, hallId, transferredOn, cancellationToken);

    public Task<DateOnly> FollowUpDueAsync(Guid hallId, DateOnly from, CancellationToken cancellationToken) =>
        AddAsync(UnresolvedSettings.FollowUpWorkingDays, hallId, from, cancellationToken);

    public Task<DateOnly> EscalationAnswerDueAsync(Guid hallId, DateOnly escalatedOn, CancellationToken cancellationToken) =>
        AddAsync(UnresolvedSettings.EscalationAnswerWorkingDays, hallId, escalatedOn, cancellationToken);

    /// <summary>The hall's conference sections, in their configured order.</summary>
    public async Task<IReadOnlyList<string>> ConferenceSectionsAsync(Guid hallId, CancellationToken cancellationToken) =>
        (await settings.GetAsync(UnresolvedSettings.ConferenceSections, hallId, cancellationToken))
        .Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task<DateOnly> AddAsync(string setting, Guid hallId, DateOnly from, CancellationToken cancellationToken) =>
        await calendar.AddWorkingDaysAsync(from, await settings.GetIntAsync(setting, hallId, cancellationToken), cancellationToken);
}
