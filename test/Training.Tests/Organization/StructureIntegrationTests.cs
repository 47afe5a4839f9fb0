using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Tests.Infrastructure;

namespace Training.Tests.Organization;

/// <summary>Halls, units and windows as other modules read them: by ids, or all of a parent, with the hall's time zone.</summary>
public abstract class StructureIntegrationTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    private Task<T> StructureAsync<T>(Func<IStructureIntegrationService, Task<T>> action) =>
        _app.WithScopeAsync(sp => action(sp.GetRequiredService<IStructureIntegrationService>()));

    [Fact]
    public async Task Should_read_a_hall_its_units_and_their_windows_in_one_call_each()
    {
        var hallId = await _app.HallIdAsync("GXQ");

        var hall = (await StructureAsync(s => s.GetHallsAsync([hallId]))).ShouldHaveSingleItem();
        var units = await StructureAsync(s => s.GetUnitsAsync(null, [hallId]));
        var windows = await StructureAsync(s => s.GetWindowsAsync(null, units.Select(u => u.Id).ToList()));

        hall.TimeZone.ShouldBe("Asia/Shanghai");
        units.ShouldNotBeEmpty();
        units.ShouldAllBe(u => u.HallId == hallId);
        windows.ShouldNotBeEmpty();
        windows.ShouldAllBe(w => w.HallId == hallId && units.Any(u => u.Id == w.UnitId));
        (await StructureAsync(s => s.GetWindowsAsync([windows[0].Id]))).ShouldHaveSingleItem().Code.ShouldBe(windows[0].Code);
        (await StructureAsync(s => s.GetUnitsAsync([Guid.NewGuid()]))).ShouldBeEmpty();
        (await StructureAsync(s => s.GetHallsAsync())).Count.ShouldBeGreaterThan(1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StructureIntegrationTests_Sqlite(SqliteAppFixture fixture) : StructureIntegrationTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class StructureIntegrationTests_PostgreSql(PostgreSqlAppFixture fixture) : StructureIntegrationTests(fixture);
