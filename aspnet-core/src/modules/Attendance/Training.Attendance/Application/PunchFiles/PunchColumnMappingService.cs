using Microsoft.EntityFrameworkCore;
using Training.Attendance.Domain;
using Training.Attendance.EntityFrameworkCore;
using Training.SharedKernel.Errors;

namespace Training.Attendance.Application.PunchFiles;

/// <summary>
/// The column mappings of device models' .csv/.xlsx exports: one per model (unique), city-wide — a model exports the same
/// columns in every hall. The attlog text has its columns built in and needs none.
/// </summary>
internal sealed class PunchColumnMappingService(AttendanceDbContext db)
{
    public async Task<IReadOnlyList<PunchColumnMappingDto>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Set<PunchColumnMapping>().AsNoTracking().OrderBy(m => m.Model).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<PunchColumnMappingDto> CreateAsync(SavePunchColumnMappingInput input, CancellationToken cancellationToken)
    {
        var model = input.Model.Trim();
        await EnsureModelFreeAsync(model, null, cancellationToken);
        var mapping = new PunchColumnMapping(model, input);
        db.Add(mapping);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(mapping);
    }

    public async Task<PunchColumnMappingDto> UpdateAsync(Guid id, SavePunchColumnMappingInput input, CancellationToken cancellationToken)
    {
        var mapping = await db.Set<PunchColumnMapping>().FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
                      ?? throw new EntityNotFoundException(nameof(PunchColumnMapping), id);
        if (input.Model.Trim() != mapping.Model)
            throw new BusinessException(AttendanceErrorCodes.PunchFiles.MappingInvalid, "型号不能修改 / the model cannot be changed");
        mapping.Update(input);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(mapping);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<PunchColumnMapping>().Where(m => m.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new EntityNotFoundException(nameof(PunchColumnMapping), id);
    }

    private async Task EnsureModelFreeAsync(string model, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Set<PunchColumnMapping>().AnyAsync(m => m.Model == model && m.Id != except, cancellationToken))
            throw new BusinessException(AttendanceErrorCodes.PunchFiles.MappingInvalid, $"“{model}” 已有列对照 / already has a mapping") { Kind = ErrorKind.Conflict };
    }

    private static PunchColumnMappingDto ToDto(PunchColumnMapping m) => new(
        m.Id, m.Model, m.HeaderRows, m.Delimiter, m.UserIdColumn, m.TimeColumn, m.VerifyModeColumn, m.StateColumn, m.WorkCodeColumn,
        m.SerialColumn, m.TimeFormat, m.ModifiedAt ?? m.CreatedAt);
}
