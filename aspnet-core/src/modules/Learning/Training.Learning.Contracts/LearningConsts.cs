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

public static class CourseConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 2000;
    public const int MaxLessonBodyLength = 200_000;
    public const double MaxCreditHours = 200;
    public const int MaxAttachmentsPerLesson = 10;
}

public static class ExamConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxTimeLimitMinutes = 600;
    public const int MaxAttempts = 20;
}
