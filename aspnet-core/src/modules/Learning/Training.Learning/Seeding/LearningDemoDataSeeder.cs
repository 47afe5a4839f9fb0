using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Time;

namespace Training.Learning.Seeding;

/// <summary>
/// Demo learning: a question bank, the pre-job course with its exam (open for a year from seeding), the demo skill
/// contest's written exam (<see cref="LearningDemoIds.ContestWrittenExam"/>), a routine course
/// that the centre's people are enrolled in, and — as the domain asks for staff already at windows when the system
/// starts — an imported pre-job certificate for everyone the demo puts at a window. Runs after Organization's demo
/// people, only when demo data is asked for and only on a database without courses.
/// </summary>
internal sealed class LearningDemoDataSeeder(LearningDbContext db, IStaffIntegrationService staff, UnitOfWork unitOfWork, TimeProvider clock)
    : IDataSeeder
{
    public static readonly DateOnly ImportedIssuedOn = new(2025, 2, 15);

    public int Order => 200;

    public async Task SeedAsync(SeedOptions options, CancellationToken cancellationToken)
    {
        if (!options.Demo || await db.Courses.AnyAsync(cancellationToken)) return;
        var people = await staff.SearchAsync(new StaffSearch(), cancellationToken);
        if (people.Count == 0) return;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var category = new QuestionCategory(Guid.NewGuid(), "窗口服务规范");
        db.QuestionCategories.Add(category);
        var questions = DemoLearningContent.Questions.Select(q => new Question(Guid.NewGuid(), q.Code, category.Id, q.Type, q.Difficulty, q.Stem,
            q.Options, q.Answer, q.Explanation, ["岗前"])).ToList();
        db.Questions.AddRange(questions);

        var preJob = new Course(Guid.NewGuid(), DemoLearningContent.PreJobCourseCode);
        preJob.Describe(preJob.Code, "窗口工作人员岗前培训", CourseKind.PreJob, "新进窗口工作人员上岗前必修：服务规范、基本制度、好差评与办不成事。",
            4, isRequired: true, isPublished: true);
        foreach (var (title, minutes, body) in DemoLearningContent.PreJobLessons) preJob.AddLesson(title, RichText.Sanitize(body), minutes);
        var routine = new Course(Guid.NewGuid(), DemoLearningContent.RoutineCourseCode);
        routine.Describe(routine.Code, "日常培训：政务服务“好差评”制度", CourseKind.Routine, "好差评的评价、核实、整改与公开。", 1.5, isRequired: true, isPublished: true);
        routine.AddLesson("“好差评”闭环管理", RichText.Sanitize(DemoLearningContent.PreJobLessons[2].Body), 15);
        db.Courses.AddRange(preJob, routine);

        var exam = new Exam(Guid.NewGuid());
        exam.Define(new SaveExamInput("岗前培训结业考试", preJob.Id, IsPreJob: true, PaperMode.Fixed, questions.Select(q => q.Id).ToList(),
            PointsPerQuestion: 10, Rules: null, TimeLimitMinutes: 30, OpensAt: now.AddDays(-1), ClosesAt: now.AddDays(365), MaxAttempts: 3,
            PassPercent: 60, GradingPolicy.Highest, ShuffleQuestions: true, ShuffleOptions: true));
        db.Exams.Add(exam);
        // The demo skill contest's written round (the contest restricts it to its entrants).
        var contestExam = new Exam(LearningDemoIds.ContestWrittenExam);
        contestExam.Define(new SaveExamInput("窗口技能大赛笔试", null, IsPreJob: false, PaperMode.Fixed, questions.Select(q => q.Id).ToList(),
            PointsPerQuestion: 10, Rules: null, TimeLimitMinutes: 30, OpensAt: now.AddDays(-1), ClosesAt: now.AddDays(60), MaxAttempts: 1,
            PassPercent: 60, GradingPolicy.Highest, ShuffleQuestions: true, ShuffleOptions: true));
        db.Exams.Add(contestExam);

        // The centre's people are enrolled in the routine course; the first lesson is done by every other person, who read
        // it for its estimated time.
        var centreHall = people.GroupBy(p => p.HallId).OrderByDescending(g => g.Count()).First().Key;
        var read = routine.Lessons[0];
        foreach (var (person, index) in people.Where(p => p.HallId == centreHall).Select((p, i) => (p, i)))
        {
            var enrollment = new Enrollment(routine.Id, person.Id, person.HallId, person.UnitId, EnrollmentSource.Manager, now.AddMinutes(-read.Minutes));
            if (index % 2 == 0)
            {
                enrollment.OpenLesson(routine, read.Id, now.AddMinutes(-read.Minutes));
                enrollment.CompleteLesson(routine, read.Id, now, minimumReadingSeconds: read.Minutes * 60);
            }
            db.Enrollments.Add(enrollment);
        }

        // Everyone already at a window held a paper pre-job certificate before the portal: recorded as imported.
        var validity = Certificate.ExpiryFor(ImportedIssuedOn, 36);
        foreach (var (person, index) in people.Where(p => p.WindowId is not null).Select((p, i) => (p, i)))
            db.Certificates.Add(Certificate.Imported(person.Id, person.HallId, person.UnitId, person.Name, CertificateKind.PreJob,
                Application.CertificateService.DefaultPreJobTitle, $"GQ-2025-{index + 1:0000}", ImportedIssuedOn, validity));

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
    }
}
