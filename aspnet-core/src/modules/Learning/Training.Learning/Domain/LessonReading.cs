namespace Training.Learning.Domain;

/// <summary>
/// A lesson counts as read only after a minimum time with it open (<c>Learning.Lessons.MinimumReadingSeconds</c>). The time
/// runs from when the server saw the learner open it, and not from before their previous completion in the same course:
/// lessons opened side by side are not read at the same time.
/// </summary>
public static class LessonReading
{
    /// <summary>When a lesson opened at <paramref name="openedAt"/> may be marked read; null when it was never opened.</summary>
    public static DateTime? ReadyAt(DateTime? openedAt, DateTime? previousCompletion, int minimumSeconds)
    {
        if (openedAt is not { } opened) return null;
        var since = previousCompletion is { } previous && previous > opened ? previous : opened;
        return since.AddSeconds(Math.Max(0, minimumSeconds));
    }

    /// <summary>Whole seconds still to read (rounded up; 0 = it counts). Never opened: the whole minimum.</summary>
    public static int SecondsLeft(DateTime? openedAt, DateTime? previousCompletion, DateTime now, int minimumSeconds)
    {
        if (minimumSeconds <= 0) return 0;
        var left = ReadyAt(openedAt, previousCompletion, minimumSeconds) is { } ready ? ready - now : TimeSpan.FromSeconds(minimumSeconds);
        return left <= TimeSpan.Zero ? 0 : (int)Math.Ceiling(left.TotalSeconds);
    }
}
