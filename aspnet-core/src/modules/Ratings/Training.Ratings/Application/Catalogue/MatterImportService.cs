using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// A hall's matter catalogue from <c>.xlsx</c>. Every row is checked first (row-numbered errors, nothing written when
/// there is one); then matters are upserted by code within the hall in one transaction, never deleted: the same file
/// twice leaves the same state, and the untouched template (no data row) is refused. The unit is named by its code and
/// must be of that hall.
/// </summary>
internal sealed class MatterImportService(RatingsDbContext db, HallUnits hallUnits, ImportReader reader, ErrorLocalizer localizer,
    UnitOfWork unitOfWork)
{
    public static readonly ImportSheet Sheet = new("事项目录", "Matters",
    [
        new ImportColumn("code", "事项编码", "Matter code", true, "11440300MB2C92011K4440111022000"),
        new ImportColumn("name", "事项名称", "Matter name", true, "企业设立登记"),
        new ImportColumn("unitCode", "窗口单位编码", "Window unit code", true, "SJ"),
        new ImportColumn("department", "部门", "Department", false, "市市场监督管理局"),
    ]);

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<CatalogueImportResultDto> ImportAsync(HallImportInput input, byte[] file, CancellationToken cancellationToken)
    {
        var units = await hallUnits.ForWritingAsync(input.HallId, cancellationToken);
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        var wanted = new List<(string Code, string Name, Guid UnitId, string? Department)>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var code = check.Text("code", RatingsConsts.MaxCodeLength);
            var name = check.Text("name", RatingsConsts.MaxNameLength);
            var unitCode = check.Text("unitCode", RatingsConsts.MaxCodeLength);
            var department = check.Text("department", RatingsConsts.MaxNameLength, required: false);
            var unit = unitCode is null ? null : units.Find(check, "unitCode", unitCode);
            if (code is not null && !firstRow.TryAdd(code, row.Number))
            {
                check.Fail("code", RatingsErrorCodes.RepeatedInFile, code, firstRow[code]);
                continue;
            }
            if (code is null || name is null || unit is null) continue;
            wanted.Add((code, name, unit.Id, department));
        }
        errors.ThrowIfAny();

        var codes = wanted.Select(w => w.Code).ToList();
        var existing = await db.Matters.Where(m => m.HallId == input.HallId && codes.Contains(m.Code))
            .ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var (code, name, unitId, department) in wanted)
        {
            if (!existing.TryGetValue(code, out var matter))
            {
                db.Matters.Add(new Matter(Guid.NewGuid(), input.HallId, unitId, code, name, department));
                created++;
            }
            else if (matter.Update(unitId, name, department)) updated++;
            else unchanged++;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new CatalogueImportResultDto(created, updated, unchanged);
    }
}
