using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Unresolved.Application.Receivers;

/// <summary>
/// The receivers cases are transferred to, city-wide, and their liaisons: existing accounts named by user name, which get
/// the Liaison role here (the administrator creates the account; the hall manager names it a liaison).
/// </summary>
internal sealed class ReceiverService(
    UnresolvedDbContext db, IStructureIntegrationService structure, IUserAccountIntegrationService accounts, UnitOfWork unitOfWork)
{
    public async Task<IReadOnlyList<ReceiverDto>> ListAsync(bool? activeOnly, CancellationToken cancellationToken)
    {
        var query = db.Receivers.AsNoTracking().Include(r => r.Liaisons).AsQueryable();
        if (activeOnly == true) query = query.Where(r => r.IsActive);
        var receivers = await query.OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        return await ToDtosAsync(receivers, cancellationToken);
    }

    public async Task<ReceiverDto> CreateAsync(SaveReceiverInput input, CancellationToken cancellationToken)
    {
        await EnsureNameFreeAsync(input.Name, null, cancellationToken);
        var receiver = new Receiver(Guid.NewGuid(), input.Kind, input.Name, input.DepartmentId, input.TownshipHallId);
        // The liaisons' roles and the receiver commit together.
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await ApplyAsync(receiver, input, cancellationToken);
        db.Receivers.Add(receiver);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();
        return (await ToDtosAsync([receiver], cancellationToken)).Single();
    }

    public async Task<ReceiverDto> UpdateAsync(Guid id, SaveReceiverInput input, CancellationToken cancellationToken)
    {
        var receiver = await db.Receivers.Include(r => r.Liaisons).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                       ?? throw new EntityNotFoundException("Receiver", id);
        if (receiver.Version != input.Version) throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        await EnsureNameFreeAsync(input.Name, id, cancellationToken);
        receiver.Update(input.Kind, input.Name, input.DepartmentId, input.TownshipHallId, input.IsActive);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await ApplyAsync(receiver, input, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessException(CommonErrorCodes.Conflict) { Kind = ErrorKind.Conflict };
        }
        await transaction.CommitAsync();
        return (await ToDtosAsync([receiver], cancellationToken)).Single();
    }

    /// <summary>The department or township hall must exist; every liaison's user name must be an account (it gets the Liaison role).</summary>
    private async Task ApplyAsync(Receiver receiver, SaveReceiverInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == ReceiverKind.Department && input.DepartmentId is { } department
            && (await structure.GetDepartmentsAsync([department], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Department", department);
        if (input.Kind == ReceiverKind.Township && input.TownshipHallId is { } township
            && (await structure.GetHallsAsync([township], cancellationToken)).Count == 0)
            throw new EntityNotFoundException("Hall", township);
        var found = (await accounts.FindByUserNamesAsync(input.Liaisons.Select(l => l.UserName).ToList(), cancellationToken))
            .ToDictionary(a => a.UserName, StringComparer.OrdinalIgnoreCase);
        var missing = input.Liaisons.FirstOrDefault(l => !found.ContainsKey(l.UserName.Trim()));
        if (missing is not null) throw new BusinessException(UnresolvedErrorCodes.UnknownLiaisonUser, missing.UserName);
        var liaisons = input.Liaisons.Select(l => (found[l.UserName.Trim()].UserId, found[l.UserName.Trim()].UserName, l.Name, l.Phone)).ToList();
        foreach (var userId in liaisons.Select(l => l.UserId).Distinct()) await accounts.EnsureRoleAsync(userId, RoleNames.Liaison, cancellationToken);
        receiver.SetLiaisons(liaisons);
    }

    private async Task EnsureNameFreeAsync(string name, Guid? except, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (await db.Receivers.AnyAsync(r => r.Name == trimmed && r.Id != except, cancellationToken))
            throw new BusinessException(UnresolvedErrorCodes.ReceiverNameTaken, trimmed) { Kind = ErrorKind.Conflict };
    }

    private async Task<IReadOnlyList<ReceiverDto>> ToDtosAsync(IReadOnlyList<Receiver> receivers, CancellationToken cancellationToken)
    {
        var departmentIds = receivers.Select(r => r.DepartmentId).OfType<Guid>().Distinct().ToList();
        var hallIds = receivers.Select(r => r.TownshipHallId).OfType<Guid>().Distinct().ToList();
        var departments = departmentIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetDepartmentsAsync(departmentIds, cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var halls = hallIds.Count == 0 ? new Dictionary<Guid, string>()
            : (await structure.GetHallsAsync(hallIds, cancellationToken)).ToDictionary(h => h.Id, h => h.Name);
        return receivers.Select(r => new ReceiverDto(r.Id, r.Kind, r.Name, r.DepartmentId,
            r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, r.TownshipHallId,
            r.TownshipHallId is { } h ? halls.GetValueOrDefault(h) : null, r.IsActive,
            r.Liaisons.OrderBy(l => l.Name).Select(l => new LiaisonDto(l.UserId, l.UserName, l.Name, l.Phone)).ToList(), r.Version)).ToList();
    }
}
