namespace Training.Learning.Domain;

/// <summary>One rule for every place that grades: the bank's questions and the frozen papers of attempts.</summary>
public static class Grading
{
    public static bool IsCorrect(QuestionType type, string answerKey, string? response) => type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice => AnswerText.Canonical(AnswerText.ChoiceKeys(response)) == answerKey,
        QuestionType.TrueFalse => AnswerText.TrueFalse(response) is { } value && AnswerText.Canonical(value) == answerKey,
        _ => AnswerText.FillInAlternatives(answerKey).Contains(AnswerText.NormalizeFillIn(response)),
    };
}
