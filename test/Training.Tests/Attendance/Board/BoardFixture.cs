using Training.Tests.Infrastructure;

namespace Training.Tests.Attendance.Board;

/// <summary>
/// The board area's tests share one app per provider whose clock stands at Monday 2026-11-23 10:00 in Shanghai. Each
/// test class writes its own months or people (my month: October; the report: September; the board and the home page:
/// November, different people), so they stay independent in any order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BoardSqliteCollection : ICollectionFixture<SqliteClockedAppFixture>
{
    public const string Name = "attendance-board-sqlite";
}

[CollectionDefinition(Name)]
public sealed class BoardPostgreSqlCollection : ICollectionFixture<PostgreSqlClockedAppFixture>
{
    public const string Name = "attendance-board-postgresql";
}
