using Training.SharedKernel.Errors;

namespace Training.Identity;

public static class IdentityErrorCodes
{
    public const string InvalidCredentials = "Identity:00001";
    // Identity:00002 was "the account is locked" (an answer that told an unknown name from a known one): retired, not reused.
    public const string PasswordChangeRequired = "Identity:00003";
    public const string PasswordRejected = "Identity:00004";
    public const string UserNameTaken = "Identity:00005";
    public const string UnknownRole = "Identity:00006";
    public const string UnknownPermission = "Identity:00007";
    public const string CannotLockOutYourself = "Identity:00008";
    public const string UserDisabled = "Identity:00009";
    public const string WrongCurrentPassword = "Identity:00010";
    public const string DeviceKeyRevoked = "Identity:00011";
    public const string AdminMustKeepRoleGrants = "Identity:00012";
    public const string SignInDelayed = "Identity:00013";
    public const string SignInBlocked = "Identity:00014";
}

public sealed class IdentityErrorCatalog : IErrorCatalog
{
    public IReadOnlyDictionary<string, ErrorText> Messages { get; } = new Dictionary<string, ErrorText>
    {
        [IdentityErrorCodes.InvalidCredentials] = new("用户名或密码不正确。", "The user name or password is incorrect."),
        [IdentityErrorCodes.PasswordChangeRequired] = new("首次登录请先修改密码。", "Please change your password before continuing."),
        [IdentityErrorCodes.PasswordRejected] = new("密码不符合要求：{0}", "The password does not meet the rules: {0}"),
        [IdentityErrorCodes.UserNameTaken] = new("用户名“{0}”已被使用。", "The user name “{0}” is taken."),
        [IdentityErrorCodes.UnknownRole] = new("角色“{0}”不存在。", "There is no role “{0}”."),
        [IdentityErrorCodes.UnknownPermission] = new("权限“{0}”不存在。", "There is no permission “{0}”."),
        [IdentityErrorCodes.CannotLockOutYourself] = new("不能停用自己的账号。", "You cannot disable your own account."),
        [IdentityErrorCodes.UserDisabled] = new("该账号已停用，请联系管理员。", "This account is disabled; contact an administrator."),
        [IdentityErrorCodes.WrongCurrentPassword] = new("当前密码不正确。", "The current password is incorrect."),
        [IdentityErrorCodes.DeviceKeyRevoked] = new("设备密钥已吊销。", "The device key has been revoked."),
        [IdentityErrorCodes.AdminMustKeepRoleGrants] = new("管理员角色必须保留“分配权限”，否则无人能再管理权限。", "The Admin role must keep “Grant permissions”, or nobody could manage permissions again."),
        [IdentityErrorCodes.SignInDelayed] = new("登录失败次数较多，请 {0} 秒后再试。", "Too many failed sign-ins; try again in {0} seconds."),
        [IdentityErrorCodes.SignInBlocked] = new("此地址以该用户名登录失败次数过多，请 {0} 分钟后再试，或请管理员重置密码。",
            "Too many failed sign-ins with this user name from this address; try again in {0} minutes, or ask an administrator to reset the password."),
    };
}
