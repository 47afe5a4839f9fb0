using Training.Contests.Application.Common;
using Training.Contests.Domain;
using Training.Organization;
using Training.SharedKernel.Notifications;
using Training.SharedKernel.Scoping;

namespace Training.Contests.Application.Contests;

/// <summary>
/// The announcement in the inbox of everyone in the contest's scope: one query for the recipients (the active people of the
/// scope halls, or of every hall), one send for all of them.
/// </summary>
internal sealed class ContestAnnouncer(IStaffIntegrationService staff, INotificationSender notifications)
{
    public const string Kind = "Contests.Announced";

    public async Task<int> AnnounceAsync(Contest contest, CancellationToken cancellationToken)
    {
        var scope = contest.IsCityWide ? DataScope.Everything : new DataScope(ScopeKind.Halls, null, [], contest.ScopeHallIds);
        var users = (await staff.SearchAsync(new StaffSearch(Scope: scope), cancellationToken))
            .Where(p => p.UserId is not null).Select(p => p.UserId!.Value).Distinct().ToList();
        if (users.Count == 0) return 0;
        var window = $"{Local(contest.EntryOpensAt):yyyy-MM-dd HH:mm} – {Local(contest.EntryClosesAt):yyyy-MM-dd HH:mm}";
        await notifications.SendAsync(users, new NotificationMessage(Kind,
            $"技能大赛报名：{contest.Title}", $"Skill contest open for entry: {contest.Title}",
            Body($"报名时间 {window}。", contest.Description), Body($"Entry {window}. ", contest.Description), ContestLinks.Contest(contest.Id)), cancellationToken);
        return users.Count;
    }

    /// <summary>The inbox keeps 2,000 characters of a body; a longer announcement is cut there (the contest page has it whole).</summary>
    private static string Body(string head, string? description)
    {
        var text = head + description;
        return text.Length <= MaxBodyLength ? text : text[..(MaxBodyLength - 1)] + "…";
    }

    private const int MaxBodyLength = 2000;

    private static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(Training.SharedKernel.Time.BusinessDates.DefaultTimeZone));
}
