using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Training.Contests.Domain;
using Training.SharedKernel.Data;

namespace Training.Contests.EntityFrameworkCore;

/// <summary>Contests's tables, used by its own context and by the composed migrations context.</summary>
public static class ContestsModelBuilderExtensions
{
    private const int EnumLength = 16;

    public static void ConfigureContestsModule(this ModelBuilder builder)
    {
        const string p = ContestsDbContext.Prefix;
        builder.ConfigureOutbox(p);
        builder.Entity<Contest>(b =>
        {
            b.ToTable($"{p}_Contests");
            b.HasAuditColumns();
            b.Property(c => c.Title).HasMaxLength(ContestsConsts.MaxTitleLength).IsChineseText();
            b.Property(c => c.Description).HasMaxLength(ContestsConsts.MaxDescriptionLength);
            Json(b.Property(c => c.ScopeHallIds)).HasMaxLength(ContestsConsts.MaxScopeHalls * 40);
            Json(b.Property(c => c.AwardTiers)).HasMaxLength(1000);
            b.Property(c => c.EntryMode).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(c => c.State).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(c => c.DisplayTokenHash).HasMaxLength(ContestsConsts.MaxDisplayTokenLength);
            b.HasIndex(c => c.DisplayTokenHash).IsUnique();
            b.Property(c => c.Version).IsConcurrencyToken();
            b.Ignore(c => c.CreditHours);
            b.Ignore(c => c.IsCityWide);
            b.HasIndex(c => new { c.State, c.EntryClosesAt });
            b.HasIndex(c => c.OwnerHallId);
        });
        builder.Entity<ContestStaffRole>(b =>
        {
            b.ToTable($"{p}_ContestStaffRoles");
            b.HasKey(r => new { r.ContestId, r.StaffId, r.Role });
            b.Property(r => r.Role).HasConversion<string>().HasMaxLength(EnumLength);
            b.HasIndex(r => r.StaffId);
            b.HasOne<Contest>().WithMany().HasForeignKey(r => r.ContestId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Round>(b =>
        {
            b.ToTable($"{p}_Rounds");
            b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(r => r.State).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(r => r.Title).HasMaxLength(ContestsConsts.MaxTitleLength);
            Json(b.Property(r => r.Criteria)).HasMaxLength(ContestsConsts.MaxCriteria * (ContestsConsts.MaxCriterionNameLength + 40));
            b.Ignore(r => r.IsJudged);
            b.Ignore(r => r.MaxPoints);
            b.HasIndex(r => new { r.ContestId, r.Order });
            b.HasIndex(r => r.ExamId);
            b.HasOne<Contest>().WithMany().HasForeignKey(r => r.ContestId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(r => r.Judges).WithOne().HasForeignKey(j => j.RoundId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Judges).HasField("_judges");
        });
        builder.Entity<RoundJudge>(b =>
        {
            b.ToTable($"{p}_RoundJudges");
            b.HasKey(j => new { j.RoundId, j.StaffId });
            b.HasIndex(j => j.StaffId);
        });
        builder.Entity<Entry>(b =>
        {
            b.ToTable($"{p}_Entries");
            b.Property(e => e.Mode).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(e => e.State).HasConversion<string>().HasMaxLength(EnumLength);
            b.Ignore(e => e.IsActive);
            b.HasIndex(e => new { e.ContestId, e.State });
            b.HasIndex(e => new { e.ContestId, e.DrawNumber });
            b.HasOne<Contest>().WithMany().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(e => e.Members).WithOne().HasForeignKey(m => m.EntryId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Members).HasField("_members");
        });
        builder.Entity<EntryMember>(b =>
        {
            b.ToTable($"{p}_EntryMembers");
            b.HasKey(m => new { m.EntryId, m.StaffId });
            b.HasIndex(m => new { m.ContestId, m.StaffId });
            // One standing entry per person and contest, kept by the database: withdrawn members hold NULL, which never
            // collides in a unique index on either provider (no provider-specific filter needed).
            b.HasIndex(m => new { m.ActiveContestId, m.StaffId }).IsUnique();
            b.HasIndex(m => m.StaffId);
        });
        builder.Entity<ScoreSheet>(b =>
        {
            b.ToTable($"{p}_ScoreSheets");
            Json(b.Property(s => s.CriterionScores)).HasMaxLength(ContestsConsts.MaxCriteria * 16);
            // A double in the column: SQLite has no decimal arithmetic in SQL, and totals are summed and compared there.
            b.Property(s => s.Total).HasConversion<double>();
            b.Property(s => s.Version).IsConcurrencyToken();
            b.HasIndex(s => new { s.RoundId, s.EntryId, s.JudgeStaffId }).IsUnique(); // one sheet per judge, entry and round
            b.HasIndex(s => new { s.JudgeStaffId, s.RoundId });
            b.HasIndex(s => s.ContestId);
            b.HasOne<Round>().WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Entry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(s => s.Corrections).WithOne().HasForeignKey(c => c.SheetId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(s => s.Corrections).HasField("_corrections");
        });
        builder.Entity<SheetCorrection>(b =>
        {
            b.ToTable($"{p}_SheetCorrections");
            b.Property(c => c.Reason).HasMaxLength(ContestsConsts.MaxReasonLength);
            Json(b.Property(c => c.OldScores)).HasMaxLength(ContestsConsts.MaxCriteria * 16);
            Json(b.Property(c => c.NewScores)).HasMaxLength(ContestsConsts.MaxCriteria * 16);
        });
        builder.Entity<Award>(b =>
        {
            b.ToTable($"{p}_Awards");
            b.Property(a => a.ComputedTier).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(a => a.Tier).HasConversion<string>().HasMaxLength(EnumLength);
            b.Property(a => a.EditReason).HasMaxLength(ContestsConsts.MaxReasonLength);
            b.HasIndex(a => new { a.ContestId, a.EntryId }).IsUnique();
            b.HasOne<Contest>().WithMany().HasForeignKey(a => a.ContestId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Entry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AwardCertificate>(b =>
        {
            b.ToTable($"{p}_AwardCertificates");
            b.Property(c => c.HolderName).HasMaxLength(64);
            b.Property(c => c.Code).HasMaxLength(16);
            b.HasIndex(c => c.Code).IsUnique();
            b.HasIndex(c => new { c.AwardId, c.StaffId }).IsUnique();
            b.HasIndex(c => c.StaffId);
            b.HasOne<Award>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.UseClientGeneratedKeys();
    }

    private static PropertyBuilder<IReadOnlyList<T>> Json<T>(PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(JsonColumn.Converter<T>(), JsonColumn.Comparer<T>());
}
