using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization;
using Training.SharedKernel.Auditing;
using Training.SharedKernel.Paging;
using Training.Tests.Infrastructure;

namespace Training.Tests.Http;

/// <summary>
/// The reads the audit log records (other people's personal data, answer keys) are a decision per endpoint: this list
/// is it. An endpoint that loses its mark, or gains one, fails here until the list is changed on purpose. And any read
/// whose answer carries a phone or identity number must be marked, whoever adds it.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class AuditedReadTests(SqliteAppFixture fixture)
{
    /// <summary>Endpoint name → the route or query value naming the person read (null: no single person).</summary>
    private static readonly Dictionary<string, string?> AuditedReads = new()
    {
        ["ExportQuestions"] = null,   // answer keys
        ["GetStaff"] = "id",          // a person's record: phone number, posts
        ["ListCertificates"] = "staffId",
        ["GetCertificatePdf"] = null, // a person's certificate printed by a manager (the id is the certificate's)
        ["ListAttempts"] = "staffId", // exam results
        ["GetRatingCase"] = null,     // a citizen's name and phone, in full for the case's handler
        ["GetUnresolvedCase"] = null,     // a complainant's name and phone, for those entitled (ComplainantMask)
        ["GetUnresolvedTransfer"] = null, // the same, for the receiver's liaison
        ["ListUnresolvedReceivers"] = null, // the liaisons' phones
        ["GetUnresolvedRegistrationForm"] = null,  // the 登记表 PDF: a complainant's name and phone, as the detail
        ["GetUnresolvedCaseTransferSlip"] = null,  // the 转办单 PDF, as the detail
        ["GetUnresolvedTransferSlip"] = null,      // the 转办单 PDF from the liaison's inbox
        ["GetUnresolvedProblemList"] = null,       // a month's complainants' names and phones
        ["ExportUnresolvedProblemList"] = null,    // the same as .xlsx
        ["GetUnresolvedProblemListPdf"] = null,    // the same as the printed 问题清单表
    };

    private static readonly string[] PersonalFields = ["Phone", "PhoneNumber", "Mobile", "IdNumber", "IdCardNumber"];

    [Fact]
    public void Should_mark_exactly_the_listed_reads_as_audited()
    {
        var marked = Endpoints()
            .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, Read: e.Metadata.GetMetadata<AuditedReadMetadata>()))
            .Where(e => e.Read is not null)
            .ToDictionary(e => e.Name ?? "(unnamed)", e => e.Read!.Subject);

        marked.OrderBy(e => e.Key).ShouldBe(AuditedReads.OrderBy(e => e.Key));
    }

    [Fact]
    public void Should_audit_every_read_that_returns_a_phone_or_identity_number()
    {
        var personal = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
            .Where(e => e.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(p => p.Type is { } t && CarriesPersonalNumbers(t)))
            .ToList();

        personal.Where(e => e.Metadata.GetMetadata<AuditedReadMetadata>() is null).Select(e => e.RoutePattern.RawText).ShouldBeEmpty();
        // The walk finds what it looks for: the staff detail (marked) carries a phone number, the list (unmarked) none.
        personal.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).ShouldContain("GetStaff");
        CarriesPersonalNumbers(typeof(PagedResult<KnownBadRow>)).ShouldBeTrue();
        CarriesPersonalNumbers(typeof(PagedResult<StaffListItemDto>)).ShouldBeFalse();
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        fixture.App.Services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();

    /// <summary>Whether the type, its properties or their element types (lists, pages, nested DTOs) hold such a field.</summary>
    private static bool CarriesPersonalNumbers(Type type, HashSet<Type>? seen = null)
    {
        seen ??= [];
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType
            || !seen.Add(type))
            return false;
        if (type.IsGenericType && type.GetGenericArguments().Any(a => CarriesPersonalNumbers(a, seen))) return true;
        if (type.IsArray) return CarriesPersonalNumbers(type.GetElementType()!, seen);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => PersonalFields.Contains(p.Name) || CarriesPersonalNumbers(p.PropertyType, seen));
    }

    private sealed record KnownBadRow(Guid Id, string Name, string? Mobile);
}
