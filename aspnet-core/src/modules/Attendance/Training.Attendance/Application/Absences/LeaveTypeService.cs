using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.Absences;

/// <summary>Leave types: everyone reads them (to ask for leave); an administrator, manager or clerk edits them.</summary>
internal sealed class LeaveTypeService(AttendanceDbContext db)
{
    public async Task<IReadOnlyList<LeaveTypeDto>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<LeaveType>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).Select(Dto).ToListAsync(cancellationToken);

    public async Task<LeaveTypeDto> CreateAsync(SaveLeaveTypeInput input, CancellationToken cancellationToken)
    {
        var code = input.Code.Trim();
        if (await db.Set<LeaveType>().AnyAsync(t => t.Code == code, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.LeaveTypeCodeTaken, code) { Kind = ErrorKind.Conflict };
        var type = new LeaveType(Guid.NewGuid(), code, input.NameZh, input.NameEn, input.CountMode, input.HasBalance, input.IsOfficialBusiness, input.SortOrder);
        if (!input.IsActive) type.Update(input.NameZh, input.NameEn, input.CountMode, input.HasBalance, input.IsOfficialBusiness, input.SortOrder, false);
        db.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(type);
    }

    /// <summary>
    /// Changes a type (the code stays: it is the key others know it by). Requests keep the length counted when they were
    /// made, so a new counting mode applies to new requests only.
    /// </summary>
    public async Task<LeaveTypeDto> UpdateAsync(Guid id, SaveLeaveTypeInput input, CancellationToken cancellationToken)
    {
        var type = await db.Set<LeaveType>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new EntityNotFoundException("LeaveType", id);
        type.Update(input.NameZh, input.NameEn, input.CountMode, input.HasBalance, input.IsOfficialBusiness, input.SortOrder, input.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(type);
    }

    private static readonly System.Linq.Expressions.Expression<Func<LeaveType, LeaveTypeDto>> Dto = t =>
        new LeaveTypeDto(t.Id, t.Code, t.NameZh, t.NameEn, t.CountMode, t.HasBalance, t.IsOfficialBusiness, t.SortOrder, t.IsActive);

    private static readonly Func<LeaveType, LeaveTypeDto> ToDto = Dto.Compile();
}
