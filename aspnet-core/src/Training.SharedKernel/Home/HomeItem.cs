namespace Training.SharedKernel.Home;

/// <summary>
/// One item of the home page. The server sends no prose: the client translates <c>home.items.&lt;Key&gt;</c> with
/// <see cref="Args"/> (and <c>count</c>). <see cref="Link"/> is the app route where the thing is done.
/// </summary>
public sealed record HomeItem(
    string Key,
    HomeItemKind Kind,
    int? Count,
    string Link,
    HomeItemSeverity Severity,
    IReadOnlyDictionary<string, string>? Args = null)
{
    /// <summary>Shown: a figure always, anything else only when it counts something (or counts nothing at all).</summary>
    public bool IsWorthShowing => Kind == HomeItemKind.Figure || Count is null or > 0;
}

public enum HomeItemKind
{
    /// <summary>Something to do, with a count.</summary>
    Todo,
    /// <summary>A figure to look at (a share, a total).</summary>
    Figure,
    /// <summary>Something to know before anything else (no count).</summary>
    Notice,
}

/// <summary>Ordered: the page shows the most urgent first.</summary>
public enum HomeItemSeverity
{
    Info = 0,
    Warning = 1,
    Urgent = 2,
}
