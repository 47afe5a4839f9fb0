using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Training.Learning.Domain;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;

namespace Training.Learning.EntityFrameworkCore;

/// <summary>
/// Writes a save of answers as one UPDATE, without loading or tracking the attempt: the answers, the next version and
/// the audit columns (<c>ModifiedAt</c>, <c>ModifiedBy</c>, stamped as SaveChanges stamps them), only while the attempt
/// is still at the version read and in progress. Table, columns and stored values come from the EF model (names and
/// value converters), worked out once per model: the save is the exam sitting's hottest request, and EF's
/// expression-tree work for an ExecuteUpdate was a visible share of the sitting's CPU (perf).
/// </summary>
internal sealed class ExamAttemptAnswerWriter(LearningDbContext db, ICurrentUser currentUser)
{
    private static readonly PerModel<Statement> Statements = new();

    /// <summary>Saves the merged answers; false when someone changed the attempt since <paramref name="version"/> or it closed.</summary>
    public async Task<bool> SaveAnswersAsync(Guid attemptId, int version, IReadOnlyDictionary<int, string?> answers, DateTime now,
        CancellationToken cancellationToken)
    {
        var statement = Statements.For(db, c => new Statement(c.Model, c.GetService<ISqlGenerationHelper>()));
        // Without a caller (the start-up warm-up) ModifiedBy is written as NULL in the text: EF cannot type a DBNull argument.
        object[] arguments = currentUser.UserId is { } userId
            ? [statement.Answers(answers), version + 1, statement.ModifiedAt(now), attemptId, version, statement.InProgress, userId]
            : [statement.Answers(answers), version + 1, statement.ModifiedAt(now), attemptId, version, statement.InProgress];
        var written = await db.Database.ExecuteSqlRawAsync(currentUser.UserId is null ? statement.SqlWithoutUser : statement.Sql,
            arguments, cancellationToken);
        return written > 0;
    }

    private sealed class Statement
    {
        public Statement(IModel model, ISqlGenerationHelper sql)
        {
            var table = new MappedTable(model, typeof(ExamAttempt), sql);
            Answers = table.Stored<IReadOnlyDictionary<int, string?>>(nameof(ExamAttempt.Answers));
            ModifiedAt = table.Stored<DateTime>(nameof(ExamAttempt.ModifiedAt));
            InProgress = table.Stored<AttemptStatus>(nameof(ExamAttempt.Status))(AttemptStatus.InProgress);
            var version = table.Column(nameof(ExamAttempt.Version));
            string Update(string modifiedBy) =>
                $"UPDATE {table.Name} SET {table.Column(nameof(ExamAttempt.Answers))} = {{0}}, {version} = {{1}}, "
                + $"{table.Column(nameof(ExamAttempt.ModifiedAt))} = {{2}}, {table.Column(nameof(ExamAttempt.ModifiedBy))} = {modifiedBy} "
                + $"WHERE {table.Column(nameof(ExamAttempt.Id))} = {{3}} AND {version} = {{4}} AND {table.Column(nameof(ExamAttempt.Status))} = {{5}}";
            Sql = Update("{6}");
            SqlWithoutUser = Update("NULL");
        }

        /// <summary><c>UPDATE "Learning_ExamAttempts" SET "Answers" = {0}, "Version" = {1}, … "ModifiedBy" = {6} WHERE "Id" = {3} AND "Version" = {4} AND "Status" = {5}</c>.</summary>
        public string Sql { get; }

        /// <summary>The same with <c>"ModifiedBy" = NULL</c> and no seventh argument.</summary>
        public string SqlWithoutUser { get; }

        public Func<IReadOnlyDictionary<int, string?>, object> Answers { get; }

        public Func<DateTime, object> ModifiedAt { get; }

        /// <summary><see cref="AttemptStatus.InProgress"/> as the column stores it.</summary>
        public object InProgress { get; }
    }
}
