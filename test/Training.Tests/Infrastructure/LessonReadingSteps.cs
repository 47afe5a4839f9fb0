using Microsoft.Extensions.Time.Testing;
using Training.Learning;

namespace Training.Tests.Infrastructure;

/// <summary>A learner reading a lesson the way the web app does: open it, stay the minimum reading time, mark it read.</summary>
public static class LessonReadingSteps
{
    public static async Task<MyCourseDto> ReadLessonAsync(this ApiClient learner, FakeTimeProvider clock, Guid enrollmentId, Guid lessonId)
    {
        var reading = await learner.PostAsync<LessonReadingDto>($"/api/learning/my/enrollments/{enrollmentId}/lessons/{lessonId}/open", null);
        clock.Advance(TimeSpan.FromSeconds(reading.SecondsLeft));
        return await learner.PostAsync<MyCourseDto>($"/api/learning/my/enrollments/{enrollmentId}/lessons/{lessonId}/complete", null);
    }
}
