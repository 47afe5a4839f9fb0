using Hangfire.Common;
using Hangfire.Storage;
using Training.Attendance.Application.PunchFiles;

namespace Training.Tests.Attendance.PunchFiles;

/// <summary>The job as Hangfire stores and reads it back: an internal job type and its args survive the round trip.</summary>
public sealed class PunchImportJobTests
{
    [Fact]
    public void Should_round_trip_the_import_job_through_hangfire_storage_serialization()
    {
        var id = Guid.NewGuid();
        var job = Job.FromExpression<PunchImportJob>(j => j.RunAsync(new PunchImportArgs(id), CancellationToken.None));

        var back = InvocationData.SerializeJob(job).DeserializeJob();

        back.Type.ShouldBe(typeof(PunchImportJob));
        back.Method.Name.ShouldBe(nameof(PunchImportJob.RunAsync));
        ((PunchImportArgs)back.Args[0]).ImportId.ShouldBe(id);
    }
}
