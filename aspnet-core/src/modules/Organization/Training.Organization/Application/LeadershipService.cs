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
/// role, in the same transaction, so scope and permissions arrive together; taking the last such appointment away takes
/// the role away with it (a lead of two units who loses one keeps the role and the other unit: the scope is read from
/// the appointments on every request).
/// </summary>
internal sealed class LeadershipService(OrganizationDbContext db, IUserAccountIntegrationService accounts, UnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<PersonRefDto>> SetUnitLeadsAsync(Guid unitId, SetLeadsInput input, CancellationToken cancellationToken)
    {
        await StructureService.RequireAsync(db.Units, unitId, "Unit", cancellationToken);
        var people = await LoadPeopleAsync(input.StaffIds, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var current = await db.UnitLeads.Where(l => l.UnitId == unitId).ToListAsync(cancellationToken);
        var removed = current.Where(l => !input.StaffIds.Contains(l.StaffId)).ToList();
        db.UnitLeads.RemoveRange(removed);
        db.UnitLeads.AddRange(input.StaffIds.Distinct().Where(id => current.All(l => l.StaffId != id))
            .Select(id => new UnitLead { UnitId = unitId, StaffId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await GrantRoleAsync(people, RoleNames.WindowLead, cancellationToken);
        var removedIds = removed.Select(l => l.StaffId).ToList();
        await RemoveRoleAsync(removedIds, db.UnitLeads.Where(l => removedIds.Contains(l.StaffId)).Select(l => l.StaffId),
            RoleNames.WindowLead, cancellationToken);
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
        var removed = current.Where(m => !input.StaffIds.Contains(m.StaffId)).ToList();
        db.HallManagers.RemoveRange(removed);
        db.HallManagers.AddRange(input.StaffIds.Distinct().Where(id => current.All(m => m.StaffId != id))
            .Select(id => new HallManager { HallId = hallId, StaffId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await GrantRoleAsync(people, RoleNames.HallManager, cancellationToken);
        var removedIds = removed.Select(m => m.StaffId).ToList();
        await RemoveRoleAsync(removedIds, db.HallManagers.Where(m => removedIds.Contains(m.StaffId)).Select(m => m.StaffId),
            RoleNames.HallManager, cancellationToken);
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

    /// <summary>
    /// Takes <paramref name="role"/> from the accounts of the people removed now who hold no other appointment of its kind
    /// (<paramref name="stillAppointed"/>, read after the removal was saved in this transaction).
    /// </summary>
    private async Task RemoveRoleAsync(
        List<Guid> removedStaffIds, IQueryable<Guid> stillAppointed, string role, CancellationToken cancellationToken)
    {
        if (removedStaffIds.Count == 0) return;
        var keep = (await stillAppointed.Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var gone = removedStaffIds.Where(id => !keep.Contains(id)).ToList();
        if (gone.Count == 0) return;
        var userIds = await db.Staff.Where(s => gone.Contains(s.Id) && s.UserId != null).Select(s => s.UserId!.Value).ToListAsync(cancellationToken);
        await accounts.RemoveRoleAsync(userIds, role, cancellationToken);
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
