namespace Training.Documents;

/// <summary>A bar or line chart: categories along the x axis, one bar or line per series.</summary>
/// <param name="ValueFormat">.NET numeric format for value labels and the axis (<c>0.0</c>, <c>P0</c>); null: general.</param>
public sealed record ChartSpec(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string? ValueFormat = null);

/// <summary>One series of a chart: a value per category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);
