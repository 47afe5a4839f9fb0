using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization.EntityFrameworkCore;

namespace Training.Tests.Infrastructure;

/// <summary>Facts of the demo data the seeder creates (see OrganizationDemoDataSeeder and AttendanceDemoDataSeeder).</summary>
public static class Demo
{
    public const string Admin = "admin";
    public const string Hr = "hr";
    public const string Manager = "S0001";   // manages 市政务服务中心 (SZX)
    public const string Lead = "S0002";      // leads 综合受理窗口 of SZX
    public const string Staff = "S0004";     // a window staff member
    public const string OtherStaff = "S0005";
    public const string WithoutPost = "S0003";  // placed in 综合受理窗口 without a window, so without a pre-job certificate
    public const string Clerk = "S0018";     // attendance clerk (考勤员) keeping 市政务服务中心 (SZX), without a window
    public const string OtherHallStaff = "S0090"; // placed in 高新区政务服务分中心 (GXQ) without a window: outside the manager's hall

    public static async Task<Guid> StaffIdAsync(this TrainingApp app, string staffNumber) =>
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<OrganizationDbContext>().Staff
            .Where(s => s.StaffNumber == staffNumber).Select(s => s.Id).SingleAsync());

    public static async Task<Guid> HallIdAsync(this TrainingApp app, string code) =>
        await app.WithScopeAsync(async sp => await sp.GetRequiredService<OrganizationDbContext>().Halls
            .Where(h => h.Code == code).Select(h => h.Id).SingleAsync());
}
