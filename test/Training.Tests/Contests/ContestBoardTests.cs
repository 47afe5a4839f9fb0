using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Contests;
using Training.Contests.Application.Board;
using Training.Tests.Infrastructure;

namespace Training.Tests.Contests;

/// <summary>
/// The leaderboard over HTTP: the plain mean of four and the trimmed mean of five with their rules; names hidden from
/// everyone but the organisers before publication; an entrant's own number and criterion scores; the display link; the
/// event stream's snapshot and the row a submit sends.
/// </summary>
public abstract class ContestBoardTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    /// <summary>
    /// First entrant: judges 2–5 (judge 1 recused) 30, 32, 34, 36 of 40 → plain mean 33 → 82.5. Second: all five, 20, 30,
    /// 31, 32, 40 → drop 40 and 20 → 31 → 77.5.
    /// </summary>
    private async Task<JudgedContest> ScoredAsync(bool showNames = false)
    {
        var contest = await _app.JudgedContestAsync(showNames);
        decimal[][] first = [[8, 22], [8, 24], [9, 25], [9, 27]];
        decimal[][] second = [[5, 15], [8, 22], [7, 24], [8, 24], [10, 30]];
        for (var j = 0; j < 5; j++)
        {
            var judge = await _app.AsAsync(contest.Judges[j]);
            if (j > 0) await judge.SubmitAsync(contest, contest.FirstEntryId, first[j - 1][0], first[j - 1][1]);
            await judge.SubmitAsync(contest, contest.SecondEntryId, second[j][0], second[j][1]);
        }
        return contest;
    }

    [Fact]
    public async Task The_board_shows_the_plain_mean_of_four_and_the_trimmed_mean_of_five_with_their_rules()
    {
        var contest = await ScoredAsync();
        var organiser = await _app.AsAsync(Demo.Manager);

        var board = await organiser.GetAsync<BoardDto>($"/api/contests/{contest.ContestId}/board");

        board.Rows.Select(r => (r.DrawNumber, r.Total, r.Rank)).ShouldBe([(2, (double?)82.5, (int?)1), (1, 77.5, 2)]);
        var (first, second) = (board.Rows[0].Rounds.ShouldHaveSingleItem(), board.Rows[1].Rounds.ShouldHaveSingleItem());
        (first.Score, first.Rule, first.Judges).ShouldBe((82.5, ScoreRule.Mean, 4));
        (second.Score, second.Rule, second.Judges).ShouldBe((77.5, ScoreRule.TrimmedMean, 5));
        board.NamesShown.ShouldBeTrue();
        board.Rows[0].Names.ShouldBe([contest.FirstEntrantName]);
        board.TieRule.ShouldContain("笔试");
    }

    [Fact]
    public async Task Before_publication_an_entrant_sees_no_names_nor_others_criterion_scores_but_their_own()
    {
        var contest = await ScoredAsync();
        var entrant = await _app.AsAsync(contest.SecondEntrant);

        var board = await entrant.GetAsync<BoardDto>($"/api/contests/{contest.ContestId}/board");
        var mine = await entrant.GetAsync<MyContestDto>($"/api/contests/{contest.ContestId}/my");
        var raw = await entrant.Http.GetStringAsync($"/api/contests/{contest.ContestId}/board");
        var judgeView = await (await _app.AsAsync(contest.Judges[1])).GetAsync<BoardDto>($"/api/contests/{contest.ContestId}/board");

        board.NamesShown.ShouldBeFalse();
        board.Rows.ShouldAllBe(r => r.Names == null);
        board.Rows.Single(r => r.IsMine).DrawNumber.ShouldBe(1);
        raw.ShouldNotContain(contest.FirstEntrantName);
        raw.ShouldNotContain(contest.SecondEntrantName);
        judgeView.Rows.ShouldAllBe(r => r.Names == null && !r.IsMine);
        (mine.EntryId, mine.DrawNumber, mine.Total).ShouldBe((contest.SecondEntryId, (int?)1, (double?)77.5));
        var criteria = mine.Rounds.ShouldHaveSingleItem().Criteria;
        criteria.Select(c => c.Name).ShouldBe(["规范", "效率"]);
        criteria[0].JudgeScores.Order().ShouldBe([5m, 7m, 8m, 8m, 10m]);
        criteria[1].JudgeScores.Order().ShouldBe([15m, 22m, 24m, 24m, 30m]);
        (await (await _app.AsAsync(Demo.Staff)).Http.GetAsync($"/api/contests/{contest.ContestId}/my")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_contest_that_shows_names_shows_them_to_everyone_and_the_display_link_needs_no_sign_in()
    {
        var contest = await ScoredAsync(showNames: true);
        var token = await (await _app.AsAsync(Demo.Manager)).PostAsync<DisplayTokenDto>($"/api/contests/{contest.ContestId}/display-token", null);
        var screen = _app.CreateApiClient();

        var shown = await (await _app.AsAsync(contest.FirstEntrant)).GetAsync<BoardDto>($"/api/contests/{contest.ContestId}/board");
        var display = await screen.GetAsync<BoardDto>($"/api/public/contest-boards/{token.Token}");
        var wrong = await screen.Http.GetAsync($"/api/public/contest-boards/{token.Token}x");

        shown.Rows.Select(r => r.Names!.Single()).ShouldBe([contest.FirstEntrantName, contest.SecondEntrantName]);
        display.Rows.Select(r => r.Total).ShouldBe([82.5, 77.5]);
        display.Rows.ShouldAllBe(r => !r.IsMine);
        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_stream_marks_the_entrants_own_row_in_its_snapshot_then_sends_every_viewer_the_same_changed_row()
    {
        var contest = await _app.JudgedContestAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var mine = await BoardStream.OpenAsync(await _app.AsAsync(contest.FirstEntrant), contest.ContestId, timeout.Token);
        await using var other = await BoardStream.OpenAsync(await _app.AsAsync(contest.SecondEntrant), contest.ContestId, timeout.Token);
        await using var organiser = await BoardStream.OpenAsync(await _app.AsAsync(Demo.Manager), contest.ContestId, timeout.Token);

        await (await _app.AsAsync(contest.Judges[2])).SubmitAsync(contest, contest.FirstEntryId, 8m, 24m);
        var seenByEntrant = await mine.NextChangeRawAsync(timeout.Token);
        var seenByOther = await other.NextChangeRawAsync(timeout.Token);
        var seenByOrganiser = await organiser.NextChangeRawAsync(timeout.Token);

        mine.Snapshot.Rows.ShouldAllBe(r => r.Total == null && r.Names == null);
        mine.Snapshot.Rows.Single(r => r.IsMine).EntryId.ShouldBe(contest.FirstEntryId);
        other.Snapshot.Rows.Single(r => r.IsMine).EntryId.ShouldNotBe(contest.FirstEntryId);
        organiser.Snapshot.Rows.ShouldAllBe(r => r.Names != null);
        // Whose entry is whose and the names stay as the snapshot showed them: the change is one text for everyone.
        seenByOther.ShouldBe(seenByEntrant);
        seenByOrganiser.ShouldBe(seenByEntrant);
        var row = JsonSerializer.Deserialize<BoardChangeDto>(seenByEntrant, ApiClient.Json)!.Changed.ShouldHaveSingleItem();
        (row.EntryId, row.Total, row.IsMine, row.Names).ShouldBe((contest.FirstEntryId, (double?)80, false, (IReadOnlyList<string>?)null));
    }

    [Fact]
    public async Task A_closed_stream_no_longer_counts_as_a_viewer_of_the_contest()
    {
        var contest = await _app.JudgedContestAsync();
        var broadcaster = _app.Services.GetRequiredService<BoardBroadcaster>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var entrant = await BoardStream.OpenAsync(await _app.AsAsync(contest.FirstEntrant), contest.ContestId, timeout.Token);
        var organiser = await BoardStream.OpenAsync(await _app.AsAsync(Demo.Manager), contest.ContestId, timeout.Token);
        var whileOpen = broadcaster.SubscriberCount(contest.ContestId);

        await entrant.DisposeAsync();
        await organiser.DisposeAsync();
        while (broadcaster.SubscriberCount(contest.ContestId) > 0 && !timeout.IsCancellationRequested) await Task.Delay(20);

        whileOpen.ShouldBe(2);
        broadcaster.SubscriberCount(contest.ContestId).ShouldBe(0); // nobody watches: the refresher skips the contest
    }

    [Fact]
    public async Task A_stream_that_fell_behind_gets_a_fresh_snapshot_read_after_its_opening_scope_has_ended()
    {
        var contest = await ScoredAsync();
        var token = await (await _app.AsAsync(Demo.Manager)).PostAsync<DisplayTokenDto>($"/api/contests/{contest.ContestId}/display-token", null);
        var streams = _app.Services.GetRequiredService<BoardStreams>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // The start holds no scope: the snapshot was read in one that has ended, and a fresh one is read in another.
        var start = await streams.StartDisplayAsync(token.Token, timeout.Token);
        await using var events = streams.EventsAsync(start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        (await events.MoveNextAsync()).ShouldBeTrue();
        var first = (Type: events.Current.EventType, Board: JsonSerializer.Deserialize<BoardDto>(events.Current.Data, ApiClient.Json)!);
        for (var i = 0; i <= BoardBroadcaster.Backlog; i++) start.Subscription.Offer(new BoardChange("{}"));
        (await events.MoveNextAsync()).ShouldBeTrue();
        var fresh = (Type: events.Current.EventType, Board: JsonSerializer.Deserialize<BoardDto>(events.Current.Data, ApiClient.Json)!);

        (first.Type, fresh.Type).ShouldBe(("snapshot", "snapshot"));
        fresh.Board.Rows.Select(r => (r.DrawNumber, r.Total)).ShouldBe(first.Board.Rows.Select(r => (r.DrawNumber, r.Total)));
        fresh.Board.Rows.Select(r => r.Total).ShouldBe([82.5, 77.5]);
        Should.Throw<InvalidOperationException>(start.TakeSnapshot); // sent once, not kept for the stream's life
    }
}

/// <summary>A leaderboard's event stream read as a viewer: the first snapshot, then each "changes" event.</summary>
internal sealed class BoardStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;
    private readonly IAsyncEnumerator<SseItem<string>> _events;

    private BoardStream(HttpResponseMessage response, Stream body, IAsyncEnumerator<SseItem<string>> events, BoardDto snapshot) =>
        (_response, _body, _events, Snapshot) = (response, body, events, snapshot);

    public BoardDto Snapshot { get; }

    public static async Task<BoardStream> OpenAsync(ApiClient viewer, Guid contestId, CancellationToken cancellationToken)
    {
        var response = await viewer.Http.GetAsync($"/api/contests/{contestId}/board/stream", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var events = SseParser.Create(body).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        (await events.MoveNextAsync()).ShouldBeTrue();
        events.Current.EventType.ShouldBe("snapshot");
        return new BoardStream(response, body, events, JsonSerializer.Deserialize<BoardDto>(events.Current.Data, ApiClient.Json)!);
    }

    /// <summary>The next "changes" event's JSON, as sent.</summary>
    public async Task<string> NextChangeRawAsync(CancellationToken cancellationToken)
    {
        while (await _events.MoveNextAsync())
            if (_events.Current.EventType == "changes") return _events.Current.Data;
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("the stream ended before a change");
    }

    public async ValueTask DisposeAsync()
    {
        await _events.DisposeAsync();
        await _body.DisposeAsync();
        _response.Dispose();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContestBoardTests_Sqlite(SqliteAppFixture fixture) : ContestBoardTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class ContestBoardTests_PostgreSql(PostgreSqlAppFixture fixture) : ContestBoardTests(fixture);
