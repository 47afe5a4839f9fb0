using Training.Organization;
using Training.Ratings.Application.Devices;
using Training.Ratings.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Ratings.Application.Ingestion;

/// <summary>
/// A batch of ratings pushed by a window's rating pad, signed in with its device key. Every rating is answered, in the
/// order sent: stored, duplicate (its event id is stored already: a batch posted twice changes nothing) or refused with
/// the reason (an unknown window, matter, tag or staff number, a time that is no time or is in the future, a malformed
/// phone or credit code, a case rated already on the pad's channel or twice in the batch).
/// </summary>
internal sealed class PadPushService(
    RatingsDbContext db, ICurrentUser currentUser, IStructureIntegrationService structure, IStaffIntegrationService staff,
    RatingFields fields, RatingIngestion ingestion, ErrorLocalizer localizer, TimeProvider clock)
{
    public async Task<PushRatingsResultDto> PushAsync(PushRatingsInput input, CancellationToken cancellationToken)
    {
        var device = await CallingDevice.GetAsync(db, currentUser, RatingDeviceKind.RatingPad, cancellationToken);
        var hall = (await structure.GetHallsAsync([device.HallId], cancellationToken)).Single();
        var zone = RatingFields.Zone(hall);
        var windows = await fields.WindowsOfHallAsync(hall.Id, cancellationToken);
        var windowByCode = windows.GroupBy(w => w.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var windowById = windows.ToDictionary(w => w.Id);
        var matters = await fields.MattersAsync(hall.Id, input.Ratings.Select(r => r.MatterCode), cancellationToken);
        var tags = await fields.TagsAsync(cancellationToken);
        var numbers = input.Ratings.Select(r => r.StaffNumber?.Trim()).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var people = numbers.Count == 0 ? new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase)
            : (await staff.GetByStaffNumbersAsync(numbers, new DataScope(ScopeKind.Halls, null, [], [hall.Id]), cancellationToken))
                .ToDictionary(p => p.StaffNumber, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var latest = clock.GetUtcNow().UtcDateTime + RatingFields.ClockSkew;
        var sourceKey = device.Id.ToString("N");

        var results = new PushedRatingResult?[input.Ratings.Count];
        var accepted = new List<IncomingRating>();
        var seenEvents = new HashSet<string>(StringComparer.Ordinal);
        var seenCases = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Ratings.Count; i++)
        {
            var p = input.Ratings[i];
            var eventId = p.EventId.Trim();
            var caseNumber = p.CaseNumber.Trim();
            void Refuse(string code, params object?[] args) =>
                results[i] = new PushedRatingResult(i, PushItemOutcome.Refused, code, localizer.Localize(code, args));
            if (!seenEvents.Add(eventId))
            {
                results[i] = new PushedRatingResult(i, PushItemOutcome.Duplicate, null, null);
                continue;
            }
            var window = p.Window is { Length: > 0 } code
                ? windowByCode.GetValueOrDefault(code.Trim())
                : device.WindowId is { } own ? windowById.GetValueOrDefault(own) : null;
            Guid? matterId = null;
            Guid? staffId = null;
            var tagIds = new List<Guid>();
            if (window is null)
            {
                if (p.Window is { Length: > 0 }) Refuse(RatingsErrorCodes.UnknownWindow, p.Window);
                else Refuse(RatingsErrorCodes.WindowRequired);
                continue;
            }
            if (!RatingFields.TryParseAt(p.At, zone, out var at, out var date))
            {
                Refuse(CommonErrorCodes.InvalidFormat, "at");
                continue;
            }
            if (at > latest)
            {
                Refuse(RatingsErrorCodes.RatedInFuture);
                continue;
            }
            if (p.MatterCode is { Length: > 0 } matterCode)
            {
                if (!matters.TryGetValue(matterCode.Trim(), out var m))
                {
                    Refuse(RatingsErrorCodes.UnknownMatter, matterCode);
                    continue;
                }
                matterId = m;
            }
            var unknownTag = (p.Tags ?? []).FirstOrDefault(t => !tags.ContainsKey(t.Trim()));
            if (unknownTag is not null)
            {
                Refuse(RatingsErrorCodes.UnknownTag, unknownTag);
                continue;
            }
            tagIds.AddRange((p.Tags ?? []).Select(t => tags[t.Trim()]).Distinct());
            if (p.StaffNumber is { Length: > 0 } number)
            {
                if (!people.TryGetValue(number.Trim(), out var s))
                {
                    Refuse(RatingsErrorCodes.UnknownStaff, number);
                    continue;
                }
                staffId = s;
            }
            var (raterKind, rater, raterError) = RaterRules.Check(Guid.Empty, p.RaterKind, p.RaterName, p.RaterPhone, p.EnterpriseName, p.CreditCode);
            if (raterError is not null)
            {
                Refuse(raterError);
                continue;
            }
            if (!seenCases.Add(caseNumber))
            {
                Refuse(RatingsErrorCodes.RepeatedInBatch, caseNumber);
                continue;
            }
            accepted.Add(new IncomingRating(i, RatingChannel.Pad, sourceKey, eventId, caseNumber, (RatingLevel)p.Level, at, date, hall.Id,
                window.UnitId, window.Id, matterId, tagIds, p.Comment, staffId, raterKind, rater));
        }

        var outcomes = await ingestion.StoreAsync(accepted, cancellationToken);
        for (var k = 0; k < accepted.Count; k++)
        {
            var o = outcomes[k];
            results[accepted[k].Index] = new PushedRatingResult(accepted[k].Index, o.Outcome, o.Code, o.Code is null ? null : localizer.Localize(o.Code, o.Args));
        }
        var all = results.Select(r => r!).ToList();
        return new PushRatingsResultDto(all.Count(r => r.Outcome == PushItemOutcome.Stored), all.Count(r => r.Outcome == PushItemOutcome.Duplicate),
            all.Count(r => r.Outcome == PushItemOutcome.Refused), all);
    }
}
