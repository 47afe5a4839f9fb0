using Microsoft.EntityFrameworkCore;
using Training.Contests.Application.Common;
using Training.Contests.Application.Contests;
using Training.Contests.Application.Entries;
using Training.Contests.Domain;
using Training.Contests.EntityFrameworkCore;
using Training.Learning;
using Training.SharedKernel.Errors;

namespace Training.Contests.Application.Rounds;

/// <summary>
/// The rounds of a contest: set in order with their weights, the written round's exam (of the contest's owner, used by no
/// other contest; restricted to the entrants as soon as it is linked) and the judged rounds' criteria and judges — until
/// the first round opens. Then they open and close one at a time, after entry has closed.
/// </summary>
internal sealed class RoundService(
    ContestsDbContext db, ContestLoader loader, ContestReader reader, WrittenRoundAudience audience, ILearningIntegrationService learning,
    TimeProvider clock)
{
    public async Task<ContestDto> SaveAsync(Guid contestId, SaveRoundsInput input, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(contestId, cancellationToken, input.Version);
        if (contest.State == ContestState.Published) throw new BusinessException(ContestsErrorCodes.AlreadyPublished) { Kind = ErrorKind.Conflict };
        var rounds = await db.Rounds.Include(r => r.Judges).Where(r => r.ContestId == contestId).ToListAsync(cancellationToken);
        if (rounds.Any(r => r.State != RoundState.Pending)) throw new BusinessException(ContestsErrorCodes.RoundsLocked) { Kind = ErrorKind.Conflict };
        var judges = (await db.StaffRoles.Where(r => r.ContestId == contestId && r.Role == ContestRole.Judge).Select(r => r.StaffId)
            .ToListAsync(cancellationToken)).ToHashSet();
        foreach (var round in input.Rounds.Where(r => r.Kind == RoundKind.Written)) await RequireExamAsync(contest, round.ExamId, cancellationToken);

        var kept = new List<Round>();
        for (var i = 0; i < input.Rounds.Count; i++)
        {
            var wanted = input.Rounds[i];
            var round = wanted.Id is { } id
                ? rounds.FirstOrDefault(r => r.Id == id) ?? throw new EntityNotFoundException("Round", id)
                : new Round(Guid.NewGuid(), contestId);
            var roundJudges = (wanted.JudgeStaffIds ?? []).Distinct().ToList();
            if (wanted.Kind != RoundKind.Written && !roundJudges.All(judges.Contains)) throw new BusinessException(ContestsErrorCodes.JudgeNotOfContest);
            round.Define(i + 1, wanted, roundJudges);
            if (wanted.Id is null) db.Rounds.Add(round);
            kept.Add(round);
        }
        db.Rounds.RemoveRange(rounds.Except(kept));
        contest.Touch();
        await db.SaveChangesAsync(cancellationToken);
        await audience.SyncAsync(contestId, cancellationToken);
        return await reader.ToDtoAsync(contest, caller, cancellationToken);
    }

    /// <summary>Opens a round once entry has closed and no other round is running.</summary>
    public async Task<ContestDto> OpenAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(contestId, cancellationToken);
        contest.RequireState(ContestState.Closed);
        var rounds = await db.Rounds.Where(r => r.ContestId == contestId).ToListAsync(cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Id == roundId) ?? throw new EntityNotFoundException("Round", roundId);
        if (rounds.Any(r => r.State == RoundState.Open)) throw new BusinessException(ContestsErrorCodes.PreviousRoundOpen) { Kind = ErrorKind.Conflict };
        round.Open(clock.GetUtcNow().UtcDateTime);
        contest.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ToDtoAsync(contest, caller, cancellationToken);
    }

    public async Task<ContestDto> CloseAsync(Guid contestId, Guid roundId, CancellationToken cancellationToken)
    {
        var (contest, caller) = await loader.ManagedAsync(contestId, cancellationToken);
        var round = await db.Rounds.FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, cancellationToken)
                    ?? throw new EntityNotFoundException("Round", roundId);
        round.Close(clock.GetUtcNow().UtcDateTime);
        contest.Touch();
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ToDtoAsync(contest, caller, cancellationToken);
    }

    /// <summary>The exam exists, has the contest's owner (a hall, or the city) and is not the written round of another contest.</summary>
    private async Task RequireExamAsync(Contest contest, Guid? examId, CancellationToken cancellationToken)
    {
        if (examId is not { } id) throw new BusinessException(ContestsErrorCodes.WrittenRoundNeedsExam);
        var exam = await learning.GetExamAsync(id, cancellationToken) ?? throw new EntityNotFoundException("Exam", id);
        if (exam.OwnerHallId != contest.OwnerHallId) throw new BusinessException(ContestsErrorCodes.ExamOfAnotherOwner);
        if (await db.Rounds.AnyAsync(r => r.ExamId == id && r.ContestId != contest.Id, cancellationToken))
            throw new BusinessException(ContestsErrorCodes.ExamLinkedElsewhere) { Kind = ErrorKind.Conflict };
    }
}
