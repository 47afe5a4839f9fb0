using Microsoft.EntityFrameworkCore;
using Training.Identity;
using Training.Organization.Domain;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Time;

namespace Training.Organization.Import;

/// <summary>
/// Imports units, windows and staff from the template. The whole file is validated first (every error with its sheet,
/// row and column); a valid file is written in one transaction together with the new people's sign-in accounts.
/// Upserts by natural key (hall + unit code, hall + window number, staff number) and never deletes, so the same file
/// twice leaves the same state and the second run reports everything unchanged.
/// </summary>
internal sealed class StaffImportService(
    OrganizationDbContext db, IUserAccountIntegrationService accounts, IWindowPostEligibility eligibility,
    UnitOfWork unitOfWork, ErrorLocalizer localizer, ImportReader reader, IDataScopeProvider scopes, TimeProvider clock)
{
    public static byte[] Template() => Spreadsheet.Template(StaffImportSheets.Units, StaffImportSheets.Windows, StaffImportSheets.Staff);

    public async Task<StaffImportResultDto> ImportAsync(byte[] file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken, OrganizationSettings.ImportMaxRows);
        var unitRows = workbook.Read(StaffImportSheets.Units, errors, required: false);
        var windowRows = workbook.Read(StaffImportSheets.Windows, errors, required: false);
        var staffRows = workbook.Read(StaffImportSheets.Staff, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();

        // Writes are held to the caller's scope without the "own record" exception: halls outside it are unknown, and a
        // staff number held by someone outside it is taken (no name, no hall).
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var plan = await ImportPlan.LoadAsync(db, scope, staffRows.Select(r => r["staffNumber"]).OfType<string>().ToList(), cancellationToken);
        plan.ValidateUnits(unitRows, errors);
        plan.ValidateWindows(windowRows, errors);
        plan.ValidateStaff(staffRows, errors, clock.Today());
        errors.ThrowIfAny();
        await CheckEligibilityAsync(plan, errors, cancellationToken);
        errors.ThrowIfAny();

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var result = plan.Apply(db, clock.Today(), clock.GetUtcNow().UtcDateTime);
        var newPeople = plan.CreatedStaff;
        var provisioned = await accounts.EnsureAccountsAsync(
            newPeople.Select(s => new AccountRequest(s.StaffNumber, s.Name, s.Id, [RoleNames.Staff])).ToList(),
            AccountPasswordPolicy.OneTime, cancellationToken);
        var byStaff = provisioned.ToDictionary(p => p.StaffId);
        foreach (var person in newPeople) person.LinkUser(byStaff[person.Id].UserId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync();

        var newAccounts = newPeople.Where(p => byStaff[p.Id].InitialPassword is not null)
            .Select(p => new ImportedAccountDto(p.StaffNumber, p.Name, byStaff[p.Id].UserName, byStaff[p.Id].InitialPassword!)).ToList();
        return result with { NewAccounts = newAccounts };
    }

    /// <summary>A person given a new window in the file must be allowed to take it (the pre-job certificate): one question for all rows.</summary>
    private async Task CheckEligibilityAsync(ImportPlan plan, ImportErrors errors, CancellationToken cancellationToken)
    {
        if (plan.NewPosts.Count == 0) return;
        var verdicts = await eligibility.CheckAsync(plan.NewPosts.Select(p => new WindowPostRequest(p.StaffId, p.WindowId)).ToList(),
            clock.Today(), cancellationToken);
        foreach (var (row, staffId, windowId) in plan.NewPosts)
        {
            var verdict = verdicts[new WindowPostRequest(staffId, windowId)];
            if (!verdict.Allowed)
                errors.Add(row, "窗口编号", OrganizationErrorCodes.NotEligibleForWindow, row["name"],
                    verdict.Code is null ? "" : localizer.Localize(verdict.Code, verdict.Args ?? []));
        }
    }
}
