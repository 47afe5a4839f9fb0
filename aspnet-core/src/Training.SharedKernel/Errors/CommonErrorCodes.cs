namespace Training.SharedKernel.Errors;

public static class CommonErrorCodes
{
    public const string NotFound = "Common:NotFound";
    public const string Validation = "Common:Validation";
    public const string Required = "Common:Required";
    public const string TooLong = "Common:TooLong";
    public const string OutOfRange = "Common:OutOfRange";
    public const string TooManyItems = "Common:TooManyItems";
    public const string InvalidFormat = "Common:InvalidFormat";
    public const string InvalidSorting = "Common:InvalidSorting";
    public const string Unauthorized = "Common:Unauthorized";
    public const string Forbidden = "Common:Forbidden";
    public const string Conflict = "Common:Conflict";
    public const string Duplicate = "Common:Duplicate";
    public const string Antiforgery = "Common:Antiforgery";
    public const string FileTooLarge = "Common:FileTooLarge";
    public const string FileTypeNotAllowed = "Common:FileTypeNotAllowed";
    public const string ImportInvalid = "Common:ImportInvalid";
    public const string SheetMissing = "Common:SheetMissing";
    public const string ColumnMissing = "Common:ColumnMissing";
    public const string DuplicateInFile = "Common:DuplicateInFile";
    public const string TooManyRows = "Common:TooManyRows";
    public const string TooManyColumns = "Common:TooManyColumns";
    public const string CellTooLong = "Common:CellTooLong";
    public const string UnpackedTooLarge = "Common:UnpackedTooLarge";
    public const string PackageSuspicious = "Common:PackageSuspicious";
    public const string ImportEmpty = "Common:ImportEmpty";
    public const string InvalidValue = "Common:InvalidValue";
    public const string TooManyRequests = "Common:TooManyRequests";
    public const string MethodNotAllowed = "Common:MethodNotAllowed";
    public const string Internal = "Common:Internal";
}

public sealed class CommonErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [CommonErrorCodes.NotFound] = new("未找到该记录（{0}），或您无权查看。", "The record ({0}) was not found, or you may not see it."),
        [CommonErrorCodes.Validation] = new("提交的内容有误，请按提示修改。", "Some fields are not valid; see the details."),
        [CommonErrorCodes.Required] = new("“{0}”为必填项。", "“{0}” is required."),
        [CommonErrorCodes.TooLong] = new("“{0}”不能超过 {1} 个字符。", "“{0}” must be at most {1} characters."),
        [CommonErrorCodes.OutOfRange] = new("“{0}”应在 {1} 到 {2} 之间。", "“{0}” must be between {1} and {2}."),
        [CommonErrorCodes.TooManyItems] = new("“{0}”最多 {1} 项。", "“{0}” may hold at most {1} items."),
        [CommonErrorCodes.InvalidFormat] = new("“{0}”的格式不正确。", "“{0}” is not in a valid format."),
        [CommonErrorCodes.InvalidSorting] = new("不能按“{0}”排序，可用字段：{1}。", "Cannot sort by “{0}”; allowed: {1}."),
        [CommonErrorCodes.Unauthorized] = new("请先登录。", "Please sign in."),
        [CommonErrorCodes.Forbidden] = new("您没有执行此操作的权限。", "You do not have permission to do this."),
        [CommonErrorCodes.Conflict] = new("该记录已被他人修改，请刷新后重试。", "Someone else changed this record; reload and try again."),
        [CommonErrorCodes.Duplicate] = new("“{0}”已存在：{1}。", "“{0}” already exists: {1}."),
        [CommonErrorCodes.Antiforgery] = new("页面已过期，请刷新后重试。", "The page has expired; reload and try again."),
        [CommonErrorCodes.FileTooLarge] = new("文件过大，最大允许 {0} MB。", "The file is too large; the limit is {0} MB."),
        [CommonErrorCodes.FileTypeNotAllowed] = new("不支持该文件类型，允许：{0}。", "This file type is not allowed; allowed: {0}."),
        [CommonErrorCodes.ImportInvalid] = new("文件中有 {0} 处错误，未导入任何数据。", "The file has {0} errors; nothing was imported."),
        [CommonErrorCodes.SheetMissing] = new("文件中缺少工作表“{0}”，请使用导入模板。", "The file has no sheet “{0}”; use the import template."),
        [CommonErrorCodes.ColumnMissing] = new("工作表缺少列“{0}”，请使用导入模板。", "The sheet has no column “{0}”; use the import template."),
        [CommonErrorCodes.DuplicateInFile] = new("“{0}”在文件中重复出现（另见第 {1} 行）。", "“{0}” appears more than once in the file (see also row {1})."),
        [CommonErrorCodes.TooManyRows] = new("文件行数超过上限 {0}。", "The file has more than {0} rows."),
        [CommonErrorCodes.TooManyColumns] = new("工作表“{0}”的列数超过上限 {1}，请使用导入模板。", "The sheet “{0}” has more than {1} columns; use the import template."),
        [CommonErrorCodes.CellTooLong] = new("单元格 {0} 超过 {1} 个字符。", "The cell {0} is longer than {1} characters."),
        [CommonErrorCodes.UnpackedTooLarge] = new("文件解压后超过 {0} MB，未读取。", "The file is larger than {0} MB once unpacked; it was not read."),
        [CommonErrorCodes.PackageSuspicious] = new("文件结构异常（压缩比超过 {0}:1 或部件超过 {1} 个），未读取。",
            "The file looks malformed (a part compressed more than {0}:1, or more than {1} parts); it was not read."),
        [CommonErrorCodes.ImportEmpty] = new("工作表“{0}”中没有数据行，未导入任何数据。请自第 2 行起填写（示例见“{1}”工作表）。",
            "The sheet “{0}” holds no data row; nothing was imported. Fill it in from row 2 (examples are on the sheet “{1}”)."),
        [CommonErrorCodes.InvalidValue] = new("“{0}”不是有效的取值，可选：{1}。", "“{0}” is not a valid value; use one of: {1}."),
        [CommonErrorCodes.TooManyRequests] = new("请求过于频繁，请稍后再试。", "Too many requests; try again later."),
        [CommonErrorCodes.MethodNotAllowed] = new("不支持该请求方法。", "This method is not allowed."),
        [CommonErrorCodes.Internal] = new("服务器内部错误，请稍后重试或联系管理员（追踪号 {0}）。", "Internal error; try again later or contact the administrator (trace {0})."),
    };
}
