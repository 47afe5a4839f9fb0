using Training.Organization;
using Training.Ratings.Application.Devices;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Catalogue;

/// <summary>
/// A hall's case system pushing service efficiency with its device key: each person-month is stored (new or changed
/// numbers), unchanged (the same numbers were stored before; so a resent batch changes nothing) or refused with a code
/// and message (a person not of the device's hall, on-time above the volume, the same month twice in the batch). The
/// good ones are written in one transaction whatever the refused ones.
/// </summary>
internal sealed class ServiceRecordPushService(RatingsDbContext db, ICurrentUser currentUser, ServiceRecordWriter writer,
    IStaffIntegrationService staff, ErrorLocalizer localizer, UnitOfWork unitOfWork)
{
    public async Task<PushServiceRecordsResultDto> PushAsync(PushServiceRecordsInput input, CancellationToken cancellationToken)
    {
        var device = await CallingDevice.GetAsync(db, currentUser, RatingDeviceKind.CaseSystem, cancellationToken);
        var hallScope = new DataScope(ScopeKind.Halls, null, [], [device.HallId]);
        var people = (await staff.GetByStaffNumbersAsync(input.Records.Select(r => r.StaffNumber.Trim()).Distinct().ToList(), hallScope, cancellationToken))
            .ToDictionary(p => p.StaffNumber, StringComparer.OrdinalIgnoreCase);

        var results = new PushedServiceRecordResult?[input.Records.Count];
        var accepted = new List<(int Index, ServiceRecordWriter.PersonMonth Month)>();
        var first = new Dictionary<(Guid, int, int), int>();
        for (var i = 0; i < input.Records.Count; i++)
        {
            var r = input.Records[i];
            var number = r.StaffNumber.Trim();
            string? refusal = null;
            object?[] args = [];
            if (!people.TryGetValue(number, out var person)) (refusal, args) = (RatingsErrorCodes.UnknownStaff, [number]);
            else if (person.UnitId is null) (refusal, args) = (RatingsErrorCodes.StaffWithoutUnit, [number]);
            else if (r.OnTimeCount > r.CaseVolume) refusal = RatingsErrorCodes.OnTimeAboveVolume;
            else if (!first.TryAdd((person.Id, r.Year, r.Month), i))
                (refusal, args) = (RatingsErrorCodes.RepeatedInFile, [$"{number} {r.Year}-{r.Month}", first[(person.Id, r.Year, r.Month)]]);
            if (refusal is not null)
            {
                results[i] = new PushedServiceRecordResult(i, PushItemOutcome.Refused, refusal, localizer.Localize(refusal, args));
                continue;
            }
            accepted.Add((i, new ServiceRecordWriter.PersonMonth(person!.Id, person.HallId, person.UnitId!.Value, r.Year, r.Month, r.CaseVolume, r.OnTimeCount)));
        }

        var outcomes = await writer.UpsertAsync(accepted.Select(a => a.Month).ToList(), cancellationToken);
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync();
        }
        for (var k = 0; k < accepted.Count; k++)
            results[accepted[k].Index] = new PushedServiceRecordResult(accepted[k].Index,
                outcomes[k] == ServiceRecordWriter.Outcome.Unchanged ? PushItemOutcome.Duplicate : PushItemOutcome.Stored, null, null);
        var list = results.Select(r => r!).ToList();
        return new PushServiceRecordsResultDto(list.Count(r => r.Outcome == PushItemOutcome.Stored),
            list.Count(r => r.Outcome == PushItemOutcome.Duplicate), list.Count(r => r.Outcome == PushItemOutcome.Refused), list);
    }
}
