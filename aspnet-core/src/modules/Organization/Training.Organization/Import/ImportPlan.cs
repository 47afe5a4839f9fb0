using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Scoping;

namespace Training.Organization.Import;

/// <summary>
/// The staff import in two steps: validate every row against the database and the rest of the file (no writes), then
/// apply the whole plan to tracked entities. Existing rows are loaded once, as sets.
/// </summary>
internal sealed class ImportPlan
{
    private readonly Dictionary<string, Hall> _halls;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<(Guid Hall, string Code), WindowUnit> _units;
    private readonly Dictionary<(Guid Hall, string Code), Window> _windows;
    private readonly Dictionary<string, StaffMember> _staff;
    private readonly HashSet<string> _taken;

    private readonly List<UnitLine> _unitLines = [];
    private readonly List<WindowLine> _windowLines = [];
    private readonly List<StaffLine> _staffLines = [];

    private ImportPlan(List<Hall> halls, List<Department> departments, List<WindowUnit> units, List<Window> windows, List<StaffMember> staff,
        DataScope scope)
    {
        _halls = halls.ToDictionary(h => h.Code, StringComparer.OrdinalIgnoreCase);
        _taken = staff.Where(s => !scope.CoversHall(s.HallId)).Select(s => s.StaffNumber).ToHashSet(StringComparer.OrdinalIgnoreCase);
        staff = staff.Where(s => scope.CoversHall(s.HallId)).ToList();
        _departments = departments.ToDictionary(d => d.Name);
        _units = units.ToDictionary(u => (u.HallId, u.Code.ToUpperInvariant()));
        _windows = windows.ToDictionary(w => (w.HallId, w.Code.ToUpperInvariant()));
        _staff = staff.ToDictionary(s => s.StaffNumber, StringComparer.OrdinalIgnoreCase);
    }

    public List<StaffMember> CreatedStaff { get; } = [];

    /// <summary>People the file puts at a window they do not hold now: (row, person, window).</summary>
    public List<(SheetRow Row, Guid StaffId, Guid WindowId)> NewPosts { get; } = [];

    /// <summary>
    /// Loads what the file may refer to within the caller's scope (for writing): only the halls it covers — with their
    /// units and windows — exist for this import, so another hall's code is as unknown as a code that does not exist.
    /// People are found by staff number across the city (the number is unique), but one outside the scope is only
    /// remembered as a taken number.
    /// </summary>
    public static async Task<ImportPlan> LoadAsync(OrganizationDbContext db, DataScope scope, List<string> staffNumbers, CancellationToken cancellationToken)
    {
        var halls = (await db.Halls.ToListAsync(cancellationToken)).Where(h => scope.CoversHall(h.Id)).ToList();
        var hallIds = halls.Select(h => h.Id).ToList();
        return new(halls,
            await db.Departments.ToListAsync(cancellationToken),
            await db.Units.Where(u => hallIds.Contains(u.HallId)).ToListAsync(cancellationToken),
            await db.Windows.Where(w => hallIds.Contains(w.HallId)).ToListAsync(cancellationToken),
            await db.Staff.Include(s => s.Assignments).Where(s => staffNumbers.Contains(s.StaffNumber)).ToListAsync(cancellationToken),
            scope);
    }

