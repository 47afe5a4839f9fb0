using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Kinds;
using Training.Contests.Application;
using Training.Contests.Application.Awards;
using Training.Contests.Application.Board;
using Training.Contests.Application.Common;
using Training.Contests.Application.Contests;
using Training.Contests.Application.Entries;
using Training.Contests.Application.Judging;
using Training.Contests.Application.Rounds;
using Training.Contests.Bulletins;
using Training.Contests.EntityFrameworkCore;
using Training.Contests.HttpApi;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Home;
using Training.SharedKernel.Http;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Settings;

namespace Training.Contests;

/// <summary>
/// 技能大赛 (Skill contests): announcement to everyone in scope, entry (self, nominated, teams by unit), written rounds on
/// Learning's exams and judged rounds on criteria, a live leaderboard, awards and certificates, training hours (以赛代训).
/// </summary>
public sealed class ContestsModule : TrainingModule
{
    public const string DisplayRateLimit = "contests-display";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, ContestsPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, ContestsErrorCatalog>();
        services.AddSingleton<ISettingDefinitionProvider, ContestsSettingDefinitions>();
        services.AddPerClientRateLimit(DisplayRateLimit, configuration.GetValue("Contests:DisplayRateLimitPerMinute", 60));
        services.AddModuleDbContext<ContestsDbContext>();
        services.AddScoped<ContestsOverviewService>();
        services.AddScoped<ContestCaller>();
        services.AddScoped<ContestLoader>();
        services.AddScoped<ContestReader>();
        services.AddScoped<ContestService>();
        services.AddScoped<ContestAnnouncer>();
        services.AddScoped<EntryDraw>();
        services.AddScoped<Jobs.EntryWindowCloseJob>();
        services.AddScoped<EntryService>();
        services.AddScoped<EntryReader>();
        services.AddScoped<EntryExport>();
        services.AddScoped<WrittenRoundAudience>();
        services.AddScoped<RoundService>();
        services.AddScoped<WrittenResultReader>();
        services.AddScoped<JudgingService>();
        services.AddScoped<ScoreSheetWriter>();
        services.AddScoped<JudgeAssignments>();
        services.AddScoped<Recusals>();
        services.AddSingleton<JudgingRosters>();
        services.AddSingleton<BoardBroadcaster>();
        services.AddSingleton<BoardRefresher>();
        services.AddSingleton<BoardStreams>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardRefresher>());
        services.AddScoped<BoardReader>();
        services.AddScoped<AwardCertificatePrinter>();
        services.AddScoped<AwardVerificationService>();
        services.AddBulletinKind<ContestResultsBulletinKind>();
        services.AddScoped<BoardService>();
        services.AddScoped<AwardService>();
        services.AddScoped<IHomeItemProvider, ContestHomeItems>();
        services.AddScoped<IDataSeeder, Seeding.ContestsDemoDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureContestsModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
        [RecurringJobDefinition.For<Jobs.EntryWindowCloseJob>(Jobs.EntryWindowCloseJob.RecurringId, Jobs.EntryWindowCloseJob.Cron)];

    public override void MapEndpoints(IEndpointRouteBuilder app) => app.MapContestsEndpoints();
}
