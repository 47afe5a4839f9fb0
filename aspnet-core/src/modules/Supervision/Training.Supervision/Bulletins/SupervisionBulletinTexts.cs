using System.Globalization;

namespace Training.Supervision.Bulletins;

/// <summary>The words the two bulletins print for categories and marks (the web's texts say the same).</summary>
internal static class SupervisionBulletinTexts
{
    public static readonly CatalogueCategory[] Violations =
    [
        CatalogueCategory.WorkDiscipline, CatalogueCategory.AppearanceEtiquette, CatalogueCategory.ServiceAttitude,
        CatalogueCategory.Integrity, CatalogueCategory.BusinessNorms,
    ];

    public static readonly IReadOnlyDictionary<CatalogueCategory, string> Categories = new Dictionary<CatalogueCategory, string>
    {
        [CatalogueCategory.WorkDiscipline] = "工作纪律", [CatalogueCategory.AppearanceEtiquette] = "仪容仪表",
        [CatalogueCategory.ServiceAttitude] = "服务态度", [CatalogueCategory.Integrity] = "廉洁", [CatalogueCategory.BusinessNorms] = "业务规范",
        [CatalogueCategory.Banner] = "锦旗", [CatalogueCategory.ThankYouLetter] = "感谢信", [CatalogueCategory.GoodDeed] = "好人好事",
    };

    public static readonly IReadOnlyDictionary<SendBackMark, string> Marks = new Dictionary<SendBackMark, string>
    {
        [SendBackMark.False] = "虚假整改", [SendBackMark.Perfunctory] = "敷衍整改",
    };

    public const string Overdue = "拖而不改";

    public static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The halls a subject covers: its hall, or every hall for the city.</summary>
    public static async Task<IReadOnlyList<Guid>> HallsAsync(Training.Organization.IStructureIntegrationService structure, Guid? hallId,
        CancellationToken cancellationToken) =>
        hallId is { } h ? [h] : (await structure.GetHallsAsync(null, cancellationToken)).Select(x => x.Id).ToList();
}
