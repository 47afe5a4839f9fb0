using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Unresolved.Domain;

namespace Training.Unresolved.EntityFrameworkCore;

/// <summary>Unresolved's tables, used by its own context and by the composed migrations context.</summary>
public static class UnresolvedModelBuilderExtensions
{
    public static void ConfigureUnresolvedModule(this ModelBuilder builder)
    {
        const string p = UnresolvedDbContext.Prefix;
        const int enumLength = 24;
        builder.Entity<UnresolvedCase>(b =>
        {
            b.ToTable($"{p}_Cases");
            b.HasAuditColumns();
            b.Property(x => x.Number).HasMaxLength(UnresolvedConsts.MaxNumberLength);
            b.Property(x => x.ComplainantKind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.ComplainantName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength).IsChineseText();
            b.Property(x => x.ComplainantContact).HasMaxLength(UnresolvedConsts.MaxContactLength);
            b.Property(x => x.EnterpriseName).HasMaxLength(UnresolvedConsts.MaxNameLength);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Matter).HasMaxLength(UnresolvedConsts.MaxMatterLength).IsChineseText();
            b.Property(x => x.Description).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.RecordedByName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.Property(x => x.GuideName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.Property(x => x.NotAcceptedReason).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.NotAcceptedExplanation).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.ConferenceSections).HasMaxLength(UnresolvedConsts.MaxSectionsLength);
            b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.ClosingText).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            b.Ignore(x => x.IsOpen);
            b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Steps).HasField("_steps");
            b.HasMany(x => x.Deadlines).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Deadlines).HasField("_deadlines");
            b.HasMany(x => x.Transfers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Transfers).HasField("_transfers");
            // The yearly series per hall: the next serial is taken inside the intake transaction against this index.
            b.HasIndex(x => new { x.HallId, x.Year, x.Serial }).IsUnique();
            b.HasIndex(x => x.Number);
            // The list's default order (newest first) for a hall, a unit complained about, or one's own records.
            b.HasIndex(x => new { x.HallId, x.ReceivedAt });
            b.HasIndex(x => new { x.HallId, x.ReceivedOn });
            b.HasIndex(x => new { x.UnitId, x.ReceivedOn });
            b.HasIndex(x => new { x.RecordedByUserId, x.ReceivedAt });
            b.HasIndex(x => new { x.HallId, x.State });
        });
        builder.Entity<CaseStep>(b =>
        {
            b.ToTable($"{p}_CaseSteps");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.ByName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.Property(x => x.Text).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Sections).HasMaxLength(UnresolvedConsts.MaxSectionsLength);
            b.Property(x => x.ReceiverName).HasMaxLength(UnresolvedConsts.MaxNameLength);
            b.HasIndex(x => new { x.CaseId, x.Order });
        });
        builder.Entity<CaseDeadline>(b =>
        {
            b.ToTable($"{p}_CaseDeadlines");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Owner).HasConversion<string>().HasMaxLength(enumLength);
            b.Ignore(x => x.IsOpen);
            b.Ignore(x => x.MetOnTime);
            b.HasIndex(x => x.CaseId);
            // A hall's open deadlines by due day (the workbench, the daily job): met and lapsed ones are null-checked.
            b.HasIndex(x => new { x.HallId, x.MetAt, x.LapsedAt, x.DueOn });
            b.HasIndex(x => new { x.ReceiverId, x.MetAt });
        });
        builder.Entity<CaseTransfer>(b =>
        {
            b.ToTable($"{p}_CaseTransfers");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.ReceiverName).HasMaxLength(UnresolvedConsts.MaxNameLength);
            b.Property(x => x.ReceiverKind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.TransferredByName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.Property(x => x.Note).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.AnswerText).HasMaxLength(UnresolvedConsts.MaxTextLength);
            b.Property(x => x.AnsweredByName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.TransferId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Attachments).HasField("_attachments");
            b.HasIndex(x => x.CaseId);
            // The liaison inbox: a receiver's transfers, open first by due day.
            b.HasIndex(x => new { x.ReceiverId, x.AnsweredAt, x.DueOn });
        });
        builder.Entity<TransferAttachment>(b =>
        {
            b.ToTable($"{p}_TransferAttachments");
            b.HasKey(x => new { x.TransferId, x.FileId });
            b.Property(x => x.FileName).HasMaxLength(UnresolvedConsts.MaxNameLength);
            b.Property(x => x.ContentType).HasMaxLength(100);
        });
        builder.Entity<Receiver>(b =>
        {
            b.ToTable($"{p}_Receivers");
            b.HasAuditColumns();
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(enumLength);
            b.Property(x => x.Name).HasMaxLength(UnresolvedConsts.MaxNameLength).IsChineseText();
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasMany(x => x.Liaisons).WithOne().HasForeignKey(x => x.ReceiverId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(x => x.Liaisons).HasField("_liaisons");
            b.HasIndex(x => x.Name).IsUnique();
            b.HasIndex(x => x.DepartmentId);
        });
        builder.Entity<ReceiverLiaison>(b =>
        {
            b.ToTable($"{p}_ReceiverLiaisons");
            b.HasKey(x => new { x.ReceiverId, x.UserId });
            b.Property(x => x.UserName).HasMaxLength(UnresolvedConsts.MaxUserNameLength);
            b.Property(x => x.Name).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.Property(x => x.Phone).HasMaxLength(UnresolvedConsts.MaxContactLength);
            b.HasIndex(x => x.UserId);
        });
        builder.Entity<GuideDuty>(b =>
        {
            b.ToTable($"{p}_GuideDuties");
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.StaffName).HasMaxLength(UnresolvedConsts.MaxPersonNameLength);
            b.HasIndex(x => new { x.HallId, x.Date }).IsUnique();
            b.HasIndex(x => new { x.StaffId, x.Date });
        });
        builder.ConfigureOutbox(p);
    }
}
