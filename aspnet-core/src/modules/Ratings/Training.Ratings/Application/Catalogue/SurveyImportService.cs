using Microsoft.EntityFrameworkCore;
using Training.Ratings.Domain;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// The bimonthly third-party survey results of a hall's window units (002) from <c>.xlsx</c>: one row per unit and
/// period on the results sheet, and optionally its score per aspect on a second sheet. Upserted by unit and period (the
/// aspects of a survey are replaced by the file's), all or nothing, the same file twice changing nothing.
/// </summary>
internal sealed class SurveyImportService(RatingsDbContext db, HallUnits hallUnits, ImportReader reader, ErrorLocalizer localizer,
    UnitOfWork unitOfWork)
{
    public static readonly ImportSheet Results = new("调查结果", "Survey results",
    [
        new ImportColumn("unitCode", "窗口单位编码", "Window unit code", true, "SJ"),
        new ImportColumn("year", "年度", "Year", true, "2026"),
        new ImportColumn("period", "期次", "Period", true, "5"),
        new ImportColumn("score", "综合得分", "Overall score", true, "92.5"),
        new ImportColumn("sampleSize", "样本量", "Sample size", true, "120"),
        new ImportColumn("provider", "调查机构", "Provider", false, "某某调查咨询有限公司"),
        new ImportColumn("suggestions", "意见建议", "Suggestions", false, "午间休息时段窗口开放偏少"),
    ]);

    public static readonly ImportSheet Aspects = new("分项得分", "Aspect scores",
    [
        new ImportColumn("unitCode", "窗口单位编码", "Window unit code", true, "SJ"),
        new ImportColumn("year", "年度", "Year", true, "2026"),
        new ImportColumn("period", "期次", "Period", true, "5"),
        new ImportColumn("aspect", "分项", "Aspect", true, "服务态度"),
        new ImportColumn("score", "得分", "Score", true, "95"),
    ]);

    public static byte[] Template() => Spreadsheet.Template(Results, Aspects);

    private sealed record Wanted(Guid UnitId, int Year, int Period, double Score, int SampleSize, string? Provider, string? Suggestions)
    {
        public Dictionary<string, double> Aspects { get; } = new(StringComparer.Ordinal);
    }

    public async Task<CatalogueImportResultDto> ImportAsync(HallImportInput input, byte[] file, CancellationToken cancellationToken)
    {
        var units = await hallUnits.ForWritingAsync(input.HallId, cancellationToken);
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var resultRows = workbook.Read(Results, errors);
        var aspectRows = workbook.Read(Aspects, errors, required: false);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        var wanted = new Dictionary<(Guid, int, int), Wanted>();
        var firstRow = new Dictionary<(Guid, int, int), int>();
        foreach (var row in resultRows)
        {
            var check = new RowCheck(row, Results, errors);
            var (key, unitCode) = Key(check, units);
            var score = check.Score("score");
            var sampleSize = check.Int("sampleSize", 0, 1_000_000);
            var provider = check.Text("provider", RatingsConsts.MaxNameLength, required: false);
            var suggestions = check.Text("suggestions", RatingsConsts.MaxSuggestionsLength, required: false);
            if (key is not { } k) continue;
            if (!firstRow.TryAdd(k, row.Number))
            {
                check.Fail("unitCode", RatingsErrorCodes.RepeatedInFile, $"{unitCode} {k.Item2}-{k.Item3}", firstRow[k]);
                continue;
            }
            if (score is null || sampleSize is null) continue;
            wanted[k] = new Wanted(k.Item1, k.Item2, k.Item3, score.Value, sampleSize.Value, provider, suggestions);
        }
        var firstAspect = new Dictionary<(Guid, int, int, string), int>();
        foreach (var row in aspectRows)
        {
            var check = new RowCheck(row, Aspects, errors);
            var (key, unitCode) = Key(check, units);
            var aspect = check.Text("aspect", RatingsConsts.MaxAspectLength);
            var score = check.Score("score");
            if (key is not { } k || aspect is null || score is null) continue;
            if (!firstAspect.TryAdd((k.Item1, k.Item2, k.Item3, aspect), row.Number))
                check.Fail("aspect", RatingsErrorCodes.RepeatedInFile, aspect, firstAspect[(k.Item1, k.Item2, k.Item3, aspect)]);
            else if (!firstRow.ContainsKey(k))
                check.Fail("unitCode", RatingsErrorCodes.AspectWithoutSurvey, unitCode, k.Item2, k.Item3);
            else if (wanted.TryGetValue(k, out var survey))
                survey.Aspects[aspect] = score.Value;
        }
        errors.ThrowIfAny();

        var unitIds = wanted.Values.Select(w => w.UnitId).Distinct().ToList();
        var years = wanted.Values.Select(w => w.Year).Distinct().ToList();
        var existing = (await db.Surveys.Include(s => s.Aspects)
                .Where(s => unitIds.Contains(s.UnitId) && years.Contains(s.Year)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.UnitId, s.Year, s.Period));
        int created = 0, updated = 0, unchanged = 0;
        foreach (var w in wanted.Values)
        {
            if (!existing.TryGetValue((w.UnitId, w.Year, w.Period), out var survey))
            {
                survey = new SurveyResult(Guid.NewGuid(), input.HallId, w.UnitId, w.Year, w.Period);
                survey.Update(w.Score, w.SampleSize, w.Provider, w.Suggestions, w.Aspects);
                db.Surveys.Add(survey);
                created++;
            }
            else if (survey.Update(w.Score, w.SampleSize, w.Provider, w.Suggestions, w.Aspects)) updated++;
            else unchanged++;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return new CatalogueImportResultDto(created, updated, unchanged);
    }

    /// <summary>The unit, year and period a row is about, or null with the errors recorded.</summary>
    private static ((Guid, int, int)? Key, string? UnitCode) Key(RowCheck check, HallUnits.Lookup units)
    {
        var unitCode = check.Text("unitCode", RatingsConsts.MaxCodeLength);
        var year = check.Int("year", 2000, 2100);
        var period = check.Int("period", 1, 6, RatingsErrorCodes.PeriodInvalid);
        var unit = unitCode is null ? null : units.Find(check, "unitCode", unitCode);
        return (unit is null || year is null || period is null ? null : (unit.Id, year.Value, period.Value), unitCode);
    }
}
