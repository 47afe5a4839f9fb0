using Training.SharedKernel.Modularity;

namespace Training.Attendance.Application.Results;

/// <summary>The hall whose pending absence dates are to be judged.</summary>
internal sealed record HallAbsenceArgs(Guid HallId);

/// <summary>
/// A multi-clock hall's absences after its punch files, judged minutes later (<see cref="HallMonthRecompute.RecomputeAfterFileAsync"/>):
/// every pending date of the hall at once. Safe to run twice: a judged date is no longer pending, and judging computes
/// only holders without a result.
/// </summary>
internal sealed class HallAbsenceJob(HallMonthRecompute recompute) : IBackgroundJob<HallAbsenceArgs>
{
    public Task RunAsync(HallAbsenceArgs args, CancellationToken cancellationToken) =>
        recompute.JudgePendingAbsencesAsync(args.HallId, cancellationToken);
}
