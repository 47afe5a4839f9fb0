using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>
/// Builds an attempt's paper: the fixed questions or a random draw per rule, question order and options shuffled per
/// attempt when the exam says so; the answer key follows the option shuffle. The questions come from the node's
/// <see cref="ExamQuestionCache"/> (read once per version of the exam, not on every start).
/// </summary>
internal sealed class PaperBuilder(LearningDbContext db, ExamQuestionCache cache)
{
    public async Task<List<PaperItem>> BuildAsync(Exam exam, CancellationToken cancellationToken)
    {
        var pool = await cache.GetAsync(exam, () => LoadPoolAsync(exam, cancellationToken));
        var picks = new List<(Question Question, int Points)>();
        var picked = new HashSet<Guid>();
        if (exam.PaperMode == PaperMode.Fixed)
        {
            var missing = pool.Fixed.Count(q => q is null);
            if (missing > 0) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, pool.Fixed.Count, pool.Fixed.Count - missing) { Kind = ErrorKind.Conflict };
            picks.AddRange(pool.Fixed.Select(q => (q!, exam.PointsPerQuestion)));
        }
        else
        {
            for (var r = 0; r < exam.Rules.Count; r++)
            {
                var rule = exam.Rules[r];
                var candidates = pool.ByRule[r].Where(q => !picked.Contains(q.Id)).ToArray();
                if (candidates.Length < rule.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, rule.Count, candidates.Length) { Kind = ErrorKind.Conflict };
                RandomNumberGenerator.Shuffle(candidates.AsSpan());
                foreach (var question in candidates.Take(rule.Count))
                {
                    picks.Add((question, rule.Points));
                    picked.Add(question.Id);
                }
            }
        }

        var items = picks.Select(p => Freeze(p.Question, p.Points, exam.ShuffleOptions)).ToArray();
        if (exam.ShuffleQuestions) RandomNumberGenerator.Shuffle(items.AsSpan());
        return items.ToList();
    }

    /// <summary>The fixed questions in the exam's order (null where one no longer exists), or every question each rule may draw.</summary>
    private async Task<ExamQuestionPool> LoadPoolAsync(Exam exam, CancellationToken cancellationToken)
    {
        if (exam.PaperMode == PaperMode.Fixed)
        {
            var ids = exam.QuestionIds.ToList();
            var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
            return new ExamQuestionPool(ids.Select(id => questions.GetValueOrDefault(id)).ToList(), []);
        }
        var byRule = new List<IReadOnlyList<Question>>();
        foreach (var rule in exam.Rules)
            byRule.Add(await db.Questions.AsNoTracking().Where(q => q.CategoryId == rule.CategoryId
                    && (rule.Difficulty == null || q.Difficulty == rule.Difficulty) && (rule.Type == null || q.Type == rule.Type))
                .ToListAsync(cancellationToken));
        return new ExamQuestionPool([], byRule);
    }

    private static PaperItem Freeze(Question question, int points, bool shuffleOptions)
    {
        if (question.Options.Count == 0)
            return new PaperItem(question.Id, question.Type, question.Stem, [], question.Answer, points, question.Explanation);
        var order = Enumerable.Range(0, question.Options.Count).ToArray();
        if (shuffleOptions) RandomNumberGenerator.Shuffle(order.AsSpan());
        // The option shown at position i is the original option order[i]; it is relabelled A, B, C … by position.
        var options = order.Select((original, position) => new QuestionOption(AnswerText.Key(position), question.Options[original].Text)).ToList();
        var newKeyOf = order.Select((original, position) => (Old: question.Options[original].Key, New: AnswerText.Key(position)))
            .ToDictionary(x => x.Old, x => x.New);
        var key = AnswerText.Canonical(AnswerText.ChoiceKeys(question.Answer).Select(k => newKeyOf[k]).Order(StringComparer.Ordinal));
        return new PaperItem(question.Id, question.Type, question.Stem, options, key, points, question.Explanation);
    }
}
