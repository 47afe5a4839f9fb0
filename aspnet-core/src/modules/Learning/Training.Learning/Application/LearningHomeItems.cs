using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Home;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// Learning's part of the home page. For the caller as a learner: the pre-job certificate first (岗前培训合格后方可上岗:
/// without a valid one there is no window post), then required courses not done and exams open to take. For a manager
/// (certificates within a scope of units, halls or all): people at windows without a valid pre-job certificate,
/// newcomers still without one, certificates expiring soon, and the share of people holding one. Each count is one
/// set-based query over the scope; the people in scope come from Organization in one call.
/// </summary>
internal sealed class LearningHomeItems(
    LearningDbContext db, ICurrentUser currentUser, IDataScopeProvider scopes, IStaffIntegrationService staff, LearnerContext learner,
    AttemptService attempts, ISettingProvider settings, TimeProvider clock) : IHomeItemProvider
{
    public const string MyCoursesLink = "/my-learning/courses";
    public const string MyExamsLink = "/my-learning/exams";
    public const string MyCertificatesLink = "/my-learning/certificates";
    public const string CertificatesLink = "/learning/certificates";
    public const string CertificateImportLink = "/learning/certificates/import";

    public async Task<IReadOnlyList<HomeItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        var account = await currentUser.GetAccountAsync(cancellationToken);
        var today = clock.Today();
        var horizon = today.AddDays(await settings.GetIntAsync(LearningSettings.CertificateReminderDays, cancellationToken: cancellationToken));
        var items = new List<HomeItem>();
        if (account.StaffId is not null && account.IsGranted(LearningPermissions.MyLearning.Default))
            items.AddRange(await LearnerItemsAsync(today, horizon, cancellationToken));
        var scope = await scopes.GetAsync(cancellationToken);
        if (scope.Kind >= ScopeKind.Units && account.IsGranted(LearningPermissions.Certificates.Default))
            items.AddRange(await ManagerItemsAsync(account, scope, today, horizon, cancellationToken));
        return items;
    }

    private async Task<List<HomeItem>> LearnerItemsAsync(DateOnly today, DateOnly horizon, CancellationToken cancellationToken)
    {
        var me = await learner.MeAsync(cancellationToken);
        if (me.Status != StaffStatus.Active) return [];
        var items = new List<HomeItem>();
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.StaffId == me.Id && c.Kind == CertificateKind.PreJob)
            .Select(c => new { c.IssuedOn, c.ExpiresOn, c.RevokedAt }).ToListAsync(cancellationToken);
        var valid = certificates.Where(c => c.RevokedAt is null && (c.ExpiresOn is null || c.ExpiresOn >= today)).ToList();
        var required = (await db.Courses.AsNoTracking().Where(c => c.IsPublished && c.IsRequired).OrderBy(c => c.Code).ToListAsync(cancellationToken))
            .Where(c => c.IsFor(me)).ToList();
        var completed = (await db.Enrollments.Where(e => e.StaffId == me.Id && e.CompletedAt != null).Select(e => e.CourseId)
            .ToListAsync(cancellationToken)).ToHashSet();

        if (valid.Count == 0)
        {
            // The pre-job course to take: the first required one meant for them that is not done yet (else the first one).
            var course = required.Where(c => c.Kind == CourseKind.PreJob).OrderBy(c => completed.Contains(c.Id)).FirstOrDefault();
            var args = course is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["courseId"] = course.Id.ToString(), ["course"] = course.Title };
            var latest = certificates.MaxBy(c => c.IssuedOn);
            if (latest is not null) args["endedOn"] = Day(latest.RevokedAt is { } at ? BusinessDates.LocalDate(at) : latest.ExpiresOn!.Value);
            items.Add(new HomeItem(latest is null ? "learning.preJobMissing" : "learning.preJobLapsed", HomeItemKind.Notice, null,
                course is null ? MyCoursesLink : $"{MyCoursesLink}/{course.Id}", HomeItemSeverity.Urgent, args));
        }
        else if (valid.All(c => c.ExpiresOn is { } end && end <= horizon))
        {
            var last = valid.Max(c => c.ExpiresOn!.Value);
            items.Add(new HomeItem("learning.preJobExpiring", HomeItemKind.Notice, null, MyCertificatesLink, HomeItemSeverity.Warning,
                new Dictionary<string, string> { ["expiresOn"] = Day(last) }));
        }

        // Holding a valid pre-job certificate, the pre-job courses are done with (imported holders never took them here).
        var open = required.Count(c => !completed.Contains(c.Id) && !(c.Kind == CourseKind.PreJob && valid.Count > 0));
        items.Add(new HomeItem("learning.requiredCourses", HomeItemKind.Todo, open, MyCoursesLink, HomeItemSeverity.Info));

        var exams = (await attempts.MyExamsAsync(cancellationToken)).Count(e => e.CanStart && e.Passed != true);
        items.Add(new HomeItem("learning.openExams", HomeItemKind.Todo, exams, MyExamsLink, HomeItemSeverity.Info));
        return items;
    }

    private async Task<List<HomeItem>> ManagerItemsAsync(CurrentAccount account, DataScope scope, DateOnly today, DateOnly horizon,
        CancellationToken cancellationToken)
    {
        var people = await staff.GetPostsInScopeAsync(scope, cancellationToken);
        if (people.Count == 0) return [];
        var everyone = people.Select(p => p.StaffId).ToList();
        var atWindows = people.Where(p => p.AtWindow).Select(p => p.StaffId).ToList();
        var holders = await HoldersAsync(everyone, today, cancellationToken);
        var holdersAtWindows = atWindows.Count == 0 ? 0 : await HoldersAsync(atWindows, today, cancellationToken);
        var canImport = account.IsGranted(LearningPermissions.Certificates.Manage);

        var items = new List<HomeItem>
        {
            new("learning.windowStaffWithoutPreJob", HomeItemKind.Todo, atWindows.Count - holdersAtWindows,
                canImport ? CertificateImportLink : $"{CertificatesLink}?kind=PreJob", HomeItemSeverity.Warning),
        };

        // Certificates follow their holder: the people in scope today, not the hall that issued the certificate.
        var expiring = await db.Certificates
            .Where(c => EF.Parameter(everyone).Contains(c.StaffId) && c.Kind == CertificateKind.PreJob && c.RevokedAt == null && c.ExpiresOn >= today && c.ExpiresOn <= horizon
                && !db.Certificates.Any(o => o.StaffId == c.StaffId && o.Kind == CertificateKind.PreJob && o.RevokedAt == null
                    && (o.ExpiresOn == null || o.ExpiresOn > horizon)))
            .Select(c => c.StaffId).Distinct().CountAsync(cancellationToken);
        items.Add(new HomeItem("learning.certificatesExpiring", HomeItemKind.Todo, expiring,
            $"{CertificatesLink}?kind=PreJob&status=Valid&sort=expiresOn%20asc", HomeItemSeverity.Warning,
            new Dictionary<string, string> { ["days"] = (horizon.DayNumber - today.DayNumber).ToString() }));

        // Newcomers: no window and no valid certificate, so no window until they pass — enrol them in the pre-job course.
        var newcomers = everyone.Count - atWindows.Count - (holders - holdersAtWindows);
        var preJobCourse = account.IsGranted(LearningPermissions.Courses.Manage)
            ? await db.Courses.AsNoTracking().Where(c => c.Kind == CourseKind.PreJob && c.IsPublished).OrderByDescending(c => c.IsRequired)
                .ThenBy(c => c.Code).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        items.Add(new HomeItem("learning.newcomersWithoutPreJob", HomeItemKind.Todo, newcomers,
            preJobCourse is { } id ? $"/learning/courses/{id}" : $"{CertificatesLink}?kind=PreJob", HomeItemSeverity.Info));

        items.Add(new HomeItem("learning.preJobCoverage", HomeItemKind.Figure, holders, $"{CertificatesLink}?kind=PreJob&status=Valid",
            HomeItemSeverity.Info, new Dictionary<string, string>
            {
                ["numerator"] = holders.ToString(), ["denominator"] = everyone.Count.ToString(),
                ["windowNumerator"] = holdersAtWindows.ToString(), ["windowDenominator"] = atWindows.Count.ToString(),
            }));
        return items;
    }

    /// <summary>
    /// How many of these people hold a valid pre-job certificate today: one COUNT(DISTINCT) in SQL, the ids passed as
    /// one parameter (a JSON array on SQLite, an array on PostgreSQL) so a city of people fits in one statement.
    /// </summary>
    private Task<int> HoldersAsync(List<Guid> staffIds, DateOnly today, CancellationToken cancellationToken) =>
        db.Certificates.Where(c => EF.Parameter(staffIds).Contains(c.StaffId) && c.Kind == CertificateKind.PreJob && c.RevokedAt == null
                && (c.ExpiresOn == null || c.ExpiresOn >= today))
            .Select(c => c.StaffId).Distinct().CountAsync(cancellationToken);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
