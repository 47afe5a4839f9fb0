using Training.SharedKernel.Modularity;

namespace Training.Attendance.Application.Results;

/// <summary>The hall and the dates of a punch file whose absent window holders are judged later.</summary>
internal sealed record HallAbsenceArgs(Guid HallId, IReadOnlyList<DateOnly> Dates);

/// <summary>
/// A multi-clock hall's absences after a punch file, judged minutes later (<see cref="HallMonthRecompute.RecomputeAfterFileAsync"/>).
/// Safe to run twice: it computes only holders without a result, and the second run finds none.
/// </summary>
internal sealed class HallAbsenceJob(HallMonthRecompute recompute) : IBackgroundJob<HallAbsenceArgs>
{
    public Task RunAsync(HallAbsenceArgs args, CancellationToken cancellationToken) =>
        recompute.RecomputeAbsentHoldersAsync(args.HallId, args.Dates, cancellationToken);
}
