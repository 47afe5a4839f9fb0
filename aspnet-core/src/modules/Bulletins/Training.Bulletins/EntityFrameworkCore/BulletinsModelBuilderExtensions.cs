using Microsoft.EntityFrameworkCore;
using Training.Bulletins.Domain;
using Training.SharedKernel.Data;
using Training.SharedKernel.Domain;

namespace Training.Bulletins.EntityFrameworkCore;

/// <summary>Bulletins's tables, used by its own context and by the composed migrations context.</summary>
public static class BulletinsModelBuilderExtensions
{
    public static void ConfigureBulletinsModule(this ModelBuilder builder)
    {
        const string p = BulletinsDbContext.Prefix;
        builder.Entity<Bulletin>(b =>
        {
            b.ToTable($"{p}_Bulletins");
            b.HasAuditColumns();
            b.Property(x => x.Kind).HasMaxLength(64);
            b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.Title).HasMaxLength(200);
            b.Property(x => x.IssuingBody).HasMaxLength(100);
            b.Property(x => x.LiveKey).HasMaxLength(160);
            b.Property(x => x.VerificationCode).HasMaxLength(VerificationCodes.Length);
            b.Property(x => x.Sha256).HasMaxLength(64);
            b.Property(x => x.FailureCode).HasMaxLength(32);
            b.Property(x => x.FailureMessage).HasMaxLength(500);
            b.Property(x => x.WithdrawReason).HasMaxLength(500);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.Ignore(x => x.Subject);
            b.Ignore(x => x.NumberText);
            // One live bulletin per kind, subject and period: a withdrawn one has no key (NULLs never collide).
            b.HasIndex(x => x.LiveKey).IsUnique();
            b.HasIndex(x => x.VerificationCode).IsUnique();
            b.HasIndex(x => new { x.Kind, x.Year, x.Month });
            b.HasIndex(x => new { x.HallId, x.State });
        });
        builder.Entity<BulletinSeries>(b =>
        {
            b.ToTable($"{p}_Series");
            b.HasKey(x => new { x.OwnerId, x.Kind, x.Year });
            b.Property(x => x.Kind).HasMaxLength(64);
        });
        builder.Entity<BulletinSchedule>(b =>
        {
            b.ToTable($"{p}_Schedules");
            b.HasKey(x => x.Kind);
            b.Property(x => x.Kind).HasMaxLength(64);
            b.Property(x => x.Cron).HasMaxLength(64);
        });
        builder.ConfigureOutbox(p);
    }
}
