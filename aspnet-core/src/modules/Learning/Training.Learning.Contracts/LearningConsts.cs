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
    public const int MaxOptionKeyLength = 8;
}

public static class CourseConsts
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 2000;
    public const int MaxLessonBodyLength = 200_000;
    public const double MaxCreditHours = 200;
    public const int MaxAttachmentsPerLesson = 10;

    /// <summary>How many units, window types or staff kinds a course's audience names.</summary>
    public const int MaxAudienceItems = 1000;
    public const int MaxAudienceNameLength = 32;

    /// <summary>How many people one enrolment request names.</summary>
    public const int MaxEnrollStaff = 1000;
}

public static class ExamConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxTimeLimitMinutes = 600;
    public const int MaxAttempts = 20;

    /// <summary>The most questions a paper holds (a fixed list, or the rules' counts together), and so an attempt's answers.</summary>
    public const int MaxQuestions = 500;
    public const int MaxRules = 50;
}
