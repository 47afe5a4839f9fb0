namespace Training.SharedKernel.Authorization;

/// <summary>The built-in roles. Each carries a default data scope (see <see cref="Scoping.ScopeKind"/>).</summary>
public static class RoleNames
{
    public const string Staff = "Staff";
    public const string WindowLead = "WindowLead";
    public const string HallManager = "HallManager";
    public const string HR = "HR";

    /// <summary>考勤员: keeps the attendance of the hall they work in (devices, punch files, corrections).</summary>
    public const string AttendanceClerk = "AttendanceClerk";
    /// <summary>督查员: inspects the halls an administrator names for them (明察暗访, 走流程) and reviews rectifications.</summary>
    public const string Inspector = "Inspector";
    /// <summary>大赛组织者: organises skill contests in the halls an administrator names for them (entries, rounds, judges, awards).</summary>
    public const string ContestOrganizer = "ContestOrganizer";
    /// <summary>评委: scores the contests and rounds they are assigned to (what they see is decided by the assignment).</summary>
    public const string Judge = "Judge";
    public const string Admin = "Admin";

    public static readonly string[] All = [Staff, WindowLead, HallManager, HR, AttendanceClerk, Inspector, ContestOrganizer, Judge, Admin];
}
