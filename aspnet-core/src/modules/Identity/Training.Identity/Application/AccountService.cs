using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Scoping;

namespace Training.Identity.Application;

/// <summary>Sign-in, sign-out, the caller's own account and password change.</summary>
internal sealed class AccountService(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IdentityModuleDbContext db,
    ICurrentUser currentUser, IDataScopeProvider scopes, IHttpContextAccessor http,
    IPasswordHasher<AppUser> hasher, DummyPasswordHash dummyHash, SignInThrottle throttle)
{
    /// <summary>
    /// An unknown user name, a disabled account and a wrong password get the same answer after the same work (one
    /// password verification). Only the right password of a disabled account hears that it is disabled: whoever knows
    /// the password learns nothing new. Failures are counted per user name and client, not per account
    /// (<see cref="SignInThrottle"/>): a client that failed too often waits, or is blocked for a while, with one answer
    /// whatever the name and the password; other clients still sign in to the same account.
    /// </summary>
    public async Task<CurrentUserDto> LoginAsync(LoginInput input, CancellationToken cancellationToken)
    {
        var userName = input.UserName.Trim();
        var pair = throttle.PairOf(userName, http.HttpContext!.Connection.RemoteIpAddress);
        await throttle.BeginAsync(pair, cancellationToken); // counts this attempt, or refuses it before any password check
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), dummyHash.Hash, input.Password);
            throw Unauthorized(IdentityErrorCodes.InvalidCredentials);
        }
        if (!await users.CheckPasswordAsync(user, input.Password)) throw Unauthorized(IdentityErrorCodes.InvalidCredentials);
        if (!user.IsActive) throw Unauthorized(IdentityErrorCodes.UserDisabled);

        await throttle.SucceededAsync(pair, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        await RefreshRequestPrincipalAsync(user);
        return await DescribeAsync(await AccountQuery.LoadAsync(db, user.Id, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Ends the session on the server too: the account gets a new security stamp, so a copy of the cookie (this one or
    /// another of the same account) is refused from the next request on (see HttpApi.SessionCookie).
    /// </summary>
    public async Task LogoutAsync()
    {
        var principal = http.HttpContext!.User;
        if (currentUser.UserId is { } userId && !principal.HasClaim(c => c.Type == DeviceKeyAuthenticationHandler.DeviceClaim)
            && await users.FindByIdAsync(userId.ToString()) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        http.HttpContext!.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
    }

    public async Task<CurrentUserDto> MeAsync(CancellationToken cancellationToken) =>
        await DescribeAsync(await currentUser.GetAccountAsync(cancellationToken), cancellationToken);

    public async Task ChangePasswordAsync(ChangePasswordInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId!.Value.ToString())
                   ?? throw new EntityNotFoundException("User", currentUser.UserId);
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                throw new BusinessException(IdentityErrorCodes.WrongCurrentPassword);
            throw PasswordRejected(result);
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        await RefreshRequestPrincipalAsync(user);
    }

    internal static BusinessException PasswordRejected(IdentityResult result) =>
        new(IdentityErrorCodes.PasswordRejected, string.Join(" ", result.Errors.Select(e => e.Description)))
        {
            FieldErrors = new Dictionary<string, string[]> { ["newPassword"] = result.Errors.Select(e => e.Description).ToArray() },
        };

    private async Task<CurrentUserDto> DescribeAsync(CurrentAccount account, CancellationToken cancellationToken)
    {
        var scope = account.UserId == Guid.Empty ? DataScope.Nothing : await scopes.GetAsync(cancellationToken);
        return new CurrentUserDto(account.UserId, account.UserName, account.DisplayName, account.StaffId, account.Roles,
            account.Permissions.Order().ToList(), new ScopeDto(scope.Kind, scope.StaffId, scope.UnitIds, scope.HallIds),
            account.MustChangePassword);
    }

    /// <summary>The response's antiforgery token is bound to the request's user, so the user changes at once.</summary>
    private async Task RefreshRequestPrincipalAsync(AppUser user) =>
        http.HttpContext!.User = await signIn.CreateUserPrincipalAsync(user);

    private static BusinessException Unauthorized(string code) => new(code) { Kind = ErrorKind.Unauthenticated };
}
