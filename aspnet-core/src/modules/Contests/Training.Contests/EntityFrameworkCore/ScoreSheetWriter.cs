using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Training.Contests.Domain;
using Training.SharedKernel.Data;

namespace Training.Contests.EntityFrameworkCore;

/// <summary>
/// Writes a judge's save or submit of a sheet as one plain statement, without tracking the sheet: an INSERT of a new
/// sheet (nothing when the judge's sheet for that entry appeared meanwhile: a second click), or an UPDATE of a draft only
/// while it is still at the version read. A sheet has no audit columns and raises no events, so SaveChanges had nothing
/// more to do; its change tracking and command building were a visible share of a round's rush (4,000 sheets in
/// minutes; <c>etc/bench.sh contest-judging</c>). Table, columns and stored values come from the EF model (names and
/// value converters), worked out once per model, as for the exam's save of answers (<c>ExamAttemptAnswerWriter</c>).
/// </summary>
internal sealed class ScoreSheetWriter(ContestsDbContext db)
{
    private static readonly PerModel<Statements> ByModel = new();

    /// <summary>Inserts a new sheet; false when the judge already has one for the entry in the round.</summary>
    public async Task<bool> InsertAsync(ScoreSheet sheet, CancellationToken cancellationToken)
    {
        var statements = For();
        object[] values = [sheet.Id, sheet.ContestId, sheet.RoundId, sheet.EntryId, sheet.JudgeStaffId, statements.Scores(sheet.CriterionScores),
            statements.Total(sheet.Total), statements.At(sheet.SavedAt), sheet.Locked, sheet.Version];
        return sheet.SubmittedAt is { } submittedAt
            ? await db.Database.ExecuteSqlRawAsync(statements.InsertSubmitted, [.. values, statements.At(submittedAt)], cancellationToken) > 0
            : await db.Database.ExecuteSqlRawAsync(statements.InsertDraft, values, cancellationToken) > 0;
    }

    /// <summary>Writes a saved or submitted draft; false when someone changed it since <paramref name="readVersion"/>.</summary>
    public async Task<bool> UpdateAsync(ScoreSheet sheet, int readVersion, CancellationToken cancellationToken)
    {
        var statements = For();
        object[] values = [statements.Scores(sheet.CriterionScores), statements.Total(sheet.Total), statements.At(sheet.SavedAt), sheet.Locked,
            sheet.Version, sheet.Id, readVersion];
        return sheet.SubmittedAt is { } submittedAt
            ? await db.Database.ExecuteSqlRawAsync(statements.UpdateSubmitted, [.. values, statements.At(submittedAt)], cancellationToken) > 0
            : await db.Database.ExecuteSqlRawAsync(statements.UpdateDraft, values, cancellationToken) > 0;
    }

    private Statements For() => ByModel.For(db, c => new Statements(c.Model, c.GetService<ISqlGenerationHelper>()));

    /// <summary>
    /// The four statements; a NULL is written in the text, not passed: EF cannot type a DBNull argument. Arguments:
    /// insert {0} Id … {9} Version ({10} SubmittedAt); update {0} scores … {4} Version, {5} Id, {6} version read ({7} SubmittedAt).
    /// </summary>
    private sealed class Statements
    {
        public Statements(IModel model, ISqlGenerationHelper sql)
        {
            var table = new MappedTable(model, typeof(ScoreSheet), sql);
            Scores = table.Stored<IReadOnlyList<decimal>>(nameof(ScoreSheet.CriterionScores));
            Total = table.Stored<decimal>(nameof(ScoreSheet.Total));
            At = table.Stored<DateTime>(nameof(ScoreSheet.SavedAt));

            var insertColumns = string.Join(", ", new[]
            {
                nameof(ScoreSheet.Id), nameof(ScoreSheet.ContestId), nameof(ScoreSheet.RoundId), nameof(ScoreSheet.EntryId), nameof(ScoreSheet.JudgeStaffId),
                nameof(ScoreSheet.CriterionScores), nameof(ScoreSheet.Total), nameof(ScoreSheet.SavedAt), nameof(ScoreSheet.Locked), nameof(ScoreSheet.Version),
                nameof(ScoreSheet.SubmittedAt),
            }.Select(table.Column));
            string Insert(string submittedAt) =>
                $"INSERT INTO {table.Name} ({insertColumns}) VALUES ({{0}}, {{1}}, {{2}}, {{3}}, {{4}}, {{5}}, {{6}}, {{7}}, {{8}}, {{9}}, {submittedAt}) ON CONFLICT DO NOTHING";
            InsertSubmitted = Insert("{10}");
            InsertDraft = Insert("NULL");

            var version = table.Column(nameof(ScoreSheet.Version));
            string Update(string submittedAt) =>
                $"UPDATE {table.Name} SET {table.Column(nameof(ScoreSheet.CriterionScores))} = {{0}}, {table.Column(nameof(ScoreSheet.Total))} = {{1}}, "
                + $"{table.Column(nameof(ScoreSheet.SavedAt))} = {{2}}, {table.Column(nameof(ScoreSheet.Locked))} = {{3}}, {version} = {{4}}, "
                + $"{table.Column(nameof(ScoreSheet.SubmittedAt))} = {submittedAt} WHERE {table.Column(nameof(ScoreSheet.Id))} = {{5}} AND {version} = {{6}}";
            UpdateSubmitted = Update("{7}");
            UpdateDraft = Update("NULL");
        }

        public string InsertSubmitted { get; }
        public string InsertDraft { get; }
        public string UpdateSubmitted { get; }
        public string UpdateDraft { get; }

        public Func<IReadOnlyList<decimal>, object> Scores { get; }
        public Func<decimal, object> Total { get; }
        public Func<DateTime, object> At { get; }
    }
}
