using System.ComponentModel.DataAnnotations;

namespace Training.Unresolved;

/// <summary>A liaison 联络员 of a receiver: a sign-in account (user name), their name and phone.</summary>
public sealed record LiaisonDto(Guid UserId, string UserName, string Name, string? Phone);

/// <summary>
/// A receiver: a department (<c>DepartmentId</c>: how "the receiver is the unit complained about" is decided), a township
/// (<c>TownshipHallId</c>: its 便民服务中心) or 市便民服务中心; its liaisons.
/// </summary>
public sealed record ReceiverDto(
    Guid Id, ReceiverKind Kind, string Name, Guid? DepartmentId, string? DepartmentName, Guid? TownshipHallId,
    string? TownshipHallName, bool IsActive, IReadOnlyList<LiaisonDto> Liaisons, int Version);

/// <summary>A liaison to add or keep: the user name of an existing account (it gets the Liaison role), name and phone.</summary>
public sealed record LiaisonInput(
    [property: Required, StringLength(UnresolvedConsts.MaxUserNameLength)] string UserName,
    [property: Required, StringLength(UnresolvedConsts.MaxPersonNameLength)] string Name,
    [property: StringLength(UnresolvedConsts.MaxContactLength)] string? Phone);

/// <summary>A receiver as a whole, its liaisons included (replaced by the list given).</summary>
public sealed record SaveReceiverInput(
    ReceiverKind Kind,
    [property: Required, StringLength(UnresolvedConsts.MaxNameLength)] string Name,
    Guid? DepartmentId,
    Guid? TownshipHallId,
    bool IsActive,
    [property: Required, MaxLength(UnresolvedConsts.MaxLiaisons)] LiaisonInput[] Liaisons,
    [property: Range(0, int.MaxValue)] int Version);
