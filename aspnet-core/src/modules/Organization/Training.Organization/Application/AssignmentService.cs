using Microsoft.EntityFrameworkCore;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Time;

namespace Training.Organization.Application;

/// <summary>
/// Assign, move, end and return. Every new post (a move included) is first put to <see cref="IWindowPostEligibility"/>;
/// a refusal carries the owner's code and message.
/// </summary>
internal sealed class AssignmentService(
    OrganizationDbContext db, StaffService staffService, WindowPostGate gate, TimeProvider clock)
{
    public async Task<StaffDetailDto> AssignAsync(Guid staffId, AssignInput input, CancellationToken cancellationToken)
    {
        var (staff, window, date) = await PrepareNewPostAsync(staffId, input, cancellationToken);
        if (staff.Current is null) staff.AssignTo(window, date, InstantFor(date));
        else staff.MoveTo(window, date, InstantFor(date));
        await db.SaveChangesAsync(cancellationToken);
        return await staffService.GetAsync(staffId, cancellationToken);
    }

    public async Task<StaffDetailDto> EndAsync(Guid staffId, EndAssignmentInput input, CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(staffId, cancellationToken);
        var date = input.Date ?? clock.Today();
        staff.EndAssignment(date, input.Reason, InstantFor(date));
        await db.SaveChangesAsync(cancellationToken);
        return await staffService.GetAsync(staffId, cancellationToken);
    }

    public async Task<StaffDetailDto> ReturnAsync(Guid staffId, ReturnToDepartmentInput input, CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(staffId, cancellationToken);
        var date = input.Date ?? clock.Today();
        staff.ReturnToDepartment(date, input.Reason, InstantFor(date));
        await db.SaveChangesAsync(cancellationToken);
        return await staffService.GetAsync(staffId, cancellationToken);
    }

    private async Task<(StaffMember, Window, DateOnly)> PrepareNewPostAsync(Guid staffId, AssignInput input, CancellationToken cancellationToken)
    {
        var staff = await LoadAsync(staffId, cancellationToken);
        var window = await StructureService.RequireAsync(db.Windows, input.WindowId, "Window", cancellationToken);
        await staffService.EnsureHallInScopeAsync(window.HallId, cancellationToken);
        var date = input.Date ?? clock.Today();
        await gate.EnsureEligibleAsync(staff.Id, staff.Name, window.Id, date, cancellationToken);
        return (staff, window, date);
    }

    /// <summary>A change made for today takes effect now; one dated another day at the start of that day.</summary>
    private DateTime? InstantFor(DateOnly date) => date == clock.Today() ? clock.GetUtcNow().UtcDateTime : null;

    private async Task<StaffMember> LoadAsync(Guid staffId, CancellationToken cancellationToken)
    {
        var staff = await (await staffService.ScopedAsync(cancellationToken)).Include(s => s.Assignments)
                        .FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken)
                    ?? throw new EntityNotFoundException("StaffMember", staffId);
        await staffService.EnsureHallInScopeAsync(staff.HallId, cancellationToken);
        return staff;
    }
}
