using Training.SharedKernel.Modularity;

namespace Training.Attendance.Application.PunchFiles;

internal sealed record PunchImportArgs(Guid ImportId);

/// <summary>One uploaded punch file, read in the background. Safe to run twice: a finished import is left alone, and an
/// interrupted one starts over with its stored punches turning up as duplicates (the punch identity).</summary>
internal sealed class PunchImportJob(PunchImportRunner runner) : IBackgroundJob<PunchImportArgs>
{
    public Task RunAsync(PunchImportArgs args, CancellationToken cancellationToken) => runner.RunAsync(args.ImportId, cancellationToken);
}
