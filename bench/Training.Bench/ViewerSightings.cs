namespace Training.Bench;

/// <summary>The contest's entries numbered 0…n-1, and how many sheets an entry gets at most (its judges).</summary>
internal sealed class EntryNumbers(IEnumerable<Guid> entryIds, int maxSheets)
{
    private readonly Dictionary<Guid, int> _numbers = entryIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);

    public int Count => _numbers.Count;

    public int MaxSheets { get; } = maxSheets;

    public bool TryGet(Guid entryId, out int number) => _numbers.TryGetValue(entryId, out number);
}

/// <summary>
/// When one viewer first saw each entry's round counting n sheets (n = 1…<see cref="EntryNumbers.MaxSheets"/>), as
/// stopwatch ticks in one flat array: no objects for the driver's GC to trace while it times the posts.
/// </summary>
internal sealed class ViewerSightings(EntryNumbers entries)
{
    private readonly long[] _firstSeen = new long[entries.Count * entries.MaxSheets];
    private readonly int[] _highest = new int[entries.Count];

    /// <summary>Counts only grow (sheets are submitted, never taken back), so only the counts above the highest seen are new.</summary>
    public void Saw(Guid entryId, int sheets, long now)
    {
        if (!entries.TryGet(entryId, out var entry)) return;
        var before = _highest[entry];
        if (sheets <= before) return;
        var upTo = Math.Min(sheets, entries.MaxSheets);
        for (var n = before + 1; n <= upTo; n++) _firstSeen[entry * entries.MaxSheets + n - 1] = now;
        _highest[entry] = sheets;
    }

    /// <summary>When the entry was first seen counting <paramref name="sheets"/>; null if this viewer never saw it.</summary>
    public long? FirstSaw(Guid entryId, int sheets) =>
        entries.TryGet(entryId, out var entry) && sheets <= entries.MaxSheets && _firstSeen[entry * entries.MaxSheets + sheets - 1] is var at and > 0
            ? at
            : null;
}
