using Microsoft.EntityFrameworkCore;
using Training.Learning.Domain;
using Training.Learning.EntityFrameworkCore;
using Training.Organization;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Imports;
using Training.SharedKernel.Paging;
using Training.SharedKernel.Scoping;
using Training.SharedKernel.Settings;
using Training.SharedKernel.Time;

namespace Training.Learning.Application;

/// <summary>
/// Certificates: read within the caller's scope (by the holder's hall and unit today), imported from earlier paper certificates (upsert by their number),
/// revoked with a reason, and verified by anyone with the code.
/// </summary>
internal sealed class CertificateService(
    LearningDbContext db, IDataScopeProvider scopes, ICurrentUser currentUser, IStaffIntegrationService staff,
    ISettingProvider settings, ErrorLocalizer localizer, ImportReader reader, TimeProvider clock)
{
    public const string DefaultPreJobTitle = "岗前培训合格证";

    internal static readonly ImportSheet Sheet = new("证书", "Certificates",
    [
        new("staffNumber", "工号", "Staff number", true, "S0001"),
        new("kind", "证书类型", "Kind", true, "岗前"),
        new("title", "证书名称", "Title", false, DefaultPreJobTitle),
        new("originalNumber", "原证书编号", "Original number", true, "GQ-2024-0001"),
        new("issuedOn", "发证日期", "Issued on", true, "2024-03-01"),
        new("expiresOn", "有效期至", "Expires on", false, "2027-02-28"),
    ]);

    private static readonly Dictionary<string, CertificateKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["岗前"] = CertificateKind.PreJob, ["岗前培训"] = CertificateKind.PreJob, ["PreJob"] = CertificateKind.PreJob,
        ["课程"] = CertificateKind.Course, ["Course"] = CertificateKind.Course,
    };

    private static readonly SortMap<Certificate> Sort = new SortMap<Certificate>("issuedOn desc")
        .Add("issuedOn", c => c.IssuedOn).Add("expiresOn", c => c.ExpiresOn).Add("holderName", c => c.HolderName);

    public static byte[] Template() => Spreadsheet.Template(Sheet);

    public async Task<PagedResult<CertificateDto>> ListAsync(CertificateListInput input, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var query = await ScopedAsync(cancellationToken);
        if (input.StaffId is { } staffId) query = query.Where(c => c.StaffId == staffId);
        if (input.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        query = input.Status switch
        {
            CertificateStatus.Revoked => query.Where(c => c.RevokedAt != null),
            CertificateStatus.Expired => query.Where(c => c.RevokedAt == null && c.ExpiresOn < today),
            CertificateStatus.Valid => query.Where(c => c.RevokedAt == null && (c.ExpiresOn == null || c.ExpiresOn >= today)),
            _ => query,
        };
        var page = await query.AsNoTracking().ToPagedResultAsync(input, Sort, c => c, cancellationToken);
        return new PagedResult<CertificateDto>(page.TotalCount, page.Items.Select(c => ToDto(c, today)).ToList());
    }

    public async Task<IReadOnlyList<CertificateDto>> MineAsync(CancellationToken cancellationToken)
    {
        var staffId = (await currentUser.GetAccountAsync(cancellationToken)).StaffId;
        var today = clock.Today();
        return (await db.Certificates.AsNoTracking().Where(c => c.StaffId == staffId).OrderByDescending(c => c.IssuedOn)
            .ToListAsync(cancellationToken)).Select(c => ToDto(c, today)).ToList();
    }

    public async Task<CertificateDto> RevokeAsync(Guid id, RevokeCertificateInput input, CancellationToken cancellationToken)
    {
        var certificate = await (await ScopedAsync(cancellationToken)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
                          ?? throw new EntityNotFoundException("Certificate", id);
        certificate.Revoke(input.Reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(certificate, clock.Today());
    }

    /// <summary>For the public verification page: nothing but genuineness, state, title, dates and a masked name.</summary>
    public async Task<CertificateVerificationDto> VerifyAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var certificate = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        return certificate is null
            ? new CertificateVerificationDto(false, null, null, null, null, null)
            : new CertificateVerificationDto(true, certificate.StatusOn(clock.Today()), certificate.Title, Certificate.Mask(certificate.HolderName),
                certificate.IssuedOn, certificate.ExpiresOn);
    }

    /// <summary>
    /// Earlier certificates, upserted by their original number. Rows are held to the caller's scope (for writing): a
    /// staff number outside it is answered exactly like one that does not exist, and an original number already on
    /// another person's certificate — in any hall — is refused with the same words whoever holds it, so a row can
    /// neither reach nor reveal people or certificates beyond the caller's halls.
    /// </summary>
    public async Task<CertificateImportResultDto> ImportAsync(byte[] file, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors(localizer);
        var workbook = await reader.OpenAsync(file, cancellationToken);
        var rows = workbook.Read(Sheet, errors);
        errors.ThrowIfAny();
        workbook.ThrowIfNoRows();
        var scope = (await scopes.GetAsync(cancellationToken)).ForWriting();
        var people = (await staff.GetByStaffNumbersAsync(rows.Select(r => r["staffNumber"]).OfType<string>().ToList(), scope, cancellationToken))
            .ToDictionary(p => p.StaffNumber, StringComparer.OrdinalIgnoreCase);
        // The original number is unique across the city, so it is looked up without the scope — but a certificate is
        // only ever rewritten for its own holder, who must be in scope (found above).
        var numbers = rows.Select(r => r["originalNumber"]).OfType<string>().ToList();
        var existing = await db.Certificates.Where(c => c.OriginalNumber != null && numbers.Contains(c.OriginalNumber))
            .ToDictionaryAsync(c => c.OriginalNumber!, cancellationToken);
        var validityMonths = await settings.GetIntAsync(LearningSettings.CertificateValidityMonths, cancellationToken: cancellationToken);
        var seen = new Dictionary<string, int>();
        int created = 0, updated = 0, unchanged = 0;
        var valid = new List<Action>();
        foreach (var row in rows)
        {
            var check = new RowCheck(row, Sheet, errors);
            var number = check.Text("staffNumber", 32);
            var kind = check.Choice("kind", Kinds);
            var title = check.Text("title", CourseConsts.MaxTitleLength, required: false);
            var original = check.Text("originalNumber", 64);
            var issuedOn = check.Date("issuedOn");
            var expiresOn = check.Date("expiresOn", required: false);
            if (number is null || kind is null || original is null || issuedOn is null || !check.Ok) continue;
            if (!people.TryGetValue(number, out var person)) { check.Fail("staffNumber", CommonErrorCodes.NotFound, number, ""); continue; }
            if (seen.TryGetValue(original, out var first)) { check.Fail("originalNumber", CommonErrorCodes.DuplicateInFile, original, first); continue; }
            seen[original] = row.Number;
            if (existing.TryGetValue(original, out var held) && held.StaffId != person.Id)
            {
                check.Fail("originalNumber", CommonErrorCodes.Duplicate, "原证书编号", original);
                continue;
            }
            var expiry = expiresOn ?? Certificate.ExpiryFor(issuedOn.Value, validityMonths);
            if (expiry < issuedOn) { check.Fail("expiresOn", LearningErrorCodes.ExpiryBeforeIssue, expiry, issuedOn); continue; }
            var name = title ?? (kind == CertificateKind.PreJob ? DefaultPreJobTitle : "课程结业证书");
            valid.Add(() =>
            {
                if (existing.TryGetValue(original, out var certificate))
                {
                    if (certificate.Describe(person.Name, name, original, issuedOn.Value, expiry)) updated++;
                    else unchanged++;
                    return;
                }
                db.Certificates.Add(Certificate.Imported(person.Id, person.HallId, person.UnitId, person.Name, kind.Value, name, original, issuedOn.Value, expiry));
                created++;
            });
        }
        errors.ThrowIfAny();
        valid.ForEach(apply => apply());
        await db.SaveChangesAsync(cancellationToken);
        return new CertificateImportResultDto(created, updated, unchanged);
    }

    /// <summary>
    /// A certificate follows its holder: the caller reads and revokes the certificates of the people in their scope
    /// today (by the holder's hall and unit now, from Organization in one call, passed as one parameter), not by the hall
    /// recorded at issue. Someone who moved from hall A to hall B is B's to manage, and to A's manager the certificate
    /// does not exist (404).
    /// </summary>
    private async Task<IQueryable<Certificate>> ScopedAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.GetAsync(cancellationToken);
        if (scope.Kind == ScopeKind.All) return db.Certificates;
        var holders = (await staff.GetIdsInScopeAsync(scope, cancellationToken)).ToList();
        return db.Certificates.Where(c => EF.Parameter(holders).Contains(c.StaffId));
    }

    internal static CertificateDto ToDto(Certificate c, DateOnly today) => new(c.Id, c.Code, c.StaffId, c.HolderName, c.Kind, c.Title, c.Source,
        c.IssuedOn, c.ExpiresOn, c.StatusOn(today), c.RevokedAt, c.RevokedReason);
}
