using Microsoft.Extensions.DependencyInjection;
using Training.Bulletins.Kinds;
using Training.Documents;
using Training.Ratings;
using Training.Ratings.Bulletins;
using Training.Tests.Documents;
using Training.Tests.Infrastructure;

namespace Training.Tests.Ratings;

/// <summary>The monthly bad-rating bulletin of a hall: per unit counts, then the overdue and unresolved cases named by unit, read back from the PDF.</summary>
public abstract class RatingBulletinTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_print_the_units_counts_and_name_the_overdue_and_unresolved_cases()
    {
        var place = await _app.PlaceOfAsync(Demo.Staff);
        var day = new DateOnly(2024, 6, 3);
        await _app.AddRatingAsync(place, day, RatingLevel.Dissatisfied, realName: true,
            steps: c =>
            {
                StatisticsRatings.CalledBackAndRectified(day.AddDays(1), day.AddDays(2))(c);
                c.Answer("已整改", DateTime.UtcNow, new string('b', 64), DateTime.UtcNow.AddDays(15));
                c.Close(DateTime.UtcNow, followUpRecorded: true, Guid.NewGuid());
            });
        await _app.AddRatingAsync(place, day, RatingLevel.VeryDissatisfied); // open, past its deadlines: overdue
        await _app.AddRatingAsync(place, day, RatingLevel.VerySatisfied);
        var subject = new BulletinSubject(BulletinScope.Hall, place.HallId, BulletinPeriod.OfMonth(2024, 6));

        var (kind, body) = await _app.WithScopeAsync(async sp =>
        {
            var k = sp.GetServices<IBulletinKind>().OfType<BadRatingBulletinKind>().Single();
            return (k, await k.ComposeAsync(subject, CancellationToken.None));
        });
        var (rows, open) = await _app.WithScopeAsync(async sp =>
            await sp.GetServices<IBulletinKind>().OfType<BadRatingBulletinKind>().Single().RowsAsync(subject, CancellationToken.None));
        var document = new DocumentBuilder().Title(body.Title);
        body.Compose(document);
        var (pdf, _) = TestFonts.RenderToArtifact(document, $"ratings-bad-rating-bulletin-{_app.Database.Provider}");
        var text = PdfTools.Text(pdf);

        kind.Info.Code.ShouldBe("ratings.bad-rating-monthly");
        body.Title.ShouldBe("关于2024年6月差评整改情况的通报");
        var unit = rows.Single(r => r.Bad > 0);
        (unit.Bad, unit.Closed, unit.OnTime, unit.Overdue, unit.Unresolved).ShouldBe((2, 1, 1, 1, 1));
        open.Single().Overdue.ShouldBeTrue();
        text.ShouldContain("关于2024年6月差评整改情况的通报");
        text.ShouldContain("共收到差评 2 件，已办结 1 件");
        text.ShouldContain("超期未办结 1 件");
        text.ShouldContain(unit.UnitName);
        text.ShouldContain("非常不满意");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RatingBulletinTests_Sqlite(SqliteAppFixture fixture) : RatingBulletinTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class RatingBulletinTests_PostgreSql(PostgreSqlAppFixture fixture) : RatingBulletinTests(fixture);
