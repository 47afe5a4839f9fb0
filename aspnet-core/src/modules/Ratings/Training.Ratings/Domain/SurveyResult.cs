using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>
/// A third-party satisfaction survey of a window unit for a two-month period (002: every two months; period 1 = January
/// and February … 6 = November and December): its overall score, sample size, score per aspect and the suggestions
/// collected. One per unit and period; importing the period again replaces it.
/// </summary>
public sealed class SurveyResult : Entity
{
    private readonly List<SurveyAspectScore> _aspects = [];

    private SurveyResult() { }

    public SurveyResult(Guid id, Guid hallId, Guid unitId, int year, int period) : base(id) =>
        (HallId, UnitId, Year, Period) = (hallId, unitId, year, Check.InRange(period, "period", 1, 6));

    public Guid HallId { get; private set; }
    public Guid UnitId { get; private set; }
    public int Year { get; private set; }

    /// <summary>1–6: the two-month period (1 = Jan–Feb).</summary>
    public int Period { get; private set; }

    public double Score { get; private set; }
    public int SampleSize { get; private set; }
    public string? Provider { get; private set; }
    public string? Suggestions { get; private set; }
    public IReadOnlyList<SurveyAspectScore> Aspects => _aspects;

    public static (int FirstMonth, int LastMonth) Months(int period) => (period * 2 - 1, period * 2);

    public static int PeriodOf(int month) => (month + 1) / 2;

    /// <summary>Answers whether anything changed.</summary>
    public bool Update(double score, int sampleSize, string? provider, string? suggestions, IReadOnlyDictionary<string, double> aspects)
    {
        var newProvider = Check.Optional(provider, "provider", RatingsConsts.MaxNameLength);
        var newSuggestions = Check.Optional(suggestions, "suggestions", RatingsConsts.MaxSuggestionsLength);
        var changed = Score != score || SampleSize != sampleSize || Provider != newProvider || Suggestions != newSuggestions
            || _aspects.Count != aspects.Count || _aspects.Any(a => !aspects.TryGetValue(a.Aspect, out var s) || s != a.Score);
        (Score, SampleSize, Provider, Suggestions) = (score, sampleSize, newProvider, newSuggestions);
        if (changed)
        {
            _aspects.Clear();
            _aspects.AddRange(aspects.Select(a => new SurveyAspectScore(Id, a.Key, a.Value)));
        }
        return changed;
    }
}

public sealed class SurveyAspectScore
{
    private SurveyAspectScore() { }

    public SurveyAspectScore(Guid surveyId, string aspect, double score) =>
        (SurveyId, Aspect, Score) = (surveyId, Check.NotBlank(aspect, "aspect", RatingsConsts.MaxAspectLength), score);

    public Guid SurveyId { get; private set; }
    public string Aspect { get; private set; } = "";
    public double Score { get; private set; }
}
