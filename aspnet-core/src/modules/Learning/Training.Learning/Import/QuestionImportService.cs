using Microsoft.EntityFrameworkCore;
using Training.Learning.Application;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;

namespace Training.Learning.Import;

/// <summary>
/// Questions from and to .xlsx (sheet 题库). Import validates every row first (the domain's own rules included),
/// then upserts by question code in one save; categories are created by name in the bank of the chosen owner (a hall, or
/// the city for administrators). A code held by a question of a bank the caller does not own is a row error; such a
/// question is never changed. Export writes the same layout, of the banks the caller owns only.
/// </summary>
internal sealed class QuestionImportService(LearningDbContext db, ErrorLocalizer localizer, QuestionBankService bank, ImportReader reader, ContentAccess access)
{
    private const int OptionColumns = 6;

    internal static readonly ImportSheet Sheet = new("题库", "Questions",
    [
        new("code", "题目编号", "Code", true, "ZC-0001"),
        new("category", "分类", "Category", true, "服务规范"),
        new("type", "题型", "Type", true, "单选"),
        new("difficulty", "难度", "Difficulty", true, "易"),
        new("stem", "题干", "Stem", true, "窗口工作人员上岗时应当（  ）。"),
        .. Enumerable.Range(0, OptionColumns).Select(i => new ImportColumn($"option{i}", $"选项{(char)('A' + i)}", $"Option {(char)('A' + i)}", false,
            i switch { 0 => "佩戴工作牌", 1 => "使用手机娱乐", _ => "" })),
        new("answer", "答案", "Answer", true, "A"),
        new("explanation", "解析", "Explanation", false, "首问负责、亮证上岗。"),
        new("tags", "标签", "Tags", false, "岗前,服务规范"),
    ]);

    private static readonly IReadOnlyDictionary<string, QuestionType> Types = ImportLabels.Of(
        (QuestionType.SingleChoice, "单选"), (QuestionType.MultipleChoice, "多选"), (QuestionType.TrueFalse, "判断"), (QuestionType.FillIn, "填空"));

