using Training.SharedKernel.Authorization;

namespace Training.Sample;

/// <summary>Sample's permissions: one class per module, nested by feature; the web app's constants are generated from them.</summary>
public static class SamplePermissions
{
    public static class Overview
    {
        public const string Default = "Sample.Overview";
    }
}

public sealed class SamplePermissionDefinitions : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(SamplePermissions.Overview.Default, "查看示例模块概况", "View the Sample module overview", RoleNames.Admin, RoleNames.HallManager),
    ];
}
