namespace Training.Contests.Application.Common;

/// <summary>The web app's routes to a contest's pages, for inbox messages and home items.</summary>
internal static class ContestLinks
{
    public const string List = "/contests";
    public const string Judging = "/contests/judging";

    public static string Contest(Guid id) => $"/contests/{id}";

    public static string Entries(Guid id) => $"/contests/{id}/entries";

    /// <summary>A judge's scoring page of one round.</summary>
    public static string JudgeRound(Guid contestId, Guid roundId) => $"/contests/{contestId}/rounds/{roundId}/judge";
}
