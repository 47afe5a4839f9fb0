using System.Net;
using Training.Learning;
using Training.Tests.Documents;
using Training.Tests.Infrastructure;

namespace Training.Tests.Learning;

/// <summary>The printable certificate: its holder downloads it, a manager within scope too, nobody else.</summary>
public abstract class CertificatePdfTests(AppFixture fixture)
{
    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_print_the_holders_certificate_with_its_code_and_verification_url()
    {
        var holder = _app.CreateApiClient();
        await holder.LoginAsync(Demo.Staff);
        var certificate = (await holder.GetAsync<List<CertificateDto>>("/api/learning/my/certificates"))
            .First(c => c.Status == CertificateStatus.Valid && c.Kind == CertificateKind.PreJob);

        var pdf = await holder.Http.GetByteArrayAsync($"/api/learning/my/certificates/{certificate.Id}/pdf");
        var again = await holder.Http.GetByteArrayAsync($"/api/learning/my/certificates/{certificate.Id}/pdf");

        var text = PdfTools.ToText(pdf);
        text.ShouldContain(certificate.Title);
        text.ShouldContain($"{certificate.HolderName}同志");
        text.ShouldContain($"核验码 {certificate.Code}");
        text.ShouldContain($"/verify/{certificate.Code}");
        again.ShouldBe(pdf); // the same certificate prints the same bytes
    }

    [Fact]
    public async Task Should_not_print_someone_elses_certificate_outside_scope()
    {
        var holder = _app.CreateApiClient();
        await holder.LoginAsync(Demo.Staff);
        var id = (await holder.GetAsync<List<CertificateDto>>("/api/learning/my/certificates")).First().Id;
        var other = _app.CreateApiClient();
        await other.LoginAsync(Demo.OtherStaff);
        var manager = _app.CreateApiClient();
        await manager.LoginAsync(Demo.Manager);

        (await other.Http.GetAsync($"/api/learning/my/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Http.GetAsync($"/api/learning/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // staff read only their own
        (await manager.Http.GetAsync($"/api/learning/certificates/{id}/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CertificatePdfTests_Sqlite(SqliteAppFixture fixture) : CertificatePdfTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class CertificatePdfTests_PostgreSql(PostgreSqlAppFixture fixture) : CertificatePdfTests(fixture);
