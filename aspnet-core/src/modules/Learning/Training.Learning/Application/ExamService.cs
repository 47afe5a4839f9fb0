using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>Authoring of exams. A rule that the bank cannot satisfy is refused when the exam is saved, not at start.</summary>
internal sealed class ExamService(LearningDbContext db)
{
    public async Task<IReadOnlyList<ExamDto>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Exams.AsNoTracking().OrderByDescending(e => e.OpensAt).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<ExamDto> GetAsync(Guid id, CancellationToken cancellationToken) => ToDto(await LoadAsync(id, false, cancellationToken));

    public async Task<ExamDto> CreateAsync(SaveExamInput input, CancellationToken cancellationToken)
    {
        var exam = new Exam(Guid.NewGuid());
        await DefineAsync(exam, input, cancellationToken);
        db.Exams.Add(exam);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(exam);
    }

    public async Task<ExamDto> UpdateAsync(Guid id, SaveExamInput input, CancellationToken cancellationToken)
    {
        var exam = await LoadAsync(id, true, cancellationToken);
        await DefineAsync(exam, input, cancellationToken);
        // Written and stamped even when nothing in it changed: saving the exam is how an author makes new papers draw
        // questions just edited in the bank at once (the stamp keys ExamQuestionCache on every node).
        db.Entry(exam).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(exam);
    }

    internal async Task<Exam> LoadAsync(Guid id, bool tracked, CancellationToken cancellationToken) =>
        await (tracked ? db.Exams : db.Exams.AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException("Exam", id);

    private async Task DefineAsync(Exam exam, SaveExamInput input, CancellationToken cancellationToken)
    {
        exam.Define(input);
        if (exam.PaperMode == PaperMode.Fixed)
        {
            var ids = exam.QuestionIds.ToList();
            var found = await db.Questions.CountAsync(q => ids.Contains(q.Id), cancellationToken);
            if (found < ids.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, ids.Count, found);
            return;
        }
        foreach (var rule in exam.Rules)
        {
            var available = await db.Questions.CountAsync(q => q.CategoryId == rule.CategoryId
                && (rule.Difficulty == null || q.Difficulty == rule.Difficulty) && (rule.Type == null || q.Type == rule.Type), cancellationToken);
            if (available < rule.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, rule.Count, available);
        }
    }

    internal static ExamDto ToDto(Exam e) => new(e.Id, e.Title, e.CourseId, e.IsPreJob, e.PaperMode, e.QuestionIds, e.PointsPerQuestion,
        e.Rules.Select(r => new ExamRuleDto(r.CategoryId, r.Difficulty, r.Type, r.Count, r.Points)).ToList(), e.TimeLimitMinutes,
        e.OpensAt, e.ClosesAt, e.MaxAttempts, e.PassPercent, e.GradingPolicy, e.ShuffleQuestions, e.ShuffleOptions, e.QuestionCount, e.MaxScore);
}