    private static readonly IReadOnlyDictionary<string, Difficulty> Difficulties = ImportLabels.Of(
        (Difficulty.Easy, "易"), (Difficulty.Medium, "中"), (Difficulty.Hard, "难"));

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<QuestionImportResultDto> ImportAsync(byte[] file, Guid? ownerHallId, CancellationToken cancellationToken)
    {
        var owner = await access.OwnerForNewAsync(ownerHallId, cancellationToken);
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        var codes = rows.Select(r => r["code"]).OfType<string>().ToList();
        var existing = await (await bank.QuestionsAsync(cancellationToken)).Where(q => codes.Contains(q.Code))
            .ToDictionaryAsync(q => q.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        // Codes are unique across every bank: one held outside the caller's banks cannot be imported (and is not touched).
        var heldElsewhere = (await db.Questions.Where(q => codes.Contains(q.Code)).Select(q => q.Code).ToListAsync(cancellationToken))
            .Where(c => !existing.ContainsKey(c)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var categories = await db.QuestionCategories.Where(c => c.OwnerHallId == owner).ToDictionaryAsync(c => c.Name, cancellationToken);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = new List<(string Code, string Category, Func<Guid, Question> Build, Func<Question, Guid, bool> Apply)>();

        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var code = check.Text("code", LearningConsts.MaxQuestionCodeLength);
            var category = check.Text("category", LearningConsts.MaxCategoryNameLength);
            var type = check.Choice("type", Types);
            var difficulty = check.Choice("difficulty", Difficulties);
            var stem = check.Text("stem", LearningConsts.MaxStemLength);
            var answer = check.Text("answer", LearningConsts.MaxAnswerLength);
            var explanation = check.Text("explanation", LearningConsts.MaxExplanationLength, required: false);
            var tags = (check.Text("tags", 400, required: false) ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
            var options = Enumerable.Range(0, OptionColumns).Select(i => row[$"option{i}"]).TakeWhile(o => o is not null).Select(o => o!).ToList();
            if (code is null || category is null || type is null || difficulty is null || stem is null || answer is null || !check.Ok) continue;
            if (seen.TryGetValue(code, out var first)) { check.Fail("code", CommonErrorCodes.DuplicateInFile, code, first); continue; }
            if (heldElsewhere.Contains(code)) { check.Fail("code", LearningErrorCodes.QuestionCodeTaken, code); continue; }
            seen[code] = row.Number;
            try
            {
                // The domain decides whether options and answer fit the type; its refusal becomes this row's error.
                _ = new Question(Guid.NewGuid(), code, Guid.Empty, type.Value, difficulty.Value, stem, options, answer, explanation, tags);
            }
            catch (BusinessException refused)
            {
                check.Fail("answer", refused);
                continue;
            }
            lines.Add((code, category,
                categoryId => new Question(Guid.NewGuid(), code, categoryId, type.Value, difficulty.Value, stem, options, answer, explanation, tags),
                (question, categoryId) => question.Update(categoryId, type.Value, difficulty.Value, stem, options, answer, explanation, tags)));
        }
        errors.ThrowIfAny();

        int categoriesCreated = 0, created = 0, updated = 0, unchanged = 0;
        foreach (var (code, categoryName, build, apply) in lines)
        {
            if (!categories.TryGetValue(categoryName, out var category))
            {
                categories[categoryName] = category = new QuestionCategory(Guid.NewGuid(), categoryName, owner);
                db.QuestionCategories.Add(category);
                categoriesCreated++;
            }
            if (existing.TryGetValue(code, out var question))
            {
                if (apply(question, category.Id)) updated++;
                else unchanged++;
            }
            else
            {
                db.Questions.Add(build(category.Id));
                created++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new QuestionImportResultDto(categoriesCreated, created, updated, unchanged);
    }

    /// <summary>The bank (or one category) in the import layout, so an export can be edited and imported again.</summary>
    public async Task<byte[]> ExportAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        var names = await bank.CategoryNamesAsync(cancellationToken);
        if (categoryId is { } id && !names.ContainsKey(id)) throw new EntityNotFoundException("QuestionCategory", id);
        var questions = await (await bank.QuestionsAsync(cancellationToken)).AsNoTracking().Where(q => categoryId == null || q.CategoryId == categoryId)
            .OrderBy(q => q.Code).ToListAsync(cancellationToken);
        var typeLabels = Types.Where(t => t.Key.Length <= 2).ToDictionary(t => t.Value, t => t.Key);
        var difficultyLabels = Difficulties.Where(d => d.Key.Length == 1).ToDictionary(d => d.Value, d => d.Key);
        var rows = questions.Select(q =>
        {
            var row = new Dictionary<string, object?>
            {
                ["题目编号"] = Spreadsheet.Neutralize(q.Code), ["分类"] = Spreadsheet.Neutralize(names.GetValueOrDefault(q.CategoryId)),
                ["题型"] = typeLabels[q.Type], ["难度"] = difficultyLabels[q.Difficulty], ["题干"] = Spreadsheet.Neutralize(q.Stem),
            };
            for (var i = 0; i < OptionColumns; i++) row[$"选项{(char)('A' + i)}"] = Spreadsheet.Neutralize(i < q.Options.Count ? q.Options[i].Text : null);
            row["答案"] = Spreadsheet.Neutralize(ExportAnswer(q));
            row["解析"] = Spreadsheet.Neutralize(q.Explanation);
            row["标签"] = Spreadsheet.Neutralize(string.Join(",", q.Tags));
            return row;
        }).ToList();
        return Spreadsheet.Write(new Dictionary<string, object> { [Sheet.ZhName] = rows });
    }

    private static string ExportAnswer(Question q) => q.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice => q.Answer.Replace(",", ""),
        QuestionType.TrueFalse => q.Answer == "true" ? "对" : "错",
        _ => q.Answer,
    };
}
