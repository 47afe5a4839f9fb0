using System.Globalization;
using Training.SharedKernel.Imports;

namespace Training.Ratings.Application.Catalogue;

/// <summary>Whole numbers and scores as people type them in the catalogue's spreadsheets, an error on the cell otherwise.</summary>
internal static class ImportNumbers
{
    public static int? Int(this RowCheck check, string key, int min, int max, string code = RatingsErrorCodes.NumberInvalid)
    {
        var text = check.Text(key, 16);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        check.Fail(key, code, text);
        return null;
    }

    /// <summary>A score from 0 to 100 (decimals allowed).</summary>
    public static double? Score(this RowCheck check, string key)
    {
        var text = check.Text(key, 16);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
            return Math.Round(value, 2);
        check.Fail(key, RatingsErrorCodes.ScoreInvalid, text);
        return null;
    }
}
