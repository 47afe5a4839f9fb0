using Microsoft.AspNetCore.Http;
using Training.Learning;
using Training.Learning.Domain;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Http;

namespace Training.Tests.SharedKernel;

/// <summary>Errors carry a kind; only the HTTP layer maps kinds to statuses, and the statuses clients see stay as they were.</summary>
public sealed class ErrorKindStatusTests
{
    public static TheoryData<ErrorKind, int> Statuses => new()
    {
        { ErrorKind.Invalid, 400 },
        { ErrorKind.Unauthenticated, 401 },
        { ErrorKind.Forbidden, 403 },
        { ErrorKind.NotFound, 404 },
        { ErrorKind.Conflict, 409 },
        { ErrorKind.TooLarge, 413 },
        { ErrorKind.UnsupportedType, 415 },
        { ErrorKind.InvalidFileContent, 422 },
        { ErrorKind.TooManyRequests, 429 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Should_map_each_kind_to_its_status(ErrorKind kind, int status) => ErrorKindStatus.Of(kind).ShouldBe(status);

    [Fact]
    public void Should_map_every_kind_to_its_own_status()
    {
        var kinds = Enum.GetValues<ErrorKind>();
        kinds.ShouldBe(Statuses.Select(row => (ErrorKind)row[0]), ignoreOrder: true); // the table above names every kind
        kinds.Select(ErrorKindStatus.Of).Distinct().Count().ShouldBe(kinds.Length);
    }

    [Fact]
    public void Should_default_a_broken_rule_to_invalid_and_a_missing_record_to_not_found()
    {
        new BusinessException(CommonErrorCodes.Validation).Kind.ShouldBe(ErrorKind.Invalid);
        new EntityNotFoundException("Course", Guid.NewGuid()).Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Fact]
    public void Should_answer_409_for_a_domain_conflict()
    {
        var certificate = Certificate.Imported(Guid.NewGuid(), Guid.NewGuid(), null, "张三", CertificateKind.PreJob, "岗前培训合格证",
            "OLD-1", new DateOnly(2026, 1, 5), null);
        certificate.Revoke("错误颁发", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var conflict = Should.Throw<BusinessException>(() => certificate.Revoke("again", new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc)));
        var problem = new ProblemFactory(new ErrorLocalizer([new CommonErrorCatalog(), new LearningErrorCatalog()]))
            .FromException(new DefaultHttpContext(), conflict);

        conflict.Kind.ShouldBe(ErrorKind.Conflict);
        problem.Status.ShouldBe(StatusCodes.Status409Conflict);
        problem.Extensions["code"].ShouldBe(LearningErrorCodes.CertificateAlreadyRevoked);
    }
}
