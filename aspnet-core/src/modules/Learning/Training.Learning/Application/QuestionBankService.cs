using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Paging;

namespace Training.Learning.Application;

/// <summary>
/// Categories and questions of the bank, for the people who author exams. A bank (category) belongs to a hall or the
/// city; its questions and answer keys are read and changed only by those who own it (<see cref="ContentAccess"/>).
/// </summary>
internal sealed class QuestionBankService(LearningDbContext db, ContentAccess access)
{
    private static readonly SortMap<Question> Sort = new SortMap<Question>("code asc")
        .Add("code", q => q.Code).Add("type", q => q.Type).Add("difficulty", q => q.Difficulty).Add("createdAt", q => q.CreatedAt);

    public async Task<IReadOnlyList<QuestionCategoryDto>> ListCategoriesAsync(CancellationToken cancellationToken) =>
        await (await CategoriesAsync(cancellationToken)).AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new QuestionCategoryDto(c.Id, c.Name, db.Questions.Count(q => q.CategoryId == c.Id), c.OwnerHallId))
            .ToListAsync(cancellationToken);

    public async Task<QuestionCategoryDto> CreateCategoryAsync(CreateQuestionCategoryInput input, CancellationToken cancellationToken)
    {
        var owner = await access.OwnerForNewAsync(input.OwnerHallId, cancellationToken);
        var name = input.Name.Trim();
        if (await db.QuestionCategories.AnyAsync(c => c.Name == name && c.OwnerHallId == owner, cancellationToken))
            throw new BusinessException(LearningErrorCodes.CategoryNameTaken, name) { Kind = ErrorKind.Conflict };
        var category = new QuestionCategory(Guid.NewGuid(), name, owner);
        db.QuestionCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return new QuestionCategoryDto(category.Id, category.Name, 0, category.OwnerHallId);
    }

    /// <summary>The categories (banks) the caller owns: every one for an administrator, their halls' ones for a manager.</summary>
    internal async Task<IQueryable<QuestionCategory>> CategoriesAsync(CancellationToken cancellationToken) =>
        await access.BanksAsync(db.QuestionCategories, cancellationToken);

    /// <summary>The questions of the banks the caller owns.</summary>
    internal async Task<IQueryable<Question>> QuestionsAsync(CancellationToken cancellationToken)
    {
        var categories = await CategoriesAsync(cancellationToken);
        return db.Questions.Where(q => categories.Any(c => c.Id == q.CategoryId));
    }

    public async Task<PagedResult<QuestionDto>> ListAsync(QuestionListInput input, CancellationToken cancellationToken)
    {
        var query = (await QuestionsAsync(cancellationToken)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(q => q.Code.Contains(filter) || q.Stem.Contains(filter));
        }
        if (input.CategoryId is { } category) query = query.Where(q => q.CategoryId == category);
        if (input.Type is { } type) query = query.Where(q => q.Type == type);
        if (input.Difficulty is { } difficulty) query = query.Where(q => q.Difficulty == difficulty);
        if (!string.IsNullOrWhiteSpace(input.Tag))
        {
            var tag = "|" + input.Tag.Trim() + "|";
            query = query.Where(q => q.TagList.Contains(tag));
        }
        var page = await query.ToPagedResultAsync(input, Sort, q => q, cancellationToken);
        var names = await CategoryNamesAsync(cancellationToken);
        return new PagedResult<QuestionDto>(page.TotalCount, page.Items.Select(q => ToDto(q, names)).ToList());
    }

    public async Task<QuestionDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var question = await (await QuestionsAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, cancellationToken)
                       ?? throw new EntityNotFoundException("Question", id);
        return ToDto(question, await CategoryNamesAsync(cancellationToken));
    }

    public async Task<QuestionDto> CreateAsync(SaveQuestionInput input, CancellationToken cancellationToken)
    {
        await RequireCategoryAsync(input.CategoryId, cancellationToken);
        var code = input.Code.Trim();
        if (await db.Questions.AnyAsync(q => q.Code == code, cancellationToken))
            throw new BusinessException(LearningErrorCodes.QuestionCodeTaken, code) { Kind = ErrorKind.Conflict };
        var question = new Question(Guid.NewGuid(), code, input.CategoryId, input.Type, input.Difficulty, input.Stem,
            OptionTexts(input), input.Answer, input.Explanation, input.Tags ?? []);
        db.Questions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(question.Id, cancellationToken);
    }

    public async Task<QuestionDto> UpdateAsync(Guid id, SaveQuestionInput input, CancellationToken cancellationToken)
    {
        var question = await (await QuestionsAsync(cancellationToken)).FirstOrDefaultAsync(q => q.Id == id, cancellationToken)
                       ?? throw new EntityNotFoundException("Question", id);
        await RequireCategoryAsync(input.CategoryId, cancellationToken);
        question.Update(input.CategoryId, input.Type, input.Difficulty, input.Stem, OptionTexts(input), input.Answer, input.Explanation, input.Tags ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    internal async Task<Dictionary<Guid, string>> CategoryNamesAsync(CancellationToken cancellationToken) =>
        await (await CategoriesAsync(cancellationToken)).AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

    internal static QuestionDto ToDto(Question q, IReadOnlyDictionary<Guid, string> categories) =>
        new(q.Id, q.Code, q.CategoryId, categories.GetValueOrDefault(q.CategoryId, ""), q.Type, q.Difficulty, q.Stem,
            q.Options.Select(o => new QuestionOptionDto(o.Key, o.Text)).ToList(), q.Answer, q.Explanation, q.Tags);

    private static IReadOnlyList<string> OptionTexts(SaveQuestionInput input) =>
        (input.Options ?? []).OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase).Select(o => o.Text).ToList();

    private async Task RequireCategoryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await (await CategoriesAsync(cancellationToken)).AnyAsync(c => c.Id == id, cancellationToken))
            throw new EntityNotFoundException("QuestionCategory", id);
    }
}
