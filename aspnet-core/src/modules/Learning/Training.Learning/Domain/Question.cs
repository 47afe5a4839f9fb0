using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Learning.Domain;

/// <summary>An option of a choice question.</summary>
public sealed record QuestionOption(string Key, string Text);

/// <summary>
/// A question of the bank, identified by its code (the import's natural key). Guards that the answer fits the type:
/// choice answers are keys of existing options, a single choice has one, true/false is true or false.
/// </summary>
public sealed class Question : AggregateRoot
{
    private Question() { }

    public Question(Guid id, string code, Guid categoryId, QuestionType type, Difficulty difficulty, string stem,
        IReadOnlyList<string> options, string answer, string? explanation, IReadOnlyList<string> tags) : base(id)
    {
        Code = Check.NotBlank(code, "code", LearningConsts.MaxQuestionCodeLength);
        Update(categoryId, type, difficulty, stem, options, answer, explanation, tags);
    }

    public string Code { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public QuestionType Type { get; private set; }
    public Difficulty Difficulty { get; private set; }
    public string Stem { get; private set; } = "";
    public IReadOnlyList<QuestionOption> Options { get; private set; } = [];
    public string Answer { get; private set; } = "";
    public string? Explanation { get; private set; }

    /// <summary>Stored as "|tag1|tag2|" so a tag filter is one LIKE in SQL on every provider.</summary>
    public string TagList { get; private set; } = "";

    public IReadOnlyList<string> Tags => TagList.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Applies new content; returns whether anything changed (so an import can count unchanged rows).</summary>
    public bool Update(Guid categoryId, QuestionType type, Difficulty difficulty, string stem,
        IReadOnlyList<string> options, string answer, string? explanation, IReadOnlyList<string> tags)
    {
        var newStem = Check.NotBlank(stem, "stem", LearningConsts.MaxStemLength);
        var newOptions = BuildOptions(type, options);
        var newAnswer = CanonicalAnswer(type, newOptions, Check.NotBlank(answer, "answer", LearningConsts.MaxAnswerLength));
        var newExplanation = Check.Optional(explanation, "explanation", LearningConsts.MaxExplanationLength);
        var newTags = TagListOf(tags);
        var changed = CategoryId != categoryId || Type != type || Difficulty != difficulty || Stem != newStem
                      || !Options.SequenceEqual(newOptions) || Answer != newAnswer || Explanation != newExplanation || TagList != newTags;
        (CategoryId, Type, Difficulty, Stem, Options, Answer, Explanation, TagList) =
            (categoryId, type, difficulty, newStem, newOptions, newAnswer, newExplanation, newTags);
        return changed;
    }

    /// <summary>Grades one response against the answer key.</summary>
    public bool IsCorrect(string? response) => Grading.IsCorrect(Type, Answer, response);

    private static List<QuestionOption> BuildOptions(QuestionType type, IReadOnlyList<string> options)
    {
        if (type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice)) return [];
        var texts = options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        if (texts.Count < 2) throw new BusinessException(LearningErrorCodes.ChoiceNeedsOptions);
        if (texts.Count > LearningConsts.MaxOptions) throw new BusinessException(LearningErrorCodes.TooManyOptions, LearningConsts.MaxOptions);
        return texts.Select((text, i) => new QuestionOption(AnswerText.Key(i), Check.NotBlank(text, "options", LearningConsts.MaxOptionLength))).ToList();
    }

    private static string CanonicalAnswer(QuestionType type, List<QuestionOption> options, string answer)
    {
        switch (type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                var keys = AnswerText.ChoiceKeys(answer);
                var unknown = keys.FirstOrDefault(k => options.All(o => o.Key != k));
                if (unknown is not null || keys.Count == 0) throw new BusinessException(LearningErrorCodes.AnswerNotAnOption, unknown ?? answer);
                if (type == QuestionType.SingleChoice && keys.Count != 1) throw new BusinessException(LearningErrorCodes.SingleChoiceOneAnswer);
                return AnswerText.Canonical(keys);
            case QuestionType.TrueFalse:
                return AnswerText.TrueFalse(answer) is { } value ? AnswerText.Canonical(value) : throw new BusinessException(LearningErrorCodes.TrueFalseAnswer);
            default:
                return string.Join("|", answer.Split(['|', '｜'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
    }

    private static string TagListOf(IReadOnlyList<string> tags)
    {
        var clean = tags.Select(t => t.Trim().Replace("|", "")).Where(t => t.Length > 0).Distinct().ToList();
        if (clean.Count > LearningConsts.MaxTags) throw new BusinessException(LearningErrorCodes.TooManyTags, LearningConsts.MaxTags);
        foreach (var tag in clean) Check.NotBlank(tag, "tags", LearningConsts.MaxTagLength);
        return clean.Count == 0 ? "" : "|" + string.Join("|", clean) + "|";
    }
}
