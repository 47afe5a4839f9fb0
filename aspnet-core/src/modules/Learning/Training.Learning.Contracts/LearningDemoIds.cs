namespace Training.Learning;

/// <summary>
/// Ids the demo data of other modules builds on (only with demo data): the city's exam that the demo skill contest links
/// as its written round, made by Learning's demo seeder from the demo question bank.
/// </summary>
public static class LearningDemoIds
{
    public static readonly Guid ContestWrittenExam = new("6c1f0a52-3b7e-4d2a-9e61-5a0b7c3d2e14");
}
