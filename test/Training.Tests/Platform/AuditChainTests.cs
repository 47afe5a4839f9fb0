using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.Platform.Domain;
using Training.Platform.EntityFrameworkCore;
using Training.SharedKernel.Auditing;
using Training.Tests.Http;
using Training.Tests.Infrastructure;

namespace Training.Tests.Platform;

/// <summary>
/// The audit log's hash chain: it holds after many concurrent writers and several sealers (two nodes on PostgreSQL),
/// and a changed field, a deleted row or two swapped rows break it at the row they touched — which the check command
/// names, with its exit code. Each provider gets its own database whose background sealer is slowed down, so the tests
/// seal when they choose.
/// </summary>
public abstract class AuditChainTests(AuditChainFixture fixture)
{
    private readonly TrainingApp _app = fixture.NodeA;

    [Fact]
    public async Task Should_verify_the_chain_after_concurrent_writes_and_sealers()
    {
        var nodes = new[] { fixture.NodeA, fixture.NodeB };
        using var writing = new CancellationTokenSource();
        var sealers = nodes.SelectMany(n => new[] { n, n }).Select(node => Task.Run(async () =>
        {
            var sealedRows = 0;
            while (!writing.IsCancellationRequested)
            {
                sealedRows += await Chain(node).SealAsync();
                await Task.Delay(5);
            }
            return sealedRows;
        })).ToList();
        var admin = _app.CreateApiClient();
        await admin.LoginAsync(Demo.Admin);

        var writes = Enumerable.Range(0, 300).Select(i => Task.Run(async () =>
        {
            if (i % 10 == 0)
            {
                (await admin.PostRawAsync($"/api/platform/notifications/{Guid.NewGuid()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
                return;
            }
            await using var scope = nodes[i % 2].Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLogWriter>().WriteAsync([Record($"/api/concurrent/{i}", DateTime.UtcNow)]);
        }));
        await Task.WhenAll(writes);
        await _app.FlushAuditAsync(); // the HTTP requests' lines, queued by the app
        await writing.CancelAsync();
        var sealedBySealers = (await Task.WhenAll(sealers)).Sum();
        await Chain(fixture.NodeB).SealAsync();

        var report = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1));
        var rows = await _app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLogs.CountAsync());
        report.Break.ShouldBeNull();
        report.UnsealedRows.ShouldBe(0);
        report.SealedRows.ShouldBe(rows);
        sealedBySealers.ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("change")]
    [InlineData("delete")]
    [InlineData("swap")]
    public async Task Should_name_the_row_where_tampering_breaks_the_chain(string tampering)
    {
        var (row, next) = await TwoSealedRowsAsync();
        var sequence = row.Sequence!.Value;

        await TamperAsync(tampering, row, next);
        AuditChainReport report;
        try
        {
            report = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1));
        }
        finally
        {
            await RestoreAsync(tampering, row, next);
        }

        var broken = report.Break.ShouldNotBeNull();
        broken.Sequence.ShouldBe(sequence);
        report.SealedRows.ShouldBe(sequence - 1);
        switch (tampering)
        {
            case "change":
                broken.RowId.ShouldBe(row.Id);
                broken.Problem.ShouldContain("hash does not match");
                break;
            case "delete":
                broken.RowId.ShouldBeNull();
                broken.Problem.ShouldContain($"row #{sequence} is missing");
                break;
            case "swap":
                broken.RowId.ShouldBe(next.Id); // now in the first one's place, with a hash made for the place after it
                break;
        }
        (await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1))).Intact.ShouldBeTrue(); // restored
    }

    [Fact]
    public async Task Should_detect_against_a_noted_head_an_end_cut_off_or_recomputed()
    {
        var (row, next) = await TwoSealedRowsAsync(); // the chain goes on after them
        var anchor = new AuditChainAnchor(next.Sequence!.Value, next.Hash!);
        var tail = await WithDbAsync(db => db.AuditLogs.AsNoTracking().Where(a => a.Sequence >= next.Sequence).ToListAsync());

        (await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1), anchor)).Intact.ShouldBeTrue();
        await WithDbAsync(db => db.AuditLogs.Where(a => a.Sequence >= next.Sequence).ExecuteDeleteAsync());
        var cutWithout = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1));
        var cutWith = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1), anchor);
        // Someone who can write to the database changes the last row and recomputes its hash: the chain alone holds.
        var forged = new AuditLog
        {
            Id = next.Id, At = next.At, UserId = next.UserId, UserName = "forged", Method = next.Method, Path = next.Path,
            StatusCode = next.StatusCode, DurationMs = next.DurationMs, ClientIp = next.ClientIp, ErrorCode = next.ErrorCode, Sequence = next.Sequence,
        };
        forged.Hash = AuditChainHash.Compute(forged, row.Hash!);
        await WithDbAsync(async db => { db.AuditLogs.Add(forged); return await db.SaveChangesAsync(); });
        var forgedWithout = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1));
        var forgedWith = await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1), anchor);
        await WithDbAsync(async db =>
        {
            await db.AuditLogs.Where(a => a.Id == next.Id).ExecuteDeleteAsync();
            db.AuditLogs.AddRange(tail);
            return await db.SaveChangesAsync();
        });

        cutWithout.Intact.ShouldBeTrue();
        cutWith.Break.ShouldNotBeNull().Problem.ShouldContain("cut off");
        forgedWithout.Intact.ShouldBeTrue();
        forgedWith.Break.ShouldNotBeNull().ShouldSatisfyAllConditions(b => b.Sequence.ShouldBe(next.Sequence!.Value), b => b.RowId.ShouldBe(next.Id));
        (await Chain(_app).VerifyAsync(TimeSpan.FromMinutes(1), anchor)).Intact.ShouldBeTrue(); // restored
    }

    [Fact]
    public async Task Should_answer_the_check_command_with_its_exit_code()
    {
        var (row, next) = await TwoSealedRowsAsync();

        var intact = await RunCheckAsync();
        var anchored = await RunCheckAsync("--expect", $"{next.Sequence}:{next.Hash}");
        var wrongAnchor = await RunCheckAsync("--expect", $"{next.Sequence}:{new string('0', 64)}");
        await TamperAsync("change", row, next);
        (int Code, string Output) broken;
        try
        {
            broken = await RunCheckAsync();
        }
        finally
        {
            await RestoreAsync("change", row, next);
        }
        await WriteAsync(Record("/api/left-unsealed", DateTime.UtcNow.AddMinutes(-5)));
        var unsealed = await RunCheckAsync();
        await Chain(_app).SealAsync();
        var sealedAgain = await RunCheckAsync();

        intact.Code.ShouldBe(0, intact.Output);
        intact.Output.ShouldContain("Audit chain intact");
        anchored.Code.ShouldBe(0, anchored.Output);
        wrongAnchor.Code.ShouldBe(1, wrongAnchor.Output);
        wrongAnchor.Output.ShouldContain($"BROKEN at #{next.Sequence}");
        broken.Code.ShouldBe(1, broken.Output);
        broken.Output.ShouldContain($"BROKEN at #{row.Sequence}");
        broken.Output.ShouldContain(row.Id.ToString());
        unsealed.Code.ShouldBe(2, unsealed.Output);
        unsealed.Output.ShouldContain("UNSEALED: 1 of 1");
        sealedAgain.Code.ShouldBe(0, sealedAgain.Output);
    }

    [Fact]
    public async Task Should_seal_what_a_node_wrote_when_it_stops()
    {
        var id = Guid.NewGuid();
        await using (var node = new TrainingApp(fixture.Database.Borrow(), settings: AuditChainFixture.SlowSealer))
        {
            // Queued as a request queues it: a stopping node writes its queue before the sealer's last round.
            await node.Services.GetRequiredService<AuditTrail>().RecordAsync(Record($"/api/stopping/{id}", DateTime.UtcNow));
        }

        var row = await _app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLogs.SingleAsync(a => a.Path == $"/api/stopping/{id}"));
        row.Sequence.ShouldNotBeNull();
    }

    private static IAuditChain Chain(TrainingApp app) => app.Services.GetRequiredService<IAuditChain>();

    private static AuditRecord Record(string path, DateTime at) =>
        new(at, Guid.NewGuid(), "审计测试", "POST", path, 200, 3, "192.0.2.1", null);

    private async Task WriteAsync(AuditRecord record)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLogWriter>().WriteAsync([record]);
    }

    /// <summary>Two consecutive sealed rows in the middle of the chain (rows are written and sealed after them).</summary>
    private async Task<(AuditLog Row, AuditLog Next)> TwoSealedRowsAsync()
    {
        for (var i = 0; i < 6; i++) await WriteAsync(Record($"/api/tamper/{Guid.NewGuid()}", DateTime.UtcNow));
        await Chain(_app).SealAsync();
        return await _app.WithScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<PlatformDbContext>().AuditLogs.AsNoTracking().Where(a => a.Sequence != null)
                .OrderByDescending(a => a.Sequence).Skip(3).Take(2).ToListAsync();
            return (rows[1], rows[0]);
        });
    }

    private Task TamperAsync(string tampering, AuditLog row, AuditLog next) => WithDbAsync(async db =>
    {
        switch (tampering)
        {
            case "change":
                await db.AuditLogs.Where(a => a.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.StatusCode, 204));
                break;
            case "delete":
                await db.AuditLogs.Where(a => a.Id == row.Id).ExecuteDeleteAsync();
                break;
            case "swap":
                await SetSequenceAsync(db, row.Id, -1);
                await SetSequenceAsync(db, next.Id, row.Sequence!.Value);
                await SetSequenceAsync(db, row.Id, next.Sequence!.Value);
                break;
        }
    });

    private Task RestoreAsync(string tampering, AuditLog row, AuditLog next) => WithDbAsync(async db =>
    {
        switch (tampering)
        {
            case "change":
                await db.AuditLogs.Where(a => a.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.StatusCode, row.StatusCode));
                break;
            case "delete":
                db.AuditLogs.Add(row);
                await db.SaveChangesAsync();
                break;
            case "swap":
                await SetSequenceAsync(db, row.Id, -1);
                await SetSequenceAsync(db, next.Id, next.Sequence!.Value);
                await SetSequenceAsync(db, row.Id, row.Sequence!.Value);
                break;
        }
    });

    private static Task SetSequenceAsync(PlatformDbContext db, Guid id, long sequence) =>
        db.AuditLogs.Where(a => a.Id == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Sequence, (long?)sequence));

    private Task WithDbAsync(Func<PlatformDbContext, Task> action) =>
        _app.WithScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<PlatformDbContext>());
            return 0;
        });

    private Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> action) =>
        _app.WithScopeAsync(sp => action(sp.GetRequiredService<PlatformDbContext>()));

    /// <summary>Runs <c>Training.DbMigrator audit-check</c> (built beside this test assembly's configuration) on the database.</summary>
    private async Task<(int Code, string Output)> RunCheckAsync(params string[] options)
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var migrator = Path.Combine(GeneratedClientFiles.RepositoryRoot(), "aspnet-core", "src", "Training.DbMigrator", "bin",
            testBin.Parent!.Name, testBin.Name, "Training.DbMigrator.dll");
        File.Exists(migrator).ShouldBeTrue($"{migrator} is built with the solution");
        var start = new ProcessStartInfo("dotnet", [migrator, "audit-check", .. options])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = fixture.Database.Provider.ToString(),
                ["ConnectionStrings__Default"] = fixture.Database.ConnectionString,
                ["DataProtection__CertificatePath"] = TestCertificate.Path,
                ["DataProtection__CertificatePassword"] = TestCertificate.Password,
                ["Serilog__MinimumLevel__Default"] = "Warning",
            },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}

