using Training.Contests.Domain;

namespace Training.Contests.Application.Board;

/// <summary>
/// What a viewer may see of a row. Before publication names are shown only to the contest's organisers, unless the
/// contest shows them on its board; the caller's own entry is marked so an entrant finds their number.
/// </summary>
internal sealed record BoardView(bool NamesShown, Guid? MyEntryId, IReadOnlyDictionary<Guid, IReadOnlyList<string>> Names)
{
    public static bool ShowsNames(Contest contest, bool isOrganiser) =>
        isOrganiser || contest.ShowNamesOnBoard || contest.State == ContestState.Published;

    public BoardRowDto Row(BoardRowDto anonymous) => anonymous with
    {
        Names = NamesShown ? Names.GetValueOrDefault(anonymous.EntryId) ?? [] : null,
        IsMine = anonymous.EntryId == MyEntryId,
    };
}

internal static class BoardRows
{
    public static BoardRowDto Anonymous(BoardLine line) =>
        new(line.EntryId, line.DrawNumber, null, line.Rounds, line.Total, line.Rank, false);
}
