using Training.SharedKernel.Imports;

namespace Training.Organization.Import;

/// <summary>The Chinese words people type in import files, and the English names, for each enum value.</summary>
internal static class EnumLabels
{
    public static readonly IReadOnlyDictionary<string, UnitKind> UnitKinds = ImportLabels.Of(
        (UnitKind.StationedDepartment, "进驻部门"), (UnitKind.HallOwn, "中心自有"));

    public static readonly IReadOnlyDictionary<string, WindowType> WindowTypes = ImportLabels.Of(
        (WindowType.Comprehensive, "综合受理窗口"), (WindowType.Department, "部门综合窗口"), (WindowType.GreenChannel, "绿色通道"),
        (WindowType.Unresolved, "办不成事反映窗口"), (WindowType.Tidal, "潮汐窗口"));

    public static readonly IReadOnlyDictionary<string, StaffKind> StaffKinds = ImportLabels.Of(
        (StaffKind.Own, "在编"), (StaffKind.Dispatched, "派驻"), (StaffKind.Contract, "编外"));

    public static readonly IReadOnlyDictionary<string, CalendarDayKind> CalendarDayKinds = ImportLabels.Of(
        (CalendarDayKind.Holiday, "节假日"), (CalendarDayKind.MakeUpWorkday, "调休上班"));

    public static string Choices<T>(IReadOnlyDictionary<string, T> labels) => string.Join(" / ", labels.Keys);

    public static string Label<T>(IReadOnlyDictionary<string, T> labels, T value) where T : struct, Enum =>
        labels.First(l => EqualityComparer<T>.Default.Equals(l.Value, value)).Key;
}
