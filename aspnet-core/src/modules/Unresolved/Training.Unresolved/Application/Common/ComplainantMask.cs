using Training.SharedKernel.Localization;

namespace Training.Unresolved.Application.Common;

/// <summary>
/// The one place that decides whether a caller sees a complainant (转办单: 任何人不得将举报人的姓名及其联系方式泄漏给被举报单位).
/// Shown to: whoever holds the case's hall (guides, 效能督查科, managers) or every hall (administrators, HR); the staff
/// member who recorded it; a liaison of a receiver it was transferred to, unless that receiver is the unit complained
/// about (it must contact the complainant otherwise). Hidden from everyone else — the complained unit's lead in
/// particular — as 已隐去 / Hidden. Every DTO with a complainant is built through <see cref="Apply"/>.
/// </summary>
internal static class ComplainantMask
{
    /// <summary>
    /// What the mask needs to know of a case for this caller: its hall, who recorded it, and whether it was transferred to
    /// a receiver the caller is a liaison of that is not the unit complained about (read in SQL with the case).
    /// </summary>
    public sealed record CaseFacts(Guid HallId, Guid RecordedByUserId, bool TransferredToCallersReceiver);

    public sealed record Complainant(string Name, string Contact, string? EnterpriseName, bool Hidden);

    public static bool Reveals(CaseCaller.Caller caller, CaseFacts facts) =>
        caller.Scope.CoversHall(facts.HallId)
        || facts.RecordedByUserId == caller.UserId
        || facts.TransferredToCallersReceiver;

    public static Complainant Apply(CaseCaller.Caller caller, CaseFacts facts, string name, string contact, string? enterpriseName)
    {
        if (Reveals(caller, facts)) return new Complainant(name, contact, enterpriseName, false);
        var hidden = Hidden;
        return new Complainant(hidden, hidden, enterpriseName is null ? null : hidden, true);
    }

    /// <summary>已隐去 / Hidden in the caller's language.</summary>
    public static string Hidden => Languages.Pick(UnresolvedConsts.HiddenZh, UnresolvedConsts.HiddenEn);
}
