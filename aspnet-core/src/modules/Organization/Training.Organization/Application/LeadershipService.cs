using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;

namespace Training.Organization.Application;

/// <summary>
/// Unit leads and hall managers, set by an administrator. Making someone lead also gives their account the matching
/// role, in the same transaction, so scope and permissions arrive together.
/// </summary>
internal sealed class LeadershipService(OrganizationDbContext db, IUserAccountIntegrationService accounts, UnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<PersonRefDto>> SetUnitLeadsAsync(Guid unitId, SetLeadsInput input, CancellationToken cancellationToken)
    {
        await StructureService.RequireAsync(db.Units, unitId, "Unit", cancellationToken);
        var people = await LoadPeopleAsync(input.StaffIds, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var current = await db.UnitLeads.Where(l => l.UnitId == unitId).ToListAsync(cancellationToken);
        db.UnitLeads.RemoveRange(current.Where(l => !input.StaffIds.Contains(l.StaffId)));
        db.UnitLeads.AddRange(input.StaffIds.Distinct().Where(id => current.All(l => l.StaffId != id))
            .Select(id => new UnitLead { UnitId = unitId, StaffId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await GrantRoleAsync(people, RoleNames.WindowLead, cancellationToken);
        await transaction.CommitAsync();
        return people.Select(p => new PersonRefDto(p.Id, p.StaffNumber, p.Name)).ToList();
    }

    public async Task<IReadOnlyList<PersonRefDto>> GetHallManagersAsync(Guid hallId, CancellationToken cancellationToken) =>
        await (from m in db.HallManagers
               join s in db.Staff on m.StaffId equals s.Id
               where m.HallId == hallId
               orderby s.StaffNumber
               select new PersonRefDto(s.Id, s.StaffNumber, s.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonRefDto>> SetHallManagersAsync(Guid hallId, SetLeadsInput input, CancellationToken cancellationToken)
    {
        await StructureService.RequireAsync(db.Halls, hallId, "Hall", cancellationToken);
        var people = await LoadPeopleAsync(input.StaffIds, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var current = await db.HallManagers.Where(m => m.HallId == hallId).ToListAsync(cancellationToken);
        db.HallManagers.RemoveRange(current.Where(m => !input.StaffIds.Contains(m.StaffId)));
        db.HallManagers.AddRange(input.StaffIds.Distinct().Where(id => current.All(m => m.StaffId != id))
            .Select(id => new HallManager { HallId = hallId, StaffId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await GrantRoleAsync(people, RoleNames.HallManager, cancellationToken);
        await transaction.CommitAsync();
        return people.Select(p => new PersonRefDto(p.Id, p.StaffNumber, p.Name)).ToList();
    }

    private async Task<List<StaffMember>> LoadPeopleAsync(IReadOnlyList<Guid> staffIds, CancellationToken cancellationToken)
    {
        var ids = staffIds.Distinct().ToList();
        var people = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.StaffNumber).ToListAsync(cancellationToken);
        var missing = ids.FirstOrDefault(id => people.All(p => p.Id != id));
        if (missing != Guid.Empty) throw new EntityNotFoundException("StaffMember", missing);
        return people;
    }

    private async Task GrantRoleAsync(IEnumerable<StaffMember> people, string role, CancellationToken cancellationToken)
    {
        foreach (var person in people)
        {
            if (person.UserId is not { } userId) throw new BusinessException(OrganizationErrorCodes.StaffHasNoAccount, person.Name);
            await accounts.EnsureRoleAsync(userId, role, cancellationToken);
        }
    }
}
