using Training.Platform.Domain;

namespace Training.Tests.Platform;

/// <summary>The canonical encoding behind each row's hash: every field counts, null is not empty, fields do not run together.</summary>
public sealed class AuditChainHashTests
{
    private static AuditLog Row() => new()
    {
        Id = Guid.Parse("0b5c3a52-3f0e-4d5e-9d51-6a0f6f5f8f11"), At = new DateTime(2026, 3, 1, 8, 30, 0, DateTimeKind.Utc).AddTicks(1234567),
        UserId = null, UserName = "S0001", Method = "POST", Path = "/api/organization/staff", StatusCode = 200, DurationMs = 12,
        ClientIp = "198.51.100.1", ErrorCode = null, Sequence = 7,
    };

    [Fact]
    public void Should_change_with_every_field_and_the_previous_hash()
    {
        var previous = AuditChainHash.Genesis;
        var original = AuditChainHash.Compute(Row(), previous);
        var variants = new Action<AuditLog>[]
        {
            r => r.Sequence = 8, r => r.Id = Guid.NewGuid(), r => r.At = r.At.AddMilliseconds(1), r => r.UserId = Guid.Empty,
            r => r.UserName = "S0002", r => r.Method = "PUT", r => r.Path += "/x", r => r.StatusCode = 201, r => r.DurationMs = 13,
            r => r.ClientIp = null, r => r.ErrorCode = "",
        };

        foreach (var change in variants)
        {
            var row = Row();
            change(row);
            AuditChainHash.Compute(row, previous).ShouldNotBe(original);
        }
        AuditChainHash.Compute(Row(), new string('1', 64)).ShouldNotBe(original);
        original.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Should_keep_fields_apart_and_ignore_what_PostgreSQL_does_not_store()
    {
        var one = Row();
        one.UserName = "S0001P";
        one.Method = "OST";
        var two = Row();
        var finerThanMicroseconds = Row();
        finerThanMicroseconds.At = finerThanMicroseconds.At.AddTicks(-(finerThanMicroseconds.At.Ticks % 10));

        AuditChainHash.Compute(one, AuditChainHash.Genesis).ShouldNotBe(AuditChainHash.Compute(two, AuditChainHash.Genesis));
        AuditChainHash.Compute(finerThanMicroseconds, AuditChainHash.Genesis).ShouldBe(AuditChainHash.Compute(Row(), AuditChainHash.Genesis));
    }
}
