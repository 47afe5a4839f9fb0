using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Data;
using Training.Tests.Infrastructure;

namespace Training.Tests.SharedKernel;

/// <summary>Events are written with the state in one transaction, and drained once.</summary>
public abstract class OutboxTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_write_no_event_when_the_state_change_rolls_back()
    {
        var number = $"RB{Random.Shared.Next(100000, 999999)}";
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            var hall = await db.Halls.FirstAsync();
            await using var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync();
            db.Staff.Add(new StaffMember(Guid.NewGuid(), number, "回滚", StaffKind.Own, null, hall.Id, null));
            await db.SaveChangesAsync();
            return 0; // disposed without commit: rolled back
        });

        var (staff, events) = await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            return (await db.Staff.CountAsync(s => s.StaffNumber == number),
                (await db.Outbox.Select(m => m.Payload).ToListAsync()).Count(p => p.Contains(number)));
        });
        staff.ShouldBe(0);
        events.ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_the_event_with_the_state_and_deliver_it_once()
    {
        var number = $"EV{Random.Shared.Next(100000, 999999)}";
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrganizationDbContext>();
            var hall = await db.Halls.FirstAsync();
            db.Staff.Add(new StaffMember(Guid.NewGuid(), number, "事件", StaffKind.Own, null, hall.Id, null));
            return await db.SaveChangesAsync();
        });
        var processor = _app.Services.GetRequiredService<OutboxProcessor>();

        var first = await processor.DrainAsync();
        var second = await processor.DrainAsync();

        first.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldBe(0);
        var row = await _app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<OrganizationDbContext>().Outbox.ToListAsync()).Single(m => m.Payload.Contains(number)));
        row.ProcessedAt.ShouldNotBeNull();
        row.Type.ShouldBe("Training.Organization.Events.StaffMemberCreatedEto, Training.Organization.Contracts");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OutboxTests_Sqlite(SqliteAppFixture fixture) : OutboxTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class OutboxTests_PostgreSql(PostgreSqlAppFixture fixture) : OutboxTests(fixture);
