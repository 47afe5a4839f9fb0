using Microsoft.AspNetCore.Http;

namespace Training.SharedKernel.Auditing;

/// <summary>
/// The user name a request acted for when it ends without a signed-in user, for the audit log: the name a failed
/// sign-in tried, the account that signed out. A user signed in at the end of the request is recorded as such.
/// </summary>
public static class AuditUserName
{
    private const string Item = "Training.Audit.UserName";

    public static void SetAuditUserName(this HttpContext context, string? userName) => context.Items[Item] = userName?.Trim();

    public static string? AuditUserNameOrNull(this HttpContext context) =>
        context.Items.TryGetValue(Item, out var name) ? name as string : null;
}
