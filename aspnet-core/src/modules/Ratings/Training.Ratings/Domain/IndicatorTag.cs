using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>An indicator a rating can be tagged with (态度, 效率, 业务能力, 环境 …): editable, never deleted once used.</summary>
public sealed class IndicatorTag : Entity
{
    private IndicatorTag() { }

    public IndicatorTag(Guid id, string code, string nameZh, string nameEn, int sortOrder) : base(id)
    {
        Code = Check.NotBlank(code, "code", RatingsConsts.MaxCodeLength);
        IsActive = true;
        Update(nameZh, nameEn, sortOrder, true);
    }

    public string Code { get; private set; } = "";
    public string NameZh { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string nameZh, string nameEn, int sortOrder, bool isActive)
    {
        NameZh = Check.NotBlank(nameZh, "nameZh", RatingsConsts.MaxAspectLength);
        NameEn = Check.NotBlank(nameEn, "nameEn", RatingsConsts.MaxAspectLength);
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
