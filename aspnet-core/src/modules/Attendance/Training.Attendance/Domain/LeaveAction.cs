namespace Training.Attendance.Domain;

/// <summary>
/// One step in a leave request's history: who submitted, approved (which step), rejected, cancelled or revoked it, and
/// when. A stand-in's action names the approver they acted for. Written once, never changed.
/// </summary>
public sealed class LeaveAction
{
    private LeaveAction() { }

    public LeaveAction(Guid leaveRequestId, LeaveActionKind kind, int step, Guid actorUserId, string actorName,
        Guid? onBehalfOfUserId, string? onBehalfOfName, DateTime at, string? reason)
    {
        LeaveRequestId = leaveRequestId;
        Kind = kind;
        Step = step;
        ActorUserId = actorUserId;
        ActorName = actorName;
        OnBehalfOfUserId = onBehalfOfUserId;
        OnBehalfOfName = onBehalfOfName;
        At = at;
        Reason = reason?.Trim();
    }

    public long Id { get; private set; }
    public Guid LeaveRequestId { get; private set; }
    public LeaveActionKind Kind { get; private set; }
    public int Step { get; private set; }
    public Guid ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public Guid? OnBehalfOfUserId { get; private set; }
    public string? OnBehalfOfName { get; private set; }
    public DateTime At { get; private set; }
    public string? Reason { get; private set; }
}
