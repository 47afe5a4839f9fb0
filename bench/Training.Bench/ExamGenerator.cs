using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Learning;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;

namespace Training.Bench;

/// <summary>
/// A contest-sized sitting: one hall, ten units, <c>takers</c> people with accounts (user names T00001 …, the bench
/// password) and a bank of <c>questions</c> single-choice questions for the exam the driver creates.
/// </summary>
internal sealed class ExamGenerator(IServiceProvider services)
{
    public async Task GenerateAsync(int takers, int questions)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var org = sp.GetRequiredService<OrganizationDbContext>();
        var hall = new Hall(Guid.NewGuid(), "BENCH", "技能大赛考场", HallKind.Centre, null);
        var units = Enumerable.Range(0, 10).Select(u => new WindowUnit(Guid.NewGuid(), hall.Id, $"U{u}", $"参赛单位{u + 1}", UnitKind.HallOwn, null)).ToList();
        var people = Enumerable.Range(0, takers).Select(i =>
            new StaffMember(Guid.NewGuid(), $"T{i + 1:00000}", $"参赛者{i + 1}", StaffKind.Own, null, hall.Id, units[i % units.Count].Id)).ToList();
        people.ForEach(p => p.ClearEvents());
        await using (var transaction = await sp.GetRequiredService<UnitOfWork>().BeginAsync())
        {
            org.Halls.Add(hall);
            org.Units.AddRange(units);
            org.Staff.AddRange(people);
            var accounts = await sp.GetRequiredService<IUserAccountIntegrationService>().EnsureAccountsAsync(
                people.Select(p => new AccountRequest(p.StaffNumber, p.Name, p.Id, [RoleNames.Staff])).ToList(),
                new AccountPasswordPolicy(MustChangePassword: false, SharedPassword: ProvinceGenerator.AdminPassword));
            var byStaff = accounts.ToDictionary(a => a.StaffId);
            people.ForEach(p => p.LinkUser(byStaff[p.Id].UserId));
            await org.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var learning = sp.GetRequiredService<LearningDbContext>();
        var category = new QuestionCategory(Guid.NewGuid(), "技能大赛");
        learning.QuestionCategories.Add(category);
        learning.Questions.AddRange(Enumerable.Range(0, questions).Select(i => new Question(Guid.NewGuid(), $"BQ{i + 1:000}", category.Id,
            QuestionType.SingleChoice, Difficulty.Medium, $"第{i + 1}题：关于“一窗受理、集成服务”，下列说法正确的是（ ）。",
            ["正确做法", "推诿扯皮", "多头跑", "让群众自己找"], "A", "一窗受理", ["技能大赛"])));
        await learning.SaveChangesAsync();
    }
}
