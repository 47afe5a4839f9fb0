namespace Training.Contests.Application.Awards;

/// <summary>Awards from the final ranking, edits with a reason, publishing, award certificates (k-judge).</summary>
internal sealed class AwardService
{
    public Task<AwardsDto> GetAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<AwardsDto> ComputeAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<AwardsDto> SetAsync(Guid contestId, Guid entryId, SetAwardInput input, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<AwardsDto> PublishAsync(Guid contestId, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<MyAwardCertificateDto>> MineAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<(string FileName, byte[] Pdf)> CertificatePdfAsync(Guid certificateId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
