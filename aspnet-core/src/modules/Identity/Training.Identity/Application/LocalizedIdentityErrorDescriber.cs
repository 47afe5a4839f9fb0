using Microsoft.AspNetCore.Identity;
using static Training.SharedKernel.Localization.Languages;

namespace Training.Identity.Application;

/// <summary>ASP.NET Identity's messages in the caller's language (it only ships English).</summary>
internal sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = Pick($"至少 {length} 个字符。", $"at least {length} characters.") };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = Pick("至少包含一个数字。", "at least one digit.") };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = Pick("至少包含一个小写字母。", "at least one lowercase letter.") };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = Pick("至少包含一个大写字母。", "at least one uppercase letter.") };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = Pick("至少包含一个符号。", "at least one symbol.") };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = Pick("当前密码不正确。", "the current password is incorrect.") };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = Pick($"用户名“{userName}”已被使用。", $"the user name “{userName}” is taken.") };
}
