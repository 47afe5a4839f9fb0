using Training.SharedKernel.Authorization;

namespace Training.Learning;

public static class LearningPermissions
{
    public static class Questions
    {
        public const string Default = "Learning.Questions";
        public const string Manage = "Learning.Questions.Manage";
        public const string Import = "Learning.Questions.Import";
    }
}

public sealed class LearningPermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(LearningPermissions.Questions.Default, "查看题库", "View the question bank", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Questions.Manage, "维护题库", "Edit the question bank", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Questions.Import, "导入导出题库", "Import and export questions", RoleNames.Admin, RoleNames.HallManager),
    ];
}
