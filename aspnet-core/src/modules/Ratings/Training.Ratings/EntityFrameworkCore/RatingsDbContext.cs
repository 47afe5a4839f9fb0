using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.SharedKernel.Data;

namespace Training.Ratings.EntityFrameworkCore;

/// <summary>Ratings's own context: its tables are named Ratings_*; it sees no other module's tables.</summary>
public sealed class RatingsDbContext(DbContextOptions<RatingsDbContext> options) : ModuleDbContext(options)
{
    public const string Prefix = "Ratings";

    public override string ModulePrefix => Prefix;

    public DbSet<Rating> Ratings => Set<Rating>();
    public DbSet<RatingTag> RatingTags => Set<RatingTag>();
    public DbSet<RatingRater> Raters => Set<RatingRater>();
    public DbSet<BadRatingCase> Cases => Set<BadRatingCase>();
    public DbSet<FollowUpEvaluation> FollowUps => Set<FollowUpEvaluation>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<IndicatorTag> Tags => Set<IndicatorTag>();
    public DbSet<RatingDevice> Devices => Set<RatingDevice>();
    public DbSet<SurveyResult> Surveys => Set<SurveyResult>();
    public DbSet<ServiceRecord> ServiceRecords => Set<ServiceRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureRatingsModule();
    }
}
