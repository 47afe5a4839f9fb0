using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Training.Learning.Domain;

namespace Training.Learning.Application;

/// <summary>
/// The questions an exam's papers are drawn from, per node, so that a sitting's 2,000 starts do not each read and
/// materialise the same 50 questions (the start phase was the tail of the exam-submit benchmark).
/// </summary>
/// <remarks>
/// Why this may be an in-process cache (ARCHITECTURE: none that must agree across nodes): nothing here is shared state.
/// Every start still reads the exam itself, and an entry counts only for the exam's own modification stamp, so a change
/// of the exam on any node (its questions, rules, points, shuffling) is seen by the next start on every node. A question
/// edited in the bank without touching the exam reaches new papers when the entry expires
/// (<c>Learning:ExamQuestionCacheSeconds</c>, default 10 s). That is the same as if those takers had started a few seconds
/// earlier: a paper is frozen into its attempt at start, so everyone who started before the edit keeps the old question
/// anyway, and grading uses the frozen key. An entry is a snapshot no request changes: papers are new objects built from it.
/// One instance per app (a singleton of its container), so two apps in one process never see each other's entries.
/// </remarks>
internal sealed class ExamQuestionCache(IConfiguration configuration, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly long _lifetimeTicks = (long)(configuration.GetValue("Learning:ExamQuestionCacheSeconds", 10.0) * clock.TimestampFrequency);

    /// <summary>The exam's question pool, from this node's cache when it was read for the same version of the exam lately.</summary>
    public async Task<ExamQuestionPool> GetAsync(Exam exam, Func<Task<ExamQuestionPool>> load)
    {
        var stamp = Stamp(exam);
        var now = clock.GetTimestamp();
        if (_lifetimeTicks > 0 && _entries.TryGetValue(exam.Id, out var entry) && now < entry.ExpiresAt && entry.Stamp == stamp
            && entry.QuestionIds.SequenceEqual(exam.QuestionIds) && entry.Rules.SequenceEqual(exam.Rules))
            return entry.Pool;
        var pool = await load();
        if (_lifetimeTicks <= 0) return pool;
        foreach (var (id, old) in _entries)
            if (old.ExpiresAt <= now) _entries.TryRemove(new KeyValuePair<Guid, Entry>(id, old)); // closed exams do not stay
        _entries[exam.Id] = new Entry(stamp, exam.QuestionIds, exam.Rules, now + _lifetimeTicks, pool);
        return pool;
    }

    /// <summary>
    /// The time of the exam's last save (ModuleDbContext stamps it; ExamService stamps every save, changed or not), its
    /// creation until then. Besides it, an entry must have been drawn from the same questions or rules as the exam now
    /// names, so what the pool is made of never depends on two saves having different times.
    /// </summary>
    private static DateTime Stamp(Exam exam) => exam.ModifiedAt ?? exam.CreatedAt;

    private sealed record Entry(DateTime Stamp, IReadOnlyList<Guid> QuestionIds, IReadOnlyList<ExamRule> Rules, long ExpiresAt, ExamQuestionPool Pool);
}

/// <summary>
/// What an exam's papers are drawn from: the fixed questions in order, or for each rule the questions it may draw.
/// Read-only once built (shared by concurrent starts).
/// </summary>
internal sealed record ExamQuestionPool(IReadOnlyList<Question?> Fixed, IReadOnlyList<IReadOnlyList<Question>> ByRule);