/// <summary>A database of its own per provider; on PostgreSQL two nodes, as a province runs them.</summary>
public abstract class AuditChainFixture : IAsyncLifetime
{
    /// <summary>The background sealer waits an hour: the tests seal themselves (the shared apps seal every 2 s).</summary>
    public static readonly IReadOnlyDictionary<string, string> SlowSealer = new Dictionary<string, string> { ["Audit:SealSeconds"] = "3600" };

    public abstract DatabaseProvider Provider { get; }

    public TestDatabase Database { get; private set; } = null!;

    public TrainingApp NodeA { get; private set; } = null!;

    /// <summary>A second node on PostgreSQL; on SQLite (one node per database file) the same app.</summary>
    public TrainingApp NodeB { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Database = TestDatabase.Create(Provider);
        NodeA = new TrainingApp(Database, settings: SlowSealer);
        _ = NodeA.Server;
        NodeB = Provider == DatabaseProvider.PostgreSql ? new TrainingApp(Database.Borrow(), settings: SlowSealer) : NodeA;
        _ = NodeB.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (NodeB != NodeA) await NodeB.DisposeAsync();
        await NodeA.DisposeAsync();
    }
}

public sealed class SqliteAuditChainFixture : AuditChainFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgreSqlAuditChainFixture : AuditChainFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}

public sealed class AuditChainTests_Sqlite(SqliteAuditChainFixture fixture) : AuditChainTests(fixture), IClassFixture<SqliteAuditChainFixture>;

public sealed class AuditChainTests_PostgreSql(PostgreSqlAuditChainFixture fixture) : AuditChainTests(fixture), IClassFixture<PostgreSqlAuditChainFixture>;
