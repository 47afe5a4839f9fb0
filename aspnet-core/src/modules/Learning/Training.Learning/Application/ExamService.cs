using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>
/// Authoring of exams, by those who own them (see <see cref="ContentAccess"/>): a manager reads the city's exams and
/// their halls' ones, and changes only their halls' ones. An exam draws its questions from its owner's bank. A rule that
/// the bank cannot satisfy is refused when the exam is saved, not at start; once someone has started the exam its rules
/// stay and its close only moves later.
/// </summary>
internal sealed class ExamService(LearningDbContext db, ContentAccess access)
{
    public async Task<IReadOnlyList<ExamDto>> ListAsync(CancellationToken cancellationToken)
    {
        var exams = await (await access.ReadableAsync(db.Exams.AsNoTracking(), e => e.OwnerHallId, cancellationToken))
            .OrderByDescending(e => e.OpensAt).ToListAsync(cancellationToken);
        var ids = exams.Select(e => e.Id).ToList();
        var started = (await db.Attempts.Where(a => ids.Contains(a.ExamId)).Select(a => a.ExamId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return exams.Select(e => ToDto(e, started.Contains(e.Id))).ToList();
    }

    public async Task<ExamDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var exam = await LoadReadableAsync(id, false, cancellationToken);
        return ToDto(exam, await StartedAsync(id, cancellationToken));
    }

    public async Task<ExamDto> CreateAsync(SaveExamInput input, CancellationToken cancellationToken)
    {
        var exam = new Exam(Guid.NewGuid(), await access.OwnerForNewAsync(input.OwnerHallId, cancellationToken));
        await DefineAsync(exam, input, started: false, cancellationToken);
        db.Exams.Add(exam);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(exam, false);
    }

    public async Task<ExamDto> UpdateAsync(Guid id, SaveExamInput input, CancellationToken cancellationToken)
    {
        var exam = await LoadReadableAsync(id, true, cancellationToken);
        await access.RequireChangeAsync(exam.OwnerHallId, "Exam", id, cancellationToken);
        var started = await StartedAsync(id, cancellationToken);
        await DefineAsync(exam, input, started, cancellationToken);
        // Written and stamped even when nothing in it changed: saving the exam is how an author makes new papers draw
        // questions just edited in the bank at once (the stamp keys ExamQuestionCache on every node).
        db.Entry(exam).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(exam, started);
    }

    /// <summary>An exam whatever its owner: for taking it (who may sit it is decided by its course, not its owner).</summary>
    internal async Task<Exam> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await (tracked ? db.Exams : db.Exams.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Exam", id);

    private async Task<Exam> LoadReadableAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await (await access.ReadableAsync(tracked ? db.Exams : db.Exams.AsNoTracking(), e => e.OwnerHallId, cancellationToken))
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Exam", id);

    private Task<bool> StartedAsync(Guid examId, CancellationToken cancellationToken) =>
        db.Attempts.AnyAsync(a => a.ExamId == examId, cancellationToken);

    private async Task DefineAsync(Exam exam, SaveExamInput input, bool started, CancellationToken cancellationToken)
    {
        exam.Define(input, started);
        var owner = exam.OwnerHallId;
        if (exam.CourseId is { } courseId && !await db.Courses.AnyAsync(c => c.Id == courseId && (c.OwnerHallId == null || c.OwnerHallId == owner), cancellationToken))
            throw new EntityNotFoundException("Course", courseId);
        // Only the owner's bank: a hall's exam never shows another bank's questions (and their keys, in the review).
        var questions = db.Questions.Where(q => db.QuestionCategories.Any(c => c.Id == q.CategoryId && c.OwnerHallId == owner));
        if (exam.PaperMode == PaperMode.Fixed)
        {
            var ids = exam.QuestionIds.ToList();
            var found = await questions.CountAsync(q => ids.Contains(q.Id), cancellationToken);
            if (found < ids.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, ids.Count, found);
            return;
        }
        foreach (var rule in exam.Rules)
        {
            var available = await questions.CountAsync(q => q.CategoryId == rule.CategoryId
                && (rule.Difficulty == null || q.Difficulty == rule.Difficulty) && (rule.Type == null || q.Type == rule.Type), cancellationToken);
            if (available < rule.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, rule.Count, available);
        }
    }

    internal static ExamDto ToDto(Exam e, bool started) => new(e.Id, e.Title, e.CourseId, e.IsPreJob, e.PaperMode, e.QuestionIds, e.PointsPerQuestion,
        e.Rules.Select(r => new ExamRuleDto(r.CategoryId, r.Difficulty, r.Type, r.Count, r.Points)).ToList(), e.TimeLimitMinutes,
        e.OpensAt, e.ClosesAt, e.MaxAttempts, e.PassPercent, e.GradingPolicy, e.ShuffleQuestions, e.ShuffleOptions, e.QuestionCount, e.MaxScore,
        e.OwnerHallId, started, e.IsRestricted);
}
