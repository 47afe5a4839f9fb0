using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Supervision.Domain;

namespace Training.Supervision.EntityFrameworkCore;

/// <summary>Supervision's tables, used by its own context and by the composed migrations context.</summary>
public static class SupervisionModelBuilderExtensions
{
    public static void ConfigureSupervisionModule(this ModelBuilder builder)
    {
        const string p = SupervisionDbContext.Prefix;
        const int enumLength = 24;
        builder.Entity<CatalogueItem>(b =>
        {
            b.ToTable($"{p}_CatalogueItems");
            b.HasAuditColumns();
            b.Property(x => x.Code).HasMaxLength(SupervisionConsts.MaxCodeLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.NameZh).HasMaxLength(SupervisionConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.NameEn).HasMaxLength(SupervisionConsts.MaxNameLength);
            b.Property(x => x.Description).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.HasIndex(x => new { x.Code, x.Version }).IsUnique();
            b.HasIndex(x => new { x.IsCurrent, x.Category });
        });
        builder.Entity<Inspection>(b =>
        {
            b.ToTable($"{p}_Inspections");
            b.HasAuditColumns();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.WalkMode).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.BackwardSource).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Title).HasMaxLength(SupervisionConsts.MaxTitleLength).IsChineseText();
            b.Property(x => x.Summary).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.SourceReference).HasMaxLength(SupervisionConsts.MaxSourceReferenceLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasMany(x => x.Inspectors).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Inspectors).HasField("_inspectors");
            b.HasMany(x => x.Places).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Places).HasField("_places");
            b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Steps).HasField("_steps");
            b.HasIndex(x => new { x.HallId, x.Date });
            b.HasIndex(x => x.ClientKey).IsUnique();
            b.HasIndex(x => new { x.Kind, x.SourceReference });
        });
        builder.Entity<InspectionInspector>(b =>
        {
            b.ToTable($"{p}_InspectionInspectors");
            b.HasKey(x => new { x.InspectionId, x.UserId });
            b.Property(x => x.Name).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.HasIndex(x => x.UserId);
        });
        builder.Entity<InspectionPlace>(b =>
        {
            b.ToTable($"{p}_InspectionPlaces");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.HasIndex(x => x.InspectionId);
            b.HasIndex(x => x.UnitId);
        });
        builder.Entity<WalkStep>(b =>
        {
            b.ToTable($"{p}_WalkSteps");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Description).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.StallNote).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.HasIndex(x => new { x.InspectionId, x.Order });
        });
        builder.Entity<Finding>(b =>
        {
            b.ToTable($"{p}_Findings");
            b.HasAuditColumns();
            b.Property(x => x.ItemCode).HasMaxLength(SupervisionConsts.MaxCodeLength);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Target).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Note).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.RecordedByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.Property(x => x.DisputeReason).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.DisputedByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.Property(x => x.DecisionReason).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.DecidedByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasMany(x => x.Photos).WithOne().HasForeignKey(x => x.FindingId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Photos).HasField("_photos");
            b.HasIndex(x => x.InspectionId);
            b.HasIndex(x => new { x.HallId, x.Date });
            b.HasIndex(x => new { x.UnitId, x.Date });
            b.HasIndex(x => new { x.StaffId, x.Date });
            b.HasIndex(x => new { x.HallId, x.State });
            b.HasIndex(x => x.ClientKey).IsUnique();
        });
        builder.Entity<FindingPhoto>(b =>
        {
            b.ToTable($"{p}_FindingPhotos");
            b.HasKey(x => new { x.FindingId, x.FileId });
            b.Property(x => x.FileName).HasMaxLength(SupervisionConsts.MaxNameLength);
            b.Property(x => x.ContentHash).HasMaxLength(SupervisionConsts.ContentHashLength);
            b.HasIndex(x => new { x.FindingId, x.ContentHash }).IsUnique();
        });
        builder.Entity<LedgerItem>(b =>
        {
            b.ToTable($"{p}_LedgerItems");
            b.HasAuditColumns();
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.LastMark).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Title).HasMaxLength(SupervisionConsts.MaxTitleLength).IsChineseText();
            b.Property(x => x.Requirement).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.ResponsiblePerson).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.Property(x => x.OpenedByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasMany(x => x.Progress).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Progress).HasField("_progress");
            b.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Reviews).HasField("_reviews");
            b.HasIndex(x => new { x.HallId, x.State, x.DueOn });
            b.HasIndex(x => new { x.UnitId, x.State, x.DueOn });
            // The ledger board's default order (deadline first) read off an index for a hall or a lead's unit, not sorted.
            b.HasIndex(x => new { x.HallId, x.DueOn, x.OpenedOn });
            b.HasIndex(x => new { x.UnitId, x.DueOn, x.OpenedOn });
            b.HasIndex(x => new { x.HallId, x.OpenedOn });
            b.HasIndex(x => x.FindingId);
            b.HasIndex(x => x.InspectionId);
        });
        builder.Entity<LedgerProgress>(b =>
        {
            b.ToTable($"{p}_LedgerProgress");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Note).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.ByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.ProgressId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Evidence).HasField("_evidence");
            b.HasIndex(x => x.ItemId);
        });
        builder.Entity<LedgerEvidence>(b =>
        {
            b.ToTable($"{p}_LedgerEvidence");
            b.HasKey(x => new { x.ProgressId, x.FileId });
            b.Property(x => x.FileName).HasMaxLength(SupervisionConsts.MaxNameLength);
            b.Property(x => x.ContentType).HasMaxLength(100);
        });
        builder.Entity<LedgerReview>(b =>
        {
            b.ToTable($"{p}_LedgerReviews");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Mark).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Reason).HasMaxLength(SupervisionConsts.MaxNoteLength);
            b.Property(x => x.ByName).HasMaxLength(SupervisionConsts.MaxPersonNameLength);
            b.HasIndex(x => new { x.ItemId, x.At });
            b.HasIndex(x => new { x.Outcome, x.At });
        });
        builder.ConfigureOutbox(p);
    }
}
