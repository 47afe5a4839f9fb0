using Training.SharedKernel.Domain;

namespace Training.Ratings.Domain;

/// <summary>
/// A device that pushes to Ratings with its Identity device key: a window's rating pad (its window is the default of
/// the ratings it sends) or the hall's case system (service records). The secret lives only as a hash in Identity.
/// </summary>
public sealed class RatingDevice : AggregateRoot
{
    private RatingDevice() { }

    public RatingDevice(Guid id, Guid hallId, string name, RatingDeviceKind kind, Guid? windowId, Guid deviceKeyId) : base(id)
    {
        HallId = hallId;
        Kind = kind;
        DeviceKeyId = deviceKeyId;
        IsActive = true;
        Update(name, windowId);
    }

    public Guid HallId { get; private set; }
    public string Name { get; private set; } = "";
    public RatingDeviceKind Kind { get; private set; }
    public Guid? WindowId { get; private set; }
    public Guid DeviceKeyId { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, Guid? windowId)
    {
        Name = Check.NotBlank(name, "name", RatingsConsts.MaxNameLength);
        WindowId = Kind == RatingDeviceKind.RatingPad ? windowId : null;
    }

    public void ReplaceKey(Guid deviceKeyId) => DeviceKeyId = deviceKeyId;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
