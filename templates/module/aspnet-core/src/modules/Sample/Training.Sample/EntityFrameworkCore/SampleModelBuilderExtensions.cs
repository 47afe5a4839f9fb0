using Microsoft.EntityFrameworkCore;
using Training.SharedKernel.Data;

namespace Training.Sample.EntityFrameworkCore;

/// <summary>Sample's tables, used by its own context and by the composed migrations context.</summary>
public static class SampleModelBuilderExtensions
{
    public static void ConfigureSampleModule(this ModelBuilder builder)
    {
        builder.ConfigureOutbox(SampleDbContext.Prefix);
    }
}
