namespace Training.Identity.Application;

/// <inheritdoc cref="IDeviceKeyIntegrationService"/>
internal sealed class DeviceKeyIntegrationService(DeviceKeyService keys) : IDeviceKeyIntegrationService
{
    public async Task<IssuedDeviceKey> IssueAsync(string name, Guid? hallId, CancellationToken cancellationToken = default)
    {
        var created = await keys.CreateAsync(new CreateDeviceKeyInput(name, hallId), cancellationToken);
        return new IssuedDeviceKey(created.Key.Id, created.Key.Prefix, created.Secret);
    }

    public Task RevokeAsync(Guid deviceKeyId, CancellationToken cancellationToken = default) => keys.RevokeAsync(deviceKeyId, cancellationToken);
}
