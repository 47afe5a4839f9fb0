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

    public static class Courses
    {
        /// <summary>The course catalogue.</summary>
        public const string Default = "Learning.Courses";
        public const string Manage = "Learning.Courses.Manage";
        public const string Enroll = "Learning.Courses.Enroll";
    }

    public static class MyLearning
    {
        /// <summary>One's own courses and progress.</summary>
        public const string Default = "Learning.MyLearning";
    }

    public static class Exams
    {
        public const string Manage = "Learning.Exams.Manage";

        /// <summary>Attempts and scores of the people within the caller's scope.</summary>
        public const string Results = "Learning.Exams.Results";
    }

    public static class Certificates
    {
        public const string Default = "Learning.Certificates";
        public const string Manage = "Learning.Certificates.Manage";
    }
}

public sealed class LearningPermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(LearningPermissions.Questions.Default, "查看题库", "View the question bank", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Questions.Manage, "维护题库", "Edit the question bank", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Questions.Import, "导入导出题库", "Import and export questions", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Courses.Default, "查看课程", "View courses", RoleNames.All),
        new(LearningPermissions.Courses.Manage, "维护课程", "Edit courses", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Courses.Enroll, "安排学员", "Enrol people", RoleNames.Admin, RoleNames.HallManager, RoleNames.WindowLead),
        new(LearningPermissions.MyLearning.Default, "我的学习", "My learning", RoleNames.All),
        new(LearningPermissions.Exams.Manage, "维护考试", "Edit exams", RoleNames.Admin, RoleNames.HallManager),
        new(LearningPermissions.Exams.Results, "查看考试成绩（按数据范围）", "View exam results (within scope)", RoleNames.Admin, RoleNames.HallManager, RoleNames.WindowLead, RoleNames.HR),
        new(LearningPermissions.Certificates.Default, "查看合格证（按数据范围）", "View certificates (within scope)", RoleNames.All),
        new(LearningPermissions.Certificates.Manage, "导入与吊销合格证", "Import and revoke certificates", RoleNames.Admin, RoleNames.HallManager),
    ];
}
