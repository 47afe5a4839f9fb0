using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Learning.Application;

/// <summary>
/// Builds an attempt's paper: the fixed questions or a random draw per rule (ids drawn in SQL, then one load),
/// question order and options shuffled per attempt when the exam says so; the answer key follows the option shuffle.
/// </summary>
internal sealed class PaperBuilder(LearningDbContext db)
{
    public async Task<List<PaperItem>> BuildAsync(Exam exam, CancellationToken cancellationToken)
    {
        var picks = new List<(Guid QuestionId, int Points)>();
        if (exam.PaperMode == PaperMode.Fixed)
        {
            picks.AddRange(exam.QuestionIds.Select(id => (id, exam.PointsPerQuestion)));
        }
        else
        {
            foreach (var rule in exam.Rules)
            {
                var candidates = await db.Questions.Where(q => q.CategoryId == rule.CategoryId
                        && (rule.Difficulty == null || q.Difficulty == rule.Difficulty) && (rule.Type == null || q.Type == rule.Type)
                        && !picks.Select(p => p.QuestionId).Contains(q.Id))
                    .Select(q => q.Id).ToArrayAsync(cancellationToken);
                if (candidates.Length < rule.Count) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, rule.Count, candidates.Length) { Kind = ErrorKind.Conflict };
                RandomNumberGenerator.Shuffle(candidates.AsSpan());
                picks.AddRange(candidates.Take(rule.Count).Select(id => (id, rule.Points)));
            }
        }
        var ids = picks.Select(p => p.QuestionId).ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        var missing = picks.Where(p => !questions.ContainsKey(p.QuestionId)).ToList();
        if (missing.Count > 0) throw new BusinessException(LearningErrorCodes.NotEnoughQuestions, picks.Count, picks.Count - missing.Count) { Kind = ErrorKind.Conflict };

        var items = picks.Select(p => Freeze(questions[p.QuestionId], p.Points, exam.ShuffleOptions)).ToArray();
        if (exam.ShuffleQuestions) RandomNumberGenerator.Shuffle(items.AsSpan());
        return items.ToList();
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
