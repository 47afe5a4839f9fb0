using System.Text.Json;
using Training.Contests;

namespace Training.Bench;

/// <summary>
/// Reads, from a leaderboard event's UTF-8 bytes (a "snapshot" or a "changes"), each row's entry and how many judges its
/// round counts, without making a string of the event or objects of its rows. Decoded and deserialized, 200 viewers'
/// events (~50 KB each, four times a second) filled the driver's heap: its collections paused it mid-run (342 ms of
/// pauses, 8 full collections in one run), and a pause of the driver counts in every post it is timing.
/// <see cref="Verify"/> checks the scanner against the contract's deserialization.
/// </summary>
internal static class BoardStreamScanner
{
    /// <summary>Calls <paramref name="note"/> with (entry, judges of <paramref name="roundId"/>) for every row of the event.</summary>
    public static void Scan(ReadOnlySpan<byte> data, Guid roundId, Action<Guid, int> note)
    {
        var reader = new Utf8JsonReader(data);
        reader.Read(); // the event's object
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var rows = reader.ValueTextEquals("changed"u8) || reader.ValueTextEquals("rows"u8);
            reader.Read();
            if (!rows)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject) ReadRow(ref reader, roundId, note);
        }
    }

    /// <summary>Throws when the scanner and the deserialized event disagree on any row (each viewer checks its first of each kind).</summary>
    public static void Verify(string eventType, ReadOnlySpan<byte> data, Guid roundId)
    {
        var rows = eventType == "changes"
            ? JsonSerializer.Deserialize<BoardChangeDto>(data, BenchSession.Json)!.Changed
            : JsonSerializer.Deserialize<BoardDto>(data, BenchSession.Json)!.Rows;
        var expected = rows.Select(r => (r.EntryId, r.Rounds.FirstOrDefault(x => x.RoundId == roundId)?.Judges ?? 0)).ToList();
        var scanned = new List<(Guid, int)>();
        Scan(data, roundId, (entry, judges) => scanned.Add((entry, judges)));
        if (!scanned.SequenceEqual(expected)) throw new InvalidOperationException($"the {eventType} event's rows were scanned wrong");
    }

    private static void ReadRow(ref Utf8JsonReader reader, Guid roundId, Action<Guid, int> note)
    {
        var entryId = Guid.Empty;
        var judges = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("entryId"u8))
            {
                reader.Read();
                entryId = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("rounds"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    if (ReadRound(ref reader) is var (id, count) && id == roundId) judges = count;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        note(entryId, judges);
    }

    private static (Guid RoundId, int Judges) ReadRound(ref Utf8JsonReader reader)
    {
        var roundId = Guid.Empty;
        var judges = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("roundId"u8))
            {
                reader.Read();
                roundId = reader.GetGuid();
            }
            else if (reader.ValueTextEquals("judges"u8))
            {
                reader.Read();
                judges = reader.GetInt32();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return (roundId, judges);
    }
}
