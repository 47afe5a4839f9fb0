using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;

namespace Training.Learning.Application;

/// <summary>
/// Once, after start-up: one made-up sitting (a question, an exam, an attempt started, saved, handed in), inside a
/// transaction that is rolled back, so nothing of it stays. It runs the sitting's own code (AttemptService), so EF has
/// compiled its queries and updates, the JSON of papers, outbox events and responses is set up and the methods are
/// jitted before the first taker arrives. Without it the first starts of a contest on a fresh host queued behind that
/// work, and the first hand-ins of the contest's last minutes did again (the submit path had never run).
/// Off with <c>Learning:WarmUp=false</c>; a failure is logged and changes nothing.
/// </summary>
internal sealed class ExamWarmUp(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IConfiguration configuration,
    ILogger<ExamWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Learning:WarmUp", true)) return;
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task; // after the database is prepared and the server listens
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "The exam warm-up failed; the first exam requests will be slower");
        }
    }

    /// <summary>The made-up sitting, rolled back. Internal for the test that checks nothing of it stays.</summary>
    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken); // never committed
        var db = services.GetRequiredService<LearningDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var tag = Guid.NewGuid().ToString("N");

        var category = new QuestionCategory(Guid.NewGuid(), $"warm-up {tag}");
        var question = new Question(Guid.NewGuid(), tag, category.Id,
            QuestionType.SingleChoice, Difficulty.Easy, "warm-up", ["a", "b"], "A", null, []);
        var exam = new Exam(Guid.NewGuid());
        exam.Define(new SaveExamInput("warm-up", null, false, PaperMode.Fixed, [question.Id], 1, null, 60, now.AddHours(-1), now.AddHours(1), 1, 1,
            GradingPolicy.Highest, ShuffleQuestions: true, ShuffleOptions: false)); // "A" passes: the hand-in writes its event too
        db.AddRange(category, question, exam);
        await db.SaveChangesAsync(cancellationToken);

        services.GetRequiredService<LearnerContext>().Assume(new StaffSummary(Guid.NewGuid(), "warm-up", "warm-up", default, default,
            Guid.NewGuid(), null, null, null, null));
        var attempts = services.GetRequiredService<AttemptService>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var attempt = await attempts.StartAsync(exam.Id, cancellationToken);
        var answers = new SaveAnswersInput(new Dictionary<int, string?> { [0] = "A" });
        var saved = await attempts.SaveAnswersAsync(attempt.Id, answers, cancellationToken);
        var result = await attempts.SubmitAsync(attempt.Id, answers, cancellationToken);
        _ = JsonSerializer.Serialize(attempt, json) + JsonSerializer.Serialize(saved, json) + JsonSerializer.Serialize(result, json);
        _ = JsonSerializer.Deserialize<SaveAnswersInput>("""{"answers":{"0":"A"}}""", json);
        logger.LogDebug("Exam warm-up done");
    }
}
