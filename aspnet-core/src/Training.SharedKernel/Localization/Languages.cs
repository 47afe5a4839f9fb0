using System.Globalization;

namespace Training.SharedKernel.Localization;

/// <summary>The two languages of the product. Chinese first; English is chosen by Accept-Language or the UI switch.</summary>
public static class Languages
{
    public const string ZhHans = "zh-Hans";
    public const string En = "en";
    public static readonly string[] Supported = [ZhHans, En];

    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>Picks the text for the current UI culture.</summary>
    public static string Pick(string zhHans, string en) => IsEnglish(CultureInfo.CurrentUICulture) ? en : zhHans;
}
