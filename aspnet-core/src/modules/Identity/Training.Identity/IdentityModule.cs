using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity.Application;
using Training.Identity.Domain;
using Training.Identity.EntityFrameworkCore;
using Training.Identity.HttpApi;
using Training.Identity.Seeding;
using Training.SharedKernel.Authorization;
using Training.SharedKernel.Data;
using Training.SharedKernel.Modularity;
using Training.SharedKernel.Errors;
using Training.SharedKernel.Http;

namespace Training.Identity;

/// <summary>Sign-in accounts, roles, permission grants and device keys.</summary>
public sealed class IdentityModule : TrainingModule
{
    public const string AuthScheme = "Training";
    public const string LoginRateLimit = "identity-login";
    public const string ChangePasswordRateLimit = "identity-change-password";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPermissionDefinitionProvider, IdentityPermissionDefinitions>();
        services.AddSingleton<IErrorCatalog, IdentityErrorCatalog>();
        services.AddSingleton<AccountCache>();
        services.AddModuleDbContext<IdentityModuleDbContext>((context, sp) => context.Accounts = sp.GetRequiredService<AccountCache>());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();

        services.AddIdentityCore<AppUser>(options =>
            {
                // ASVS 6.2: a length, no composition rules; PasswordPolicyValidator adds 12 for administrators and
                // the list of common passwords.
                options.Password.RequiredLength = IdentityConsts.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Not Identity's lockout: it locks an account for everyone, so anyone who knows user names could lock
                // them all. SignInThrottle counts per user name and client instead (Identity:Lockout:*).
                options.Lockout.AllowedForNewUsers = false;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddSignInManager()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.AddSingleton<DummyPasswordHash>();
        services.Configure<PasswordHasherOptions>(o =>
            o.IterationCount = configuration.GetValue("Identity:PasswordHasher:IterationCount", 100_000));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthScheme;
                options.DefaultChallengeScheme = AuthScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(AuthScheme, "Cookie or device key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(AntiforgeryMiddleware.DeviceKeyHeader)
                    ? DeviceKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, DeviceKeyAuthenticationHandler>(DeviceKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Training.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // An API answers 401/403; the Angular app decides where to go.
            options.Events.OnRedirectToLogin = context => { context.Response.StatusCode = 401; return Task.CompletedTask; };
            options.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = 403; return Task.CompletedTask; };
            SessionCookie.Configure(options, TimeSpan.FromHours(configuration.GetValue("Identity:AbsoluteSessionHours", 12.0)));
        });

        // Keys in the database: a cookie signed on one node is read on every other. Encrypted there with a certificate
        // every node shares (DataProtectionCertificate): a backup of the database alone cannot forge a cookie.
        var certificate = DataProtectionCertificate.Load(configuration);
        services.AddDataProtection().SetApplicationName("Training").PersistKeysToDbContext<IdentityModuleDbContext>()
            .ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);

        services.AddPerClientRateLimit(LoginRateLimit, configuration.GetValue("Identity:LoginRateLimitPerMinute", 30));
        services.AddPerClientRateLimit(ChangePasswordRateLimit, configuration.GetValue("Identity:ChangePasswordRateLimitPerMinute", 10));

        services.Configure<SignInLockoutOptions>(configuration.GetSection(SignInLockoutOptions.Section));
        services.AddScoped<SignInThrottle>();
        services.AddScoped<Jobs.SignInFailureCleanupJob>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserService>();
        services.AddScoped<RoleService>();
        services.AddScoped<DeviceKeyService>();
        services.AddScoped<IDeviceKeyIntegrationService, DeviceKeyIntegrationService>();
        services.AddScoped<IUserAccountIntegrationService, UserAccountIntegrationService>();
        services.AddScoped<IDataSeeder, IdentityDataSeeder>();
    }

    /// <summary>After authentication: holds accounts with a one-time password at the password-change page.</summary>
    public override void UseAfterAuthentication(IApplicationBuilder app) => app.UseMiddleware<PasswordChangeGateMiddleware>();

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureIdentityModule();

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
        [RecurringJobDefinition.For<Jobs.SignInFailureCleanupJob>(Jobs.SignInFailureCleanupJob.RecurringId, "7 * * * *")];

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapAccountEndpoints();
        app.MapUserEndpoints();
        app.MapRoleEndpoints();
        app.MapDeviceKeyEndpoints();
    }
}
