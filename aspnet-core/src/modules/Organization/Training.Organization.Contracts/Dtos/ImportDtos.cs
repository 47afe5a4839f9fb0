using Training.SharedKernel.Errors;

namespace Training.Organization;

/// <summary>
/// The outcome of a valid import. Accounts created now carry their one-time password; it is never stored in plain text
/// and appears in this response only.
/// </summary>
public sealed record StaffImportResultDto(
    int UnitsCreated, int UnitsUpdated, int WindowsCreated, int WindowsUpdated, int StaffCreated, int StaffUpdated,
    int Unchanged, IReadOnlyList<ImportedAccountDto> NewAccounts);

public sealed record ImportedAccountDto(string StaffNumber, string Name, string UserName, string InitialPassword);

public sealed record CalendarImportResultDto(int Created, int Updated, int Unchanged);

/// <summary>The body of a refused import: every error with its sheet, row and column.</summary>
public sealed record ImportErrorsDto(IReadOnlyList<RowError> Rows);
