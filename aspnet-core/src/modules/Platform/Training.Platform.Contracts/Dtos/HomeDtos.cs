using Training.SharedKernel.Home;

namespace Training.Platform;

/// <summary>The home page: every module's items for the caller, most urgent first, then in module order.</summary>
public sealed record HomeDto(IReadOnlyList<HomeItemDto> Items);

/// <summary>One item; the client translates <c>home.items.&lt;key&gt;</c> with <c>args</c> (and <c>count</c>).</summary>
public sealed record HomeItemDto(
    string Key, HomeItemKind Kind, int? Count, string Link, HomeItemSeverity Severity, IReadOnlyDictionary<string, string>? Args);
