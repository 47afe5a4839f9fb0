using Microsoft.EntityFrameworkCore;

namespace Training.SharedKernel.Data;

/// <summary>Conventions shared by every module's context and by the migrations context, so their models agree.</summary>
public abstract class TrainingDbContextBase(DbContextOptions options) : DbContext(options)
{
    /// <summary>Annotation that marks Chinese text columns; on PostgreSQL they get the pinyin (ICU) collation.</summary>
    public const string ChineseTextAnnotation = "Training:ChineseText";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(256);
    }
}
