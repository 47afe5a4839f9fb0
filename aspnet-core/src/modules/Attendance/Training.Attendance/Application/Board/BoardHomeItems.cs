using Microsoft.EntityFrameworkCore;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Attendance.Application.Board;

/// <summary>
/// The lead's and manager's attendance to-dos on the home page: anomalies (late, early, absent, off-post, out without
/// leave) of the last days not yet corrected, and the people absent today — each one COUNT over the caller's scope on
/// the results' snapshot columns. Leave and whereabouts to-dos are the absences area's.
/// </summary>
internal sealed class BoardHomeItems(
    AttendanceDbContext db, ICurrentUser currentUser, IDataScopeProvider scopes, ISettingProvider settings, TimeProvider clock) : IHomeItemProvider
{
    public const string BoardLink = "/attendance/board";
    public const string AnomaliesLink = "/attendance/anomalies";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var scope = await scopes.GetAsync(cancellationToken);
        if (scope.Kind < ScopeKind.Units) return [];
        // The team's records, not the caller's own (a lead's own lateness is not theirs to review).
        var team = scope.ForWriting();
        var today = clock.Today();
        var items = new List<HomeItem>();
        if (account.IsGranted(AttendancePermissions.Results.Default))
        {
            var days = await settings.GetIntAsync(AttendanceSettings.AnomalyReviewDays, cancellationToken: cancellationToken);
            var from = today.AddDays(1 - days);
            var anomalies = await Team(team).Where(r => r.Date >= from && r.Date <= today && !r.IsCorrected
                    && EffectiveResults.Anomalies.Contains(r.Status))
                .CountAsync(cancellationToken);
            items.Add(new HomeItem("attendance.board.anomalies", HomeItemKind.Todo, anomalies, AnomaliesLink, HomeItemSeverity.Warning,
                new Dictionary<string, string> { ["days"] = days.ToString() }));
        }
        if (account.IsGranted(AttendancePermissions.Board.Default))
        {
            var absent = await Team(team).Where(r => r.Date == today && (r.Status == SessionStatus.Absent || r.Status == SessionStatus.OutWithoutLeave))
                .Select(r => r.StaffId).Distinct().CountAsync(cancellationToken);
            items.Add(new HomeItem("attendance.board.absentToday", HomeItemKind.Todo, absent, BoardLink, HomeItemSeverity.Warning));
        }
        return items;
    }

    private IQueryable<EffectiveResult> Team(DataScope scope) =>
        EffectiveResults.Query(db).WhereInScope(scope, r => (Guid?)r.HallId, r => r.UnitId, r => (Guid?)r.StaffId);
}
