using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using Training.Identity.Domain;
using Training.SharedKernel.Authorization;
using static Training.SharedKernel.Localization.Languages;

namespace Training.Identity.Application;

/// <summary>
/// ASVS 6.2 beside Identity's length rule (8, no composition rules): 12 characters for administrators, and no password
/// from the list of common passwords shipped with the product (<c>Resources/common-passwords.txt</c>, compared ignoring
/// case). An account is an administrator when it holds the Admin role at the time the password is set.
/// </summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public const int AdministratorMinLength = 12;
    public const string TooCommonCode = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return IdentityResult.Success; // Identity's own rules answer that
        var isAdministrator = password.Length < AdministratorMinLength && await manager.IsInRoleAsync(user, RoleNames.Admin);
        return Validate(password, isAdministrator, manager.ErrorDescriber);
    }

    /// <summary>The rules of this validator for a password about to be set on an account that is, or is not, an administrator.</summary>
    public static IdentityResult Validate(string password, bool isAdministrator, IdentityErrorDescriber describer)
    {
        var errors = new List<IdentityError>();
        if (isAdministrator && password.Length < AdministratorMinLength) errors.Add(describer.PasswordTooShort(AdministratorMinLength));
        if (IsCommon(password))
            errors.Add(new IdentityError
            {
                Code = TooCommonCode,
                Description = Pick("这是常用密码，容易被猜中，请换一个。", "it is a commonly used password that is easy to guess; choose another."),
            });
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicyValidator).Assembly.GetManifestResourceStream("Training.Identity.common-passwords.txt")
                           ?? throw new InvalidOperationException("The list of common passwords is not embedded in Training.Identity.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) words.Add(line);
        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
