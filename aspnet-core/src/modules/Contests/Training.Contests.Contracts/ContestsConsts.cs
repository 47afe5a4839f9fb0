namespace Training.Contests;

public static class ContestsConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 4000;
    public const int MaxReasonLength = 500;
    public const int MaxScopeHalls = 200;
    public const int MaxStaffPerRole = 100;
    public const int MaxRounds = 10;
    public const int MaxCriteria = 20;
    public const int MaxCriterionNameLength = 64;
    public const int MaxCriterionPoints = 1000;
    public const int MaxWeight = 100;
    public const int MaxTeamSize = 20;
    public const int MaxCreditHours = 100;
    public const int MaxAwardCount = 10000;
    public const int MaxDisplayTokenLength = 64;
}
