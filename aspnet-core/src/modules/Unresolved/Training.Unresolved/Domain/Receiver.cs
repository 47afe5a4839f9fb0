using Training.SharedKernel.Domain;
using Training.SharedKernel.Errors;

namespace Training.Unresolved.Domain;

/// <summary>
/// Where cases are transferred: a department not stationed in the hall (its Organization department — which decides
/// whether it is the unit complained about), a township (its 便民服务中心 hall when the portal has one), or 市便民服务中心; and its liaisons 联络员,
/// the accounts that answer its transfers.
/// </summary>
public sealed class Receiver : AggregateRoot
{
    private readonly List<ReceiverLiaison> _liaisons = [];

    private Receiver() { }

    public Receiver(Guid id, ReceiverKind kind, string name, Guid? departmentId, Guid? townshipHallId) : base(id) =>
        Update(kind, name, departmentId, townshipHallId, isActive: true);

    public ReceiverKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? DepartmentId { get; private set; }
    public Guid? TownshipHallId { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<ReceiverLiaison> Liaisons => _liaisons;

    public void Update(ReceiverKind kind, string name, Guid? departmentId, Guid? townshipHallId, bool isActive)
    {
        if (kind == ReceiverKind.Department && departmentId is null) throw new BusinessException(UnresolvedErrorCodes.ReceiverDepartmentRequired);
        Kind = kind;
        Name = Check.NotBlank(name, "name", UnresolvedConsts.MaxNameLength);
        DepartmentId = kind == ReceiverKind.Department ? departmentId : null;
        TownshipHallId = kind == ReceiverKind.Township ? townshipHallId : null;
        IsActive = isActive;
        Version++;
    }

    /// <summary>Replaces the liaisons (one row per account).</summary>
    public void SetLiaisons(IEnumerable<(Guid UserId, string UserName, string Name, string? Phone)> liaisons)
    {
        _liaisons.Clear();
        foreach (var (userId, userName, name, phone) in liaisons.DistinctBy(l => l.UserId))
            _liaisons.Add(new ReceiverLiaison(Id, userId, Check.NotBlank(userName, "userName", UnresolvedConsts.MaxUserNameLength),
                Check.NotBlank(name, "name", UnresolvedConsts.MaxPersonNameLength), Check.Optional(phone, "phone", UnresolvedConsts.MaxContactLength)));
        Check.InRange(_liaisons.Count, "liaisons", 0, UnresolvedConsts.MaxLiaisons);
    }
}

/// <summary>A liaison of a receiver: a sign-in account with the Liaison role, by name and phone.</summary>
public sealed class ReceiverLiaison
{
    private ReceiverLiaison() { }

    internal ReceiverLiaison(Guid receiverId, Guid userId, string userName, string name, string? phone) =>
        (ReceiverId, UserId, UserName, Name, Phone) = (receiverId, userId, userName, name, phone);

    public Guid ReceiverId { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Phone { get; private set; }
}
