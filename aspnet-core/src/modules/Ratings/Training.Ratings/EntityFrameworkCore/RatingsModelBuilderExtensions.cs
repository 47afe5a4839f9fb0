using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.SharedKernel.Data;

namespace Training.Ratings.EntityFrameworkCore;

/// <summary>Ratings's tables, used by its own context and by the composed migrations context.</summary>
public static class RatingsModelBuilderExtensions
{
    public static void ConfigureRatingsModule(this ModelBuilder builder)
    {
        const string p = RatingsDbContext.Prefix;
        builder.Entity<Rating>(b =>
        {
            b.ToTable($"{p}_Ratings");
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.SourceKey).HasMaxLength(40);
            b.Property(x => x.EventId).HasMaxLength(RatingsConsts.MaxEventIdLength);
            b.Property(x => x.CaseNumber).HasMaxLength(RatingsConsts.MaxCaseNumberLength);
            b.Property(x => x.Comment).HasMaxLength(RatingsConsts.MaxCommentLength);
            b.Property(x => x.RaterKind).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Attribution).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Candidates).HasMaxLength(400);
            b.Ignore(x => x.IsBad);
            b.Ignore(x => x.NeedsAttribution);
            b.Ignore(x => x.CandidateIds);
            // 一次一评: a case is rated once per channel; a source's event is stored once.
            b.HasIndex(x => new { x.CaseNumber, x.Channel }).IsUnique();
            b.HasIndex(x => new { x.SourceKey, x.EventId }).IsUnique();
            b.HasIndex(x => new { x.HallId, x.Date });
            b.HasIndex(x => new { x.UnitId, x.Date });
            b.HasIndex(x => new { x.StaffId, x.Date });
            b.HasIndex(x => new { x.WindowId, x.Date });
        });
        builder.Entity<RatingTag>(b =>
        {
            b.ToTable($"{p}_RatingTags");
            b.HasKey(x => new { x.RatingId, x.TagId });
            b.HasIndex(x => x.TagId);
        });
        builder.Entity<RatingRater>(b =>
        {
            b.ToTable($"{p}_RatingRaters");
            b.HasKey(x => x.RatingId);
            b.Property(x => x.Name).HasMaxLength(RatingsConsts.MaxPersonNameLength);
            b.Property(x => x.Phone).HasMaxLength(RatingsConsts.MaxPhoneLength);
            b.Property(x => x.EnterpriseName).HasMaxLength(RatingsConsts.MaxNameLength);
            b.Property(x => x.CreditCode).HasMaxLength(RatingsConsts.MaxCreditCodeLength);
            b.Ignore(x => x.IsEmpty);
        });
        builder.Entity<BadRatingCase>(b =>
        {
            b.ToTable($"{p}_Cases");
            b.HasAuditColumns();
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Verdict).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.HandlerName).HasMaxLength(RatingsConsts.MaxPersonNameLength);
            b.Property(x => x.VerificationNote).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.CallbackNote).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.RectificationNote).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.Reply).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.FollowUpTokenHash).HasMaxLength(64);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasIndex(x => x.RatingId).IsUnique();
            b.HasIndex(x => x.FollowUpTokenHash);
            b.HasIndex(x => new { x.HallId, x.State });
            b.HasIndex(x => new { x.UnitId, x.OpenedDate });
            b.HasIndex(x => new { x.HandlerUserId, x.State });
        });
        builder.Entity<FollowUpEvaluation>(b =>
        {
            b.ToTable($"{p}_FollowUps");
            b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.Comment).HasMaxLength(RatingsConsts.MaxCommentLength);
            b.Ignore(x => x.Satisfied);
            b.HasIndex(x => x.CaseId).IsUnique();
        });
        builder.Entity<Appeal>(b =>
        {
            b.ToTable($"{p}_Appeals");
            b.HasAuditColumns();
            b.Property(x => x.Reason).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Statement).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.RequestedByName).HasMaxLength(RatingsConsts.MaxPersonNameLength);
            b.Property(x => x.DecidedByName).HasMaxLength(RatingsConsts.MaxPersonNameLength);
            b.Property(x => x.DecisionReason).HasMaxLength(RatingsConsts.MaxNoteLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.AppealId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Evidence).HasField("_evidence");
            b.HasIndex(x => new { x.RatingId, x.State });
            b.HasIndex(x => new { x.HallId, x.State });
        });
        builder.Entity<AppealEvidence>(b =>
        {
            b.ToTable($"{p}_AppealEvidence");
            b.HasKey(x => new { x.AppealId, x.FileId });
            b.Property(x => x.FileName).HasMaxLength(RatingsConsts.MaxNameLength);
        });
        builder.Entity<Matter>(b =>
        {
            b.ToTable($"{p}_Matters");
            b.Property(x => x.Code).HasMaxLength(RatingsConsts.MaxCodeLength);
            b.Property(x => x.Name).HasMaxLength(RatingsConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.Department).HasMaxLength(RatingsConsts.MaxNameLength);
            b.HasIndex(x => new { x.HallId, x.Code }).IsUnique();
            b.HasIndex(x => x.UnitId);
        });
        builder.Entity<IndicatorTag>(b =>
        {
            b.ToTable($"{p}_Tags");
            b.Property(x => x.Code).HasMaxLength(RatingsConsts.MaxCodeLength);
            b.Property(x => x.NameZh).HasMaxLength(RatingsConsts.MaxAspectLength);
            b.Property(x => x.NameEn).HasMaxLength(RatingsConsts.MaxAspectLength);
            b.HasIndex(x => x.Code).IsUnique();
        });
        builder.Entity<RatingDevice>(b =>
        {
            b.ToTable($"{p}_Devices");
            b.HasAuditColumns();
            b.Property(x => x.Name).HasMaxLength(RatingsConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
            b.HasIndex(x => x.DeviceKeyId).IsUnique();
            b.HasIndex(x => x.HallId);
        });
        builder.Entity<SurveyResult>(b =>
        {
            b.ToTable($"{p}_Surveys");
            b.Property(x => x.Provider).HasMaxLength(RatingsConsts.MaxNameLength);
            b.Property(x => x.Suggestions).HasMaxLength(RatingsConsts.MaxSuggestionsLength);
            b.HasMany(x => x.Aspects).WithOne().HasForeignKey(x => x.SurveyId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Aspects).HasField("_aspects");
            b.HasIndex(x => new { x.UnitId, x.Year, x.Period }).IsUnique();
            b.HasIndex(x => new { x.HallId, x.Year, x.Period });
        });
        builder.Entity<SurveyAspectScore>(b =>
        {
            b.ToTable($"{p}_SurveyAspects");
            b.HasKey(x => new { x.SurveyId, x.Aspect });
            b.Property(x => x.Aspect).HasMaxLength(RatingsConsts.MaxAspectLength);
        });
        builder.Entity<ServiceRecord>(b =>
        {
            b.ToTable($"{p}_ServiceRecords");
            b.HasIndex(x => new { x.StaffId, x.Year, x.Month }).IsUnique();
            b.HasIndex(x => new { x.UnitId, x.Year, x.Month });
            b.HasIndex(x => new { x.HallId, x.Year, x.Month });
        });
        builder.ConfigureOutbox(p);
    }
}
