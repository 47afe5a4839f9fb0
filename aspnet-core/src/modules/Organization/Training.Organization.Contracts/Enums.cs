namespace Training.Organization;

/// <summary>中心 / 分中心 / 乡镇（街道）便民服务中心.</summary>
public enum HallKind { Centre, SubCentre, Township }

/// <summary>A department stationed in the hall (进驻部门), or the hall's own comprehensive windows.</summary>
public enum UnitKind { StationedDepartment, HallOwn }

/// <summary>综合受理窗口, 部门综合窗口, 绿色通道, 办不成事反映窗口, 潮汐窗口.</summary>
public enum WindowType { Comprehensive, Department, GreenChannel, Unresolved, Tidal }

/// <summary>在编 (the hall's own), 派驻 (dispatched by a department), 编外 (contract).</summary>
public enum StaffKind { Own, Dispatched, Contract }

public enum StaffStatus { Active, Returned, Left }

/// <summary>How a window assignment ended: moved to another window, ended, or returned to the dispatching department.</summary>
public enum AssignmentEndKind { Moved, Ended, Returned }

/// <summary>An exception to the Monday–Friday week: a holiday on a weekday, or a 调休 make-up working day on a weekend.</summary>
public enum CalendarDayKind { Holiday, MakeUpWorkday }
