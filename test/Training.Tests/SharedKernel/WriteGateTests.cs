using System.Data.Common;
using Microsoft.Data.Sqlite;
using Training.SharedKernel.Data;

namespace Training.Tests.SharedKernel;

/// <summary>SQLite's writers queue in the process (in order, no 150 ms busy sleeps); a unit of work never waits for itself.</summary>
public sealed class WriteGateTests
{
    private sealed class Factory(WriteGate? gate) : IDbConnectionFactory
    {
        public WriteGate? WriteGate { get; } = gate;
        public DbConnection Create() => new SqliteConnection("Data Source=:memory:");
    }

    [Fact]
    public async Task Should_let_the_second_writer_in_only_when_the_first_ends_its_turn()
    {
        var factory = new Factory(new WriteGate());
        await using var first = new UnitOfWork(factory);
        await using var second = new UnitOfWork(factory);

        var outer = await first.EnterWriteAsync();
        var inner = await first.EnterWriteAsync(); // reentrant: the same unit of work does not wait for itself
        var waiting = second.EnterWriteAsync().AsTask();
        await Task.Delay(50);
        var waitedWhileHeld = !waiting.IsCompleted;
        inner.Dispose();
        await Task.Delay(50);
        var waitedAfterInner = !waiting.IsCompleted;
        outer.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();

        waitedWhileHeld.ShouldBeTrue();
        waitedAfterInner.ShouldBeTrue(); // only the outermost turn lets the next writer in
    }

    [Fact]
    public async Task Should_hold_the_turn_for_a_whole_transaction()
    {
        var factory = new Factory(new WriteGate());
        await using var first = new UnitOfWork(factory);
        await using var second = new UnitOfWork(factory);

        var transaction = await first.BeginAsync();
        var waiting = second.EnterWriteAsync().AsTask();
        await Task.Delay(50);
        var waitedDuringTransaction = !waiting.IsCompleted;
        await transaction.CommitAsync();

        waitedDuringTransaction.ShouldBeTrue();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Should_not_queue_anyone_without_a_gate()
    {
        var factory = new Factory(null);
        await using var first = new UnitOfWork(factory);
        await using var second = new UnitOfWork(factory);

        using var a = await first.EnterWriteAsync();
        var b = second.EnterWriteAsync();

        b.IsCompleted.ShouldBeTrue();
    }
}
