namespace Training.Identity;

/// <summary>
/// Lets other modules issue and revoke the device keys of the devices they register (Attendance's clocks and pads).
/// Runs in the caller's unit of work, so the caller's device row and the key are committed together.
/// </summary>
public interface IDeviceKeyIntegrationService
{
    /// <summary>Issues a key; its secret is in the answer only (the key keeps its hash).</summary>
    Task<IssuedDeviceKey> IssueAsync(string name, Guid? hallId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key (a revoked key signs nothing in); revoking twice is harmless.</summary>
    Task RevokeAsync(Guid deviceKeyId, CancellationToken cancellationToken = default);
}

/// <summary>A new key: its id, its visible prefix and the secret, shown once.</summary>
public sealed record IssuedDeviceKey(Guid Id, string Prefix, string Secret);