    public void ValidateUnits(IReadOnlyList<SheetRow> rows, ImportErrors errors)
    {
        var seen = new Dictionary<(Guid, string), int>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, StaffImportSheets.Units, errors);
            var hall = Hall(check, "hallCode");
            var code = check.Text("code", OrganizationConsts.MaxCodeLength);
            var name = check.Text("name", OrganizationConsts.MaxNameLength);
            var kind = check.Choice("kind", EnumLabels.UnitKinds);
            var department = check.Text("department", OrganizationConsts.MaxNameLength, required: kind == UnitKind.StationedDepartment);
            if (hall is null || code is null || name is null || kind is null || !check.Ok) continue;
            if (!Unique(seen, (hall.Id, code.ToUpperInvariant()), check, "code", code)) continue;
            _unitLines.Add(new UnitLine(hall, code, name, kind.Value, department, Guid.NewGuid()));
        }
    }

    public void ValidateWindows(IReadOnlyList<SheetRow> rows, ImportErrors errors)
    {
        var seen = new Dictionary<(Guid, string), int>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, StaffImportSheets.Windows, errors);
            var hall = Hall(check, "hallCode");
            var code = check.Text("code", OrganizationConsts.MaxCodeLength);
            var name = check.Text("name", OrganizationConsts.MaxNameLength);
            var unitCode = check.Text("unitCode", OrganizationConsts.MaxCodeLength);
            var type = check.Choice("type", EnumLabels.WindowTypes);
            if (hall is null || code is null || name is null || unitCode is null || type is null || !check.Ok) continue;
            if (!UnitExists(hall, unitCode)) { check.Fail("unitCode", OrganizationErrorCodes.UnknownReference, "单位", unitCode); continue; }
            if (!Unique(seen, (hall.Id, code.ToUpperInvariant()), check, "code", code)) continue;
            _windowLines.Add(new WindowLine(hall, code, name, unitCode, type.Value, Guid.NewGuid()));
        }
    }

    public void ValidateStaff(IReadOnlyList<SheetRow> rows, ImportErrors errors, DateOnly today)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var check = new RowCheck(row, StaffImportSheets.Staff, errors);
            var number = check.Text("staffNumber", OrganizationConsts.MaxStaffNumberLength);
            var name = check.Text("name", OrganizationConsts.MaxPersonNameLength);
            var kind = check.Choice("kind", EnumLabels.StaffKinds);
            var department = check.Text("department", OrganizationConsts.MaxNameLength, required: kind == StaffKind.Dispatched);
            var hall = Hall(check, "hallCode");
            var unitCode = check.Text("unitCode", OrganizationConsts.MaxCodeLength, required: false);
            var phone = check.Text("phone", OrganizationConsts.MaxPhoneLength, required: false);
            var windowCode = check.Text("windowCode", OrganizationConsts.MaxCodeLength, required: false);
            var workStart = check.Date("workStartDate", required: false);
            if (workStart > today) check.Fail("workStartDate", OrganizationErrorCodes.WorkStartDateInFuture, MessageDates.Iso(workStart.Value));
            if (number is null || name is null || kind is null || hall is null || !check.Ok) continue;
            if (!Unique(seen, number, check, "staffNumber", number)) continue;
            if (_taken.Contains(number)) { check.Fail("staffNumber", OrganizationErrorCodes.StaffNumberTaken, number); continue; }
            if (unitCode is not null && !UnitExists(hall, unitCode)) { check.Fail("unitCode", OrganizationErrorCodes.UnknownReference, "单位", unitCode); continue; }

            Guid? windowId = null;
            if (windowCode is not null)
            {
                var window = WindowLineOrEntity(hall, windowCode);
                if (window is null) { check.Fail("windowCode", OrganizationErrorCodes.UnknownReference, "窗口", windowCode); continue; }
                if (unitCode is not null && !window.Value.UnitCode.Equals(unitCode, StringComparison.OrdinalIgnoreCase))
                {
                    check.Fail("windowCode", OrganizationErrorCodes.UnknownReference, "单位窗口", $"{unitCode}/{windowCode}");
                    continue;
                }
                unitCode = window.Value.UnitCode;
                windowId = window.Value.Id;
            }

            _staff.TryGetValue(number, out var existing);
            if (existing is not null && windowId is not null && existing.Status != StaffStatus.Active)
            {
                check.Fail("windowCode", OrganizationErrorCodes.StaffNotActive, existing.Name);
                continue;
            }
            var line = new StaffLine(row, number, name, kind.Value, department, hall, unitCode, phone, windowId, workStart,
                existing?.Id ?? Guid.NewGuid());
            if (existing?.Current is { } current && windowId is null && (current.HallId != hall.Id || UnitIdOf(line) != current.UnitId))
            {
                check.Fail("unitCode", OrganizationErrorCodes.AlreadyAssigned, existing.Name, current.WindowId);
                continue;
            }
            _staffLines.Add(line);
            if (windowId is { } w && existing?.CurrentWindowId != w) NewPosts.Add((row, line.Id, w));
        }
    }

    /// <summary>Writes the plan to tracked entities; returns the counts (accounts are added by the caller).</summary>
    public StaffImportResultDto Apply(OrganizationDbContext db, DateOnly today, DateTime now)
    {
        int unitsCreated = 0, unitsUpdated = 0, windowsCreated = 0, windowsUpdated = 0, staffCreated = 0, staffUpdated = 0, unchanged = 0;

        foreach (var line in _unitLines)
        {
            var departmentId = line.Department is null ? (Guid?)null : Department(db, line.Department).Id;
            if (_units.TryGetValue((line.Hall.Id, line.Code.ToUpperInvariant()), out var unit))
            {
                if (unit.Name == line.Name && unit.Kind == line.Kind && unit.DepartmentId == (line.Kind == UnitKind.StationedDepartment ? departmentId : null)) { unchanged++; continue; }
                unit.Update(line.Code, line.Name, line.Kind, departmentId, unit.IsActive);
                unitsUpdated++;
            }
            else
            {
                unit = new WindowUnit(line.Id, line.Hall.Id, line.Code, line.Name, line.Kind, departmentId);
                db.Units.Add(unit);
                _units[(line.Hall.Id, line.Code.ToUpperInvariant())] = unit;
                unitsCreated++;
            }
        }

        foreach (var line in _windowLines)
        {
            var unit = _units[(line.Hall.Id, line.UnitCode.ToUpperInvariant())];
            if (_windows.TryGetValue((line.Hall.Id, line.Code.ToUpperInvariant()), out var window))
            {
                if (window.Name == line.Name && window.Type == line.Type && window.UnitId == unit.Id) { unchanged++; continue; }
                if (window.UnitId != unit.Id) window.MoveToUnit(unit);
                window.Update(line.Code, line.Name, line.Type, window.IsActive);
                windowsUpdated++;
            }
            else
            {
                window = new Window(line.Id, unit, line.Code, line.Name, line.Type);
                db.Windows.Add(window);
                _windows[(line.Hall.Id, line.Code.ToUpperInvariant())] = window;
                windowsCreated++;
            }
        }

        var windowsById = _windows.Values.ToDictionary(w => w.Id);
        foreach (var line in _staffLines)
        {
            var departmentId = line.Department is null || line.Kind != StaffKind.Dispatched ? (Guid?)null : Department(db, line.Department).Id;
            var unitId = line.UnitCode is null ? (Guid?)null : _units[(line.Hall.Id, line.UnitCode.ToUpperInvariant())].Id;
            if (_staff.TryGetValue(line.Number, out var staff))
            {
                var same = staff.Name == line.Name && staff.Kind == line.Kind && staff.DispatchingDepartmentId == departmentId
                           && staff.Phone == line.Phone && staff.HallId == line.Hall.Id && staff.UnitId == unitId
                           && (line.WindowId is null || staff.CurrentWindowId == line.WindowId)
                           && (line.WorkStartDate is null || staff.WorkStartDate == line.WorkStartDate);
                if (same) { unchanged++; continue; }
                staff.UpdateProfile(line.Name, line.Phone, line.Kind, departmentId);
                // An empty cell keeps the date (an older file without the column erases nothing).
                if (line.WorkStartDate is not null) staff.SetWorkStartDate(line.WorkStartDate, today);
                if (line.WindowId is null && staff.Current is null) staff.PlaceIn(line.Hall.Id, unitId);
                staffUpdated++;
            }
            else
            {
                staff = new StaffMember(line.Id, line.Number, line.Name, line.Kind, departmentId, line.Hall.Id, unitId);
                staff.UpdateProfile(line.Name, line.Phone, line.Kind, departmentId);
                staff.SetWorkStartDate(line.WorkStartDate, today);
                db.Staff.Add(staff);
                CreatedStaff.Add(staff);
                staffCreated++;
            }
            if (line.WindowId is { } windowId && staff.CurrentWindowId != windowId)
            {
                if (staff.Current is null) staff.AssignTo(windowsById[windowId], today, now);
                else staff.MoveTo(windowsById[windowId], today, now);
            }
        }
        return new StaffImportResultDto(unitsCreated, unitsUpdated, windowsCreated, windowsUpdated, staffCreated, staffUpdated, unchanged, []);
    }

    private Hall? Hall(RowCheck check, string key)
    {
        var code = check.Text(key, OrganizationConsts.MaxCodeLength);
        if (code is null) return null;
        if (_halls.TryGetValue(code, out var hall)) return hall;
        check.Fail(key, OrganizationErrorCodes.UnknownReference, "中心", code);
        return null;
    }

    private bool UnitExists(Hall hall, string code) =>
        _units.ContainsKey((hall.Id, code.ToUpperInvariant()))
        || _unitLines.Any(u => u.Hall.Id == hall.Id && u.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    private (Guid Id, string UnitCode)? WindowLineOrEntity(Hall hall, string code)
    {
        var line = _windowLines.FirstOrDefault(w => w.Hall.Id == hall.Id && w.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
        if (line is not null)
            return (_windows.TryGetValue((hall.Id, code.ToUpperInvariant()), out var existing) ? existing.Id : line.Id, line.UnitCode);
        if (!_windows.TryGetValue((hall.Id, code.ToUpperInvariant()), out var window)) return null;
        return (window.Id, _units.Values.First(u => u.Id == window.UnitId).Code);
    }

    private Guid? UnitIdOf(StaffLine line) =>
        line.UnitCode is null ? null
        : _units.TryGetValue((line.Hall.Id, line.UnitCode.ToUpperInvariant()), out var unit) ? unit.Id
        : _unitLines.First(u => u.Hall.Id == line.Hall.Id && u.Code.Equals(line.UnitCode, StringComparison.OrdinalIgnoreCase)).Id;

    private Department Department(OrganizationDbContext db, string name)
    {
        if (_departments.TryGetValue(name, out var department)) return department;
        department = new Department(Guid.NewGuid(), name);
        db.Departments.Add(department);
        return _departments[name] = department;
    }

    private static bool Unique<TKey>(Dictionary<TKey, int> seen, TKey key, RowCheck check, string column, string value) where TKey : notnull
    {
        if (seen.TryGetValue(key, out var first))
        {
            check.Fail(column, CommonErrorCodes.DuplicateInFile, value, first);
            return false;
        }
        seen[key] = check.Row.Number;
        return true;
    }

    private sealed record UnitLine(Hall Hall, string Code, string Name, UnitKind Kind, string? Department, Guid Id);

    private sealed record WindowLine(Hall Hall, string Code, string Name, string UnitCode, WindowType Type, Guid Id);

    private sealed record StaffLine(SheetRow Row, string Number, string Name, StaffKind Kind, string? Department, Hall Hall,
        string? UnitCode, string? Phone, Guid? WindowId, DateOnly? WorkStartDate, Guid Id);
}
