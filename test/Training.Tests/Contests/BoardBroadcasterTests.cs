using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Training.Contests;
using Training.Contests.Application.Board;

namespace Training.Tests.Contests;

/// <summary>A change is serialised once and handed to a hall's streams in slices, so judges' posts go on between them.</summary>
public sealed class BoardBroadcasterTests
{
    [Fact]
    public async Task A_change_reaches_the_first_slice_at_once_and_every_viewer_after_the_gaps_as_one_text()
    {
        var broadcaster = new BoardBroadcaster(Options.Create(new JsonOptions()));
        var contestId = Guid.NewGuid();
        var viewers = Enumerable.Range(0, BoardBroadcaster.SliceSize * 2 + 5).Select(_ => broadcaster.Subscribe(contestId)).ToList();
        var row = new BoardRowDto(Guid.NewGuid(), 7, null, [], 88.5, 1, false);

        var publishing = broadcaster.PublishAsync(contestId, [row], CancellationToken.None);
        var atOnce = viewers.Count(v => v.Changes.TryPeek(out _));
        await publishing.WaitAsync(TimeSpan.FromSeconds(10));

        atOnce.ShouldBe(BoardBroadcaster.SliceSize);
        var texts = viewers.Select(v => v.Changes.TryRead(out var change) ? change.Json : null).ToList();
        texts.ShouldAllBe(t => t != null && ReferenceEquals(t, texts[0]));
        texts[0]!.ShouldContain("\"drawNumber\":7");
        viewers.ForEach(v => v.Dispose());
    }
}
