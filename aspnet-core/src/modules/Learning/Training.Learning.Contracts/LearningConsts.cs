namespace Training.Learning;

public static class LearningConsts
{
    public const int MaxQuestionCodeLength = 32;
    public const int MaxCategoryNameLength = 64;
    public const int MaxStemLength = 2000;
    public const int MaxOptionLength = 500;
    public const int MaxAnswerLength = 500;
    public const int MaxExplanationLength = 2000;
    public const int MaxTagLength = 32;
    public const int MaxTags = 10;
    public const int MaxOptions = 8;
}

/// <summary>单选, 多选, 判断, 填空.</summary>
public enum QuestionType { SingleChoice, MultipleChoice, TrueFalse, FillIn }

public enum Difficulty { Easy, Medium, Hard }
