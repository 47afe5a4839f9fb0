using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.Organization.EntityFrameworkCore;
using Training.SharedKernel.Time;
using Training.Tests.Infrastructure;
using Training.Unresolved;
using Training.Unresolved.Domain;
using Training.Unresolved.EntityFrameworkCore;

namespace Training.Tests.Unresolved;

/// <summary>
/// What the forms, statistics and confidentiality tests share: cases written through the domain model at chosen
/// instants (a past month's list cannot be made through the API, whose clock is today), places of the demo data, and
/// reading an answer's text whatever it is — JSON strings, the cells of a workbook, the text of a PDF.
/// </summary>
internal static class UnresolvedFormsKit
{
    public const string Api = "/api/unresolved";

    /// <summary>A staff member who acts in written cases (any user id: the steps only keep who it was).</summary>
    public static readonly Guid Actor = Guid.Parse("0b6a43a4-5a0e-4f57-9a51-3c6a1a0e0015");

    /// <summary>Who and when: <paramref name="local"/> is a Shanghai wall-clock time.</summary>
    public static CaseActor At(DateTime local, string name = "测试员", Guid? userId = null)
    {
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified),
            TimeZoneInfo.FindSystemTimeZoneById(BusinessDates.DefaultTimeZone));
        return new CaseActor(userId ?? Actor, name, utc, DateOnly.FromDateTime(local));
    }

    public sealed record Unit(Guid HallId, string HallCode, Guid UnitId, Guid? DepartmentId, Guid? WindowId);

    /// <summary>The first unit of a hall (by code) that stations a department when asked, with its first window.</summary>
    public static Task<Unit> UnitAsync(this TrainingApp app, string hallCode, bool ofDepartment = false, int skip = 0) =>
        app.WithScopeAsync(async sp =>
        {
            var org = sp.GetRequiredService<OrganizationDbContext>();
            var hall = await org.Halls.SingleAsync(h => h.Code == hallCode);
            var unit = await org.Units.Where(u => u.HallId == hall.Id && (!ofDepartment || u.DepartmentId != null)).OrderBy(u => u.Code).Skip(skip).FirstAsync();
            var window = await org.Windows.Where(w => w.UnitId == unit.Id).OrderBy(w => w.Code).Select(w => (Guid?)w.Id).FirstOrDefaultAsync();
            return new Unit(hall.Id, hall.Code, unit.Id, unit.DepartmentId, window);
        });

    /// <summary>
    /// A case received at <paramref name="received"/> (Shanghai time) with a serial of its own, taken further by
    /// <paramref name="steps"/> through the aggregate's own methods; saved with its events dropped (history, not news).
    /// </summary>
    public static Task<UnresolvedCase> WriteCaseAsync(this TrainingApp app, Unit place, int serial, DateTime received, string matter,
        Action<UnresolvedCase>? steps = null, string complainant = "测试诉求人", string contact = "13000000000") =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<UnresolvedDbContext>();
            var c = new UnresolvedCase(Guid.NewGuid(), place.HallId, place.HallCode, serial,
                new CaseComplainant(ComplainantKind.Person, complainant, contact, null), IntakeChannel.Window, matter, place.UnitId, place.WindowId,
                "窗口要求重复提交材料", At(received, "窗口工作人员"), null, null);
            steps?.Invoke(c);
            c.ClearEvents();
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            return c;
        });

    /// <summary>Every string of a JSON answer (its escapes decoded), one a line.</summary>
    public static string JsonText(string json)
    {
        var strings = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) { strings.Add(p.Name); Walk(p.Value); } break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Walk(item); break;
                case JsonValueKind.String: strings.Add(e.GetString()!); break;
                default: strings.Add(e.GetRawText()); break;
            }
        }
        Walk(JsonDocument.Parse(json).RootElement);
        return string.Join('\n', strings);
    }

    /// <summary>The text of every cell of a workbook (shared strings and inline strings of every sheet), one a line.</summary>
    public static string XlsxText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var texts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            texts.AddRange(XDocument.Load(stream).Descendants().Where(d => d.Name.LocalName is "t" or "v").Select(d => d.Value));
        }
        return string.Join('\n', texts);
    }

    /// <summary>Text without whitespace: a PDF table cell breaks a long value over lines.</summary>
    public static string Compact(string text) => FormDocumentTests.Compact(text);
}
