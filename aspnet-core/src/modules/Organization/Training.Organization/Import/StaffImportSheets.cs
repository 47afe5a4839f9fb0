using Training.SharedKernel.Imports;

namespace Training.Organization.Import;

/// <summary>The staff import template: units, windows and people, each upserted by its natural key.</summary>
internal static class StaffImportSheets
{
    public static readonly ImportSheet Units = new("单位", "Units",
    [
        new("hallCode", "中心编码", "Hall code", true, "SZX"),
        new("code", "单位编码", "Unit code", true, "SJ"),
        new("name", "单位名称", "Unit name", true, "市市场监督管理局窗口"),
        new("kind", "单位类型", "Unit kind", true, "进驻部门"),
        new("department", "所属部门", "Department", false, "市市场监督管理局"),
    ]);

    public static readonly ImportSheet Windows = new("窗口", "Windows",
    [
        new("hallCode", "中心编码", "Hall code", true, "SZX"),
        new("code", "窗口编号", "Window number", true, "A01"),
        new("name", "窗口名称", "Window name", true, "企业开办综合受理窗口"),
        new("unitCode", "单位编码", "Unit code", true, "SJ"),
        new("type", "窗口类型", "Window type", true, "综合受理窗口"),
    ]);

    public static readonly ImportSheet Staff = new("人员", "Staff",
    [
        new("staffNumber", "工号", "Staff number", true, "S0001"),
        new("name", "姓名", "Name", true, "张伟"),
        new("kind", "人员类别", "Staff kind", true, "派驻"),
        new("department", "派驻部门", "Dispatching department", false, "市市场监督管理局"),
        new("hallCode", "中心编码", "Hall code", true, "SZX"),
        new("unitCode", "单位编码", "Unit code", false, "SJ"),
        new("phone", "手机", "Phone", false, "13800000000"),
        new("windowCode", "窗口编号", "Window number", false, "A01"),
        new("workStartDate", "参加工作时间", "Work start date", false, "2015-07-01"),
    ]);
}
