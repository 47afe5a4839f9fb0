namespace Training.Unresolved;

/// <summary>Lengths and limits shared by DTO validation and entity guards.</summary>
public static class UnresolvedConsts
{
    public const int MaxNumberLength = 32;
    public const int MaxPersonNameLength = 50;
    public const int MaxContactLength = 50;
    public const int MaxNameLength = 200;
    public const int MaxMatterLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxSectionsLength = 500;
    public const int MaxSectionLength = 50;
    public const int MaxSections = 10;
    public const int MaxAttachments = 5;
    public const int MaxLiaisons = 20;
    public const int MaxUserNameLength = 64;

    /// <summary>What a hidden complainant's name and contact read as (the web app shows 已隐去 / Hidden by language).</summary>
    public const string HiddenZh = "已隐去";
    public const string HiddenEn = "Hidden";
}
