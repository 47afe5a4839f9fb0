namespace Training.Organization;

/// <summary>
/// Read-only, batched facts about halls, window units and windows for other modules (names for their pages, the hall's
/// time zone for business dates). One query per call; no data scope is applied: callers check their own.
/// </summary>
public interface IStructureIntegrationService
{
    /// <summary>The given halls; every hall when <paramref name="hallIds"/> is null.</summary>
    Task<IReadOnlyList<HallInfo>> GetHallsAsync(IReadOnlyCollection<Guid>? hallIds = null, CancellationToken cancellationToken = default);

    /// <summary>The given units, or every unit of the given halls (one of the two lists is given).</summary>
    Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(IReadOnlyCollection<Guid>? unitIds, IReadOnlyCollection<Guid>? hallIds = null,
        CancellationToken cancellationToken = default);

    /// <summary>The given windows, or every window of the given units (one of the two lists is given).</summary>
    Task<IReadOnlyList<WindowInfo>> GetWindowsAsync(IReadOnlyCollection<Guid>? windowIds, IReadOnlyCollection<Guid>? unitIds = null,
        CancellationToken cancellationToken = default);

    /// <summary>The given departments; every department when <paramref name="departmentIds"/> is null.</summary>
    Task<IReadOnlyList<DepartmentInfo>> GetDepartmentsAsync(IReadOnlyCollection<Guid>? departmentIds = null,
        CancellationToken cancellationToken = default);
}

public sealed record HallInfo(Guid Id, string Code, string Name, string TimeZone, bool IsActive);

/// <summary>A window unit; <paramref name="DepartmentId"/> is the department that stations it (null for the hall's own windows).</summary>
public sealed record UnitInfo(Guid Id, Guid HallId, string Code, string Name, bool IsActive, Guid? DepartmentId = null);

public sealed record DepartmentInfo(Guid Id, string Name);

public sealed record WindowInfo(Guid Id, Guid HallId, Guid UnitId, string Code, string Name, WindowType Type, bool IsActive);
