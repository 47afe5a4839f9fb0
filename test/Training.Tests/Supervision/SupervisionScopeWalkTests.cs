using System.Net;
using System.Text.Json;
using Training.SharedKernel.Time;
using Training.Supervision;
using Training.Tests.Infrastructure;
using Training.Tests.Ratings;
using static Training.Tests.Supervision.IntegrationRows;

namespace Training.Tests.Supervision;

/// <summary>
/// The scope walk: every GET route under /api/supervision in the OpenAPI document is asked as the window lead S0002 —
/// a route with an id in its path with another unit's (or hall's) record, answering 404 or 403; a list without, answering
/// rows of the lead's unit only and none of the other unit's. A new route falls under the walk by itself: the test fails
/// for a GET route it can neither fill nor check unless it is listed as exempt with the reason.
/// </summary>
public abstract class SupervisionScopeWalkTests(AppFixture fixture)
{
    private const string Prefix = "/api/supervision/";

    /// <summary>Routes the walk does not check, each with why its answer cannot leak another unit's records.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["/api/supervision/catalogue"] = "the catalogue of violations and commendations is the same for everyone (no unit's records)",
        ["/api/supervision/catalogue/{id}"] = "a catalogue item (no unit's records)",
        ["/api/supervision/catalogue/{code}/versions"] = "a catalogue item's versions (no unit's records)",
        ["/api/supervision/catalogue/export"] = "the catalogue as a file (no unit's records)",
        ["/api/supervision/my/findings"] = "the signed-in person's own findings, filtered by their staff id rather than by the scope",
    };

    /// <summary>Lists whose rows name a hall, not a unit: checked by the other hall's record not being listed (no unitId to compare).</summary>
    private static readonly IReadOnlyDictionary<string, string> ByForeignIdOnly = new Dictionary<string, string>
    {
        ["/api/supervision/inspections"] = "an inspection belongs to a hall; the other hall's inspection must not be listed",
    };

    private readonly TrainingApp _app = fixture.App;

    [Fact]
    public async Task Should_answer_the_window_lead_with_their_units_records_only_on_every_get_route()
    {
        var own = await _app.PlaceOfAsync(Demo.Staff);      // 综合受理窗口 (S0002 leads it)
        var other = await _app.PlaceOfAsync("S0019");       // another unit of the same hall
        var today = TimeProvider.System.Today();
        var item = await _app.CatalogueItemAsync(CatalogueCategory.WorkDiscipline, 1, 1);
        var inspection = await _app.InspectionAsync(own.HallId, today);
        var otherHallInspection = await _app.InspectionAsync(await _app.HallIdAsync("GXQ"), today);
        var ownFinding = await _app.FindingAsync(inspection, own, item, today);
        var foreign = new Dictionary<string, Guid>
        {
            ["findings"] = await _app.FindingAsync(inspection, other, item, today),
            ["ledger"] = await _app.LedgerItemAsync(other.HallId, other.UnitId, "别的单位的台账", today, today.AddDays(14)),
            ["inspections"] = otherHallInspection,
        };
        await _app.LedgerItemAsync(own.HallId, own.UnitId, "本单位的台账", today, today.AddDays(14), ownFinding);
        var lead = await _app.SignInAsync(Demo.Lead);
        var document = JsonDocument.Parse(await _app.CreateApiClient().Http.GetStringAsync("/openapi/v1.json")).RootElement;

        var routes = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith(Prefix, StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _)).ToList();
        routes.ShouldNotBeEmpty();
        var unchecked_ = new List<string>();
        var walked = new List<string>();
        foreach (var route in routes)
        {
            if (Exempt.ContainsKey(route.Name)) continue;
            var area = route.Name[Prefix.Length..].Split('/')[0];
            var query = Query(route.Value.GetProperty("get"), own, today);
            if (query is null) { unchecked_.Add($"{route.Name}: a required query parameter the walk cannot fill"); continue; }
            if (route.Name.Contains('{'))
            {
                if (!foreign.TryGetValue(area, out var id)) { unchecked_.Add($"{route.Name}: no other unit's record for '{area}'"); continue; }
                var path = System.Text.RegularExpressions.Regex.Replace(route.Name, "\\{[^}]+\\}", m => m.Index == route.Name.IndexOf('{') ? id.ToString() : Guid.NewGuid().ToString());
                var response = await lead.Http.GetAsync(path + query);
                response.StatusCode.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{route.Name} answered another unit's record");
            }
            else
            {
                var response = await lead.Http.GetAsync(route.Name + query);
                if (response.StatusCode == HttpStatusCode.Forbidden) { walked.Add(route.Name); continue; }
                response.StatusCode.ShouldBe(HttpStatusCode.OK, route.Name);
                var body = await response.Content.ReadAsStringAsync();
                foreach (var id in foreign.Values) body.ShouldNotContain(id.ToString(), Case.Insensitive, $"{route.Name} listed another unit's record");
                var units = UnitIds(JsonDocument.Parse(body).RootElement).ToList();
                if (units.Count == 0 && ByForeignIdOnly.ContainsKey(route.Name)) { walked.Add(route.Name); continue; }
                if (units.Count == 0) { unchecked_.Add($"{route.Name}: its answer names no unitId of its rows to check"); continue; }
                units.ShouldAllBe(u => u == own.UnitId, $"{route.Name} listed rows of another unit");
            }
            walked.Add(route.Name);
        }

        unchecked_.ShouldBeEmpty("GET routes neither checked by the walk nor exempt with a reason");
        walked.ShouldContain("/api/supervision/statistics");
        walked.ShouldContain("/api/supervision/findings/{id}");
        walked.ShouldContain("/api/supervision/ledger");
    }

    /// <summary>The query string with every required parameter filled (dates this month, the lead's hall), or null if one cannot be.</summary>
    private static string? Query(JsonElement operation, StatisticsRatings.Place own, DateOnly today)
    {
        if (!operation.TryGetProperty("parameters", out var parameters)) return "";
        var pairs = new List<string>();
        foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"
                     && p.TryGetProperty("required", out var r) && r.GetBoolean()))
        {
            var name = p.GetProperty("name").GetString()!;
            string? value = name.ToLowerInvariant() switch
            {
                "from" => new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd"),
                "to" => today.ToString("yyyy-MM-dd"),
                "hallid" => own.HallId.ToString(),
                _ => null,
            };
            if (value is null) return null;
            pairs.Add($"{name}={value}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static IEnumerable<Guid> UnitIds(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("unitId") && property.Value.ValueKind == JsonValueKind.String) yield return property.Value.GetGuid();
                    foreach (var id in UnitIds(property.Value)) yield return id;
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var id in UnitIds(item)) yield return id;
                break;
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisionScopeWalkTests_Sqlite(SqliteAppFixture fixture) : SupervisionScopeWalkTests(fixture);

[Collection(PostgreSqlCollection.Name)]
public sealed class SupervisionScopeWalkTests_PostgreSql(PostgreSqlAppFixture fixture) : SupervisionScopeWalkTests(fixture);
