namespace Training.HttpApi.Host;

/// <summary>
/// What the host tells anyone who asks, besides the portal itself. In Production both are closed unless configured:
/// <c>Api:ExposeDocuments</c> opens the OpenAPI document (<c>/openapi/v1.json</c>) and the API reference
/// (<c>/scalar/v1</c>); <c>Health:ExposeReadiness</c> opens <c>/health/ready</c> (it queries the database).
/// <c>/health/live</c> is always open. Outside Production (Development, the test host) both default to open.
/// </summary>
public sealed class ApiExposureOptions
{
    public bool ExposeDocuments { get; set; }

    public bool ExposeReadiness { get; set; }
}
