using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Data;

namespace Training.Learning.Application;

/// <summary>
/// Taking exams. The server alone keeps time: every touch of an attempt past its deadline plus the grace closes and
/// grades it with the saved answers; the sweep does the same for attempts nobody touches again.
/// </summary>
internal sealed class AttemptService(
    LearningDbContext db, ExamService exams, PaperBuilder papers, LearnerContext learner, ExamAttemptAnswerWriter answerWriter,
    IDataScopeProvider scopes, ISettingProvider settings, TimeProvider clock)
{
    private static readonly SortMap<ExamAttempt> Sort = new SortMap<ExamAttempt>("startedAt desc")
        .Add("startedAt", a => a.StartedAt).Add("score", a => a.Score);

    public async Task<IReadOnlyList<MyExamDto>> MyExamsAsync(CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        var now = Now;
        var enrolledCourses = await db.Enrollments.Where(e => e.StaffId == staffId).Select(e => e.CourseId).ToListAsync(cancellationToken);
        var list = await db.Exams.AsNoTracking()
            .Where(e => e.ClosesAt > now.AddDays(-30) && (e.CourseId == null || enrolledCourses.Contains(e.CourseId.Value))
                        && (!e.IsRestricted || db.ExamAudience.Any(m => m.ExamId == e.Id && m.StaffId == staffId)))
            .OrderBy(e => e.ClosesAt).ToListAsync(cancellationToken);
        var examIds = list.Select(e => e.Id).ToList();
        var attempts = (await db.Attempts.AsNoTracking().Where(a => a.StaffId == staffId && examIds.Contains(a.ExamId))
            .Select(a => new { a.ExamId, a.Id, a.Status, a.Score, a.Passed, a.Number }).ToListAsync(cancellationToken)).ToLookup(a => a.ExamId);
        return list.Select(e =>
        {
            var mine = attempts[e.Id].ToList();
            var graded = mine.Where(a => a.Status != AttemptStatus.InProgress).OrderBy(a => a.Number).ToList();
            var counted = e.GradingPolicy == GradingPolicy.Highest ? graded.MaxBy(a => a.Score) : graded.LastOrDefault();
            var inProgress = mine.FirstOrDefault(a => a.Status == AttemptStatus.InProgress)?.Id;
            return new MyExamDto(e.Id, e.Title, e.IsPreJob, e.OpensAt, e.ClosesAt, e.TimeLimitMinutes, e.MaxAttempts, mine.Count, inProgress,
                counted?.Score, e.MaxScore, counted?.Passed, e.IsOpenAt(now) && (inProgress is not null || mine.Count < e.MaxAttempts));
        }).ToList();
    }

    /// <summary>Starts an attempt, or returns the one already running (a reload or a double click starts nothing new).</summary>
    public async Task<AttemptDto> StartAsync(Guid examId, CancellationToken cancellationToken)
    {
        var me = await learner.MeAsync(cancellationToken);
        var exam = await exams.LoadAsync(examId, tracked: false, cancellationToken);
        var now = Now;
        if (!exam.IsOpenAt(now)) throw new BusinessException(LearningErrorCodes.ExamNotOpen, exam.OpensAt, exam.ClosesAt) { Kind = ErrorKind.Conflict };
        if (exam.IsRestricted && !await db.ExamAudience.AnyAsync(m => m.ExamId == examId && m.StaffId == me.Id, cancellationToken))
            throw new BusinessException(LearningErrorCodes.ExamNotForYou) { Kind = ErrorKind.Forbidden };
        if (exam.CourseId is { } courseId && !await db.Enrollments.AnyAsync(e => e.CourseId == courseId && e.StaffId == me.Id, cancellationToken))
            throw new BusinessException(LearningErrorCodes.CourseNotOpenToYou) { Kind = ErrorKind.Forbidden };

        // One look at the person's attempts of this exam: the running one to resume, or how many are used.
        var mine = await db.Attempts.AsNoTracking().Where(a => a.ExamId == examId && a.StaffId == me.Id)
            .Select(a => new { a.Id, a.Status }).ToListAsync(cancellationToken);
        if (mine.FirstOrDefault(a => a.Status == AttemptStatus.InProgress) is { } open)
            return await TouchAsync(await db.Attempts.FirstAsync(a => a.Id == open.Id, cancellationToken), exam, cancellationToken);
        var used = mine.Count;
        if (used >= exam.MaxAttempts) throw new BusinessException(LearningErrorCodes.NoAttemptsLeft, exam.MaxAttempts) { Kind = ErrorKind.Conflict };

        var attempt = new ExamAttempt(exam, me.Id, me.HallId, me.UnitId, used + 1, await papers.BuildAsync(exam, cancellationToken), now,
            await GraceAsync(cancellationToken));
        db.Attempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A racing start of the same attempt number won: resume that one.
            db.ChangeTracker.Clear();
            var winner = await db.Attempts.FirstAsync(a => a.ExamId == examId && a.StaffId == me.Id && a.Number == used + 1, cancellationToken);
            return await TouchAsync(winner, exam, cancellationToken);
        }
        return ToDto(attempt, exam);
    }

    public async Task<AttemptDto> GetAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var (attempt, exam) = await LoadMineAsync(attemptId, cancellationToken);
        return await TouchAsync(attempt, exam, cancellationToken);
    }

    /// <summary>
    /// Saves answers without loading the paper or the exam: reads the few columns it needs, merges, and writes them
    /// back only if nobody changed the attempt in between (a racing save gets 409 and retries).
    /// </summary>
    public async Task<AnswersSavedDto> SaveAnswersAsync(Guid attemptId, SaveAnswersInput input, CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        var row = await SaveRowQueries.For(db, _ => CompileSaveRowQuery())(db, attemptId, staffId, cancellationToken)
                  ?? throw new EntityNotFoundException("ExamAttempt", attemptId);
        if (row.Status != AttemptStatus.InProgress) throw new BusinessException(LearningErrorCodes.AttemptClosed) { Kind = ErrorKind.Conflict };
        if (Now > row.AcceptsUntil)
        {
            var (attempt, exam) = await LoadMineAsync(attemptId, cancellationToken);
            await RefuseIfPastDeadlineAsync(attempt, exam, cancellationToken); // closes, grades, throws
        }
        IReadOnlyDictionary<int, string?> merged = ExamAttempt.Merge(row.Answers, input.Answers, row.QuestionCount);
        var now = Now;
        if (!await answerWriter.SaveAnswersAsync(attemptId, row.Version, merged, now, cancellationToken))
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        return new AnswersSavedDto(attemptId, merged.Count(a => !string.IsNullOrWhiteSpace(a.Value)), row.Deadline, now);
    }

    /// <summary>The columns a save of answers needs.</summary>
    private sealed record SaveRow(AttemptStatus Status, DateTime Deadline, DateTime AcceptsUntil, IReadOnlyDictionary<int, string?> Answers,
        int QuestionCount, int Version);

    // The save is the sitting's hottest request (every taker every few seconds), and EF's expression-tree work for a
    // LINQ read and an ExecuteUpdate was ~15% of the sitting's CPU (perf). So its read is compiled, once per model
    // (PerModel), and its write is one plain UPDATE (ExamAttemptAnswerWriter; the Learning tests run it on both providers).
    private static readonly PerModel<Func<LearningDbContext, Guid, Guid, CancellationToken, Task<SaveRow?>>> SaveRowQueries = new();

    private static Func<LearningDbContext, Guid, Guid, CancellationToken, Task<SaveRow?>> CompileSaveRowQuery() =>
        EF.CompileAsyncQuery((LearningDbContext c, Guid attemptId, Guid staffId, CancellationToken _) => c.Attempts.AsNoTracking()
            .Where(a => a.Id == attemptId && a.StaffId == staffId)
            .Select(a => new SaveRow(a.Status, a.Deadline, a.AcceptsUntil, a.Answers, a.QuestionCount, a.Version)).FirstOrDefault());

    /// <summary>
    /// Hands in: grades once. A second submit (a retry after a time-out) returns the same result. When another request
    /// changed the attempt in between: a close by it stands; a save racing the hand-in is read back and the hand-in
    /// (which carries the page's answers) tried again; still racing after that, the caller gets a conflict.
    /// </summary>
    public async Task<AttemptResultDto> SubmitAsync(Guid attemptId, SaveAnswersInput? input, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            var (attempt, exam) = await LoadMineAsync(attemptId, cancellationToken);
            if (!attempt.IsOpen) return ToResult(attempt);
            await RefuseIfPastDeadlineAsync(attempt, exam, cancellationToken);
            if (input is { Answers.Count: > 0 }) attempt.SaveAnswers(input.Answers);
            attempt.Close(exam, Now, submittedInTime: true);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ToResult(attempt);
            }
            catch (DbUpdateConcurrencyException) when (tries < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A closed attempt's grading (Close sets score, pass and time together).</summary>
    private static AttemptResultDto ToResult(ExamAttempt a) =>
        new(a.Id, a.ExamId, a.Status, a.Score ?? 0, a.MaxScore, a.Passed == true, a.SubmittedAt ?? a.Deadline);

    public async Task<AttemptReviewDto> ReviewAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var (attempt, exam) = await LoadMineAsync(attemptId, cancellationToken);
        var opensAt = exam.ReviewOpensAt(await GraceAsync(cancellationToken));
        if (Now < opensAt || attempt.IsOpen) throw new BusinessException(LearningErrorCodes.ReviewNotYet, opensAt) { Kind = ErrorKind.Conflict };
        return new AttemptReviewDto(attempt.Id, attempt.Score ?? 0, attempt.MaxScore, attempt.Passed == true, attempt.Paper.Select((item, index) =>
        {
            var response = attempt.Answers.GetValueOrDefault(index);
            return new ReviewItemDto(index, item.Stem, item.Options.Select(o => new QuestionOptionDto(o.Key, o.Text)).ToList(), response,
                item.AnswerKey, Grading.IsCorrect(item.Type, item.AnswerKey, response), item.Points, item.Explanation);
        }).ToList());
    }

    /// <summary>Attempts of the people within the caller's scope, by the hall and unit they belonged to when they sat.</summary>
    public async Task<PagedResult<AttemptSummaryDto>> ListAsync(AttemptListInput input, CancellationToken cancellationToken)
    {
        var query = db.Attempts.AsNoTracking().WhereInScope(await scopes.GetAsync(cancellationToken), a => a.HallId, a => a.UnitId, a => a.StaffId);
        if (input.ExamId is { } examId) query = query.Where(a => a.ExamId == examId);
        if (input.StaffId is { } staffId) query = query.Where(a => a.StaffId == staffId);
        return await query.ToPagedResultAsync(input, Sort, a => new AttemptSummaryDto(a.Id, a.ExamId, a.StaffId, a.HallId, a.UnitId, a.Number,
            a.Status, a.StartedAt, a.SubmittedAt, a.Score, a.MaxScore, a.Passed), cancellationToken);
    }

    /// <summary>Closes and grades every running attempt past its deadline plus the grace, in batches. Safe to run twice.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var closed = 0;
        while (true)
        {
            var overdue = await db.Attempts.Where(a => a.Status == AttemptStatus.InProgress && a.AcceptsUntil < now)
                .OrderBy(a => a.AcceptsUntil).Take(200).ToListAsync(cancellationToken);
            if (overdue.Count == 0) return closed;
            var examIds = overdue.Select(a => a.ExamId).Distinct().ToList();
            var byId = await db.Exams.AsNoTracking().Where(e => examIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var attempt in overdue) attempt.Close(byId[attempt.ExamId], Now, submittedInTime: false);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            closed += overdue.Count;
        }
    }

    private async Task<AttemptDto> TouchAsync(ExamAttempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        if (attempt.IsOpen && attempt.IsPastDeadline(Now))
        {
            attempt.Close(exam, Now, submittedInTime: false);
            await db.SaveChangesAsync(cancellationToken);
        }
        return ToDto(attempt, exam);
    }

    private async Task RefuseIfPastDeadlineAsync(ExamAttempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        if (!attempt.IsOpen) throw new BusinessException(LearningErrorCodes.AttemptClosed) { Kind = ErrorKind.Conflict };
        if (!attempt.IsPastDeadline(Now)) return;
        attempt.Close(exam, Now, submittedInTime: false); // graded with what was saved before the deadline
        await db.SaveChangesAsync(cancellationToken);
        throw new BusinessException(LearningErrorCodes.PastDeadline) { Kind = ErrorKind.Conflict };
    }

    private async Task<(ExamAttempt, Exam)> LoadMineAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var staffId = await learner.StaffIdAsync(cancellationToken);
        var attempt = await db.Attempts.FirstOrDefaultAsync(a => a.Id == attemptId && a.StaffId == staffId, cancellationToken)
                      ?? throw new EntityNotFoundException("ExamAttempt", attemptId);
        return (attempt, await exams.LoadAsync(attempt.ExamId, tracked: false, cancellationToken));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<TimeSpan> GraceAsync(CancellationToken cancellationToken) =>
        TimeSpan.FromSeconds(await settings.GetIntAsync(LearningSettings.ExamGraceSeconds, cancellationToken: cancellationToken));

    private AttemptDto ToDto(ExamAttempt a, Exam exam) => new(a.Id, a.ExamId, exam.Title, a.Number, a.Status, a.StartedAt, a.Deadline, Now,
        a.Paper.Select((item, index) => new AttemptQuestionDto(index, item.Type, item.Stem,
            item.Options.Select(o => new QuestionOptionDto(o.Key, o.Text)).ToList(), item.Points)).ToList(),
        a.Answers, a.Score, a.MaxScore, a.Passed, a.SubmittedAt);
}
