namespace Training.Tests.Infrastructure;

public static class SignIn
{
    /// <summary>A new client of <paramref name="app"/> signed in as <paramref name="user"/> (a demo user's password).</summary>
    public static async Task<ApiClient> SignInAsync(this TrainingApp app, string user)
    {
        var client = app.CreateApiClient();
        await client.LoginAsync(user);
        return client;
    }
}
